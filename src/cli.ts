import { colorWanted } from './cli/color';
import { runCli } from './cli/main';

const EXIT_IO = 2;
const WHY: Record<string, string> = {
  EPIPE: 'the reader closed the pipe',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'an I/O error',
};

// Output that cannot be written (`| head` closed the pipe, `> /dev/full`) ends the run with one line, not a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  try { process.stderr.write(`openpai-marketplace: could not write the output: ${WHY[e.code ?? ''] ?? e.message.split('\n')[0]}${e.code ? ` (${e.code})` : ''}\n`); } catch { /* stderr is gone too */ }
  process.exit(EXIT_IO);
});
process.stderr.on('error', () => { process.exit(EXIT_IO); });

process.exitCode = runCli(process.argv.slice(2), {
  stdout: text => { process.stdout.write(text); },
  stderr: text => { process.stderr.write(text); },
  cwd: process.cwd(),
  color: colorWanted(process.env, process.stdout.isTTY === true),
});
