import { runCli } from './cli/main';

// `openpai-marketplace check ... | head`: a closed pipe ends the output quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') { process.exit(process.exitCode ?? 0); }
    throw e;
  });
}

process.exitCode = runCli(process.argv.slice(2), {
  stdout: text => { process.stdout.write(text); },
  stderr: text => { process.stderr.write(text); },
  cwd: process.cwd(),
});
