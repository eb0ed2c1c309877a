// TODO(stub): the CLI
process.exitCode = 2;
