/**
 * The CLI end to end on paths that could hang it or outputs it cannot write: a FIFO as the file or as
 * its sibling, and stdout on a full device. Each run has its own time guard, so a regression fails
 * the test instead of hanging the suite.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI, folder, SWITCH_BOOLEAN, useCliWorkFolder, work } from './cli-run';

/** Runs the CLI with a guard: a run that does not end within 10 s is killed and fails the test. */
function guarded(args: string[], stdout: 'pipe' | number = 'pipe'): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', timeout: 10000, stdio: ['ignore', stdout, 'pipe'] });
  assert.equal(r.signal, null, `the CLI hung and was killed (${String(r.signal)})`);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

describe('cli (dist/cli.js end to end): bounded work', function () {
  this.timeout(60000);
  useCliWorkFolder();

  it('a FIFO given as the file is refused in one line, without opening it', () => {
    mkfifo(join(work, 'pipe.yaml'));
    const r = guarded(['check', 'pipe.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'openpai-marketplace: pipe.yaml: is a named pipe (FIFO), not a regular file: not read\n');
  });

  it('a FIFO as the layout.yaml sibling is refused too (paictl would read it)', () => {
    const file = folder('fifo-sibling', SWITCH_BOOLEAN);
    const layout = join(work, dirname(file), 'layout.yaml');
    rmSync(layout);
    mkfifo(layout);
    const r = guarded(['check', file]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `openpai-marketplace: ${join(dirname(file), 'layout.yaml')}: is a named pipe (FIFO), not a regular file: not read (paictl reads layout.yaml beside services-configuration.yaml)\n`);
  });

  it('a device as the file is refused', () => {
    const r = guarded(['check', '/dev/zero']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'openpai-marketplace: /dev/zero: is a device, not a regular file: not read\n');
  });

  it('stdout on a full device (/dev/full): exit 2 and one line on stderr, no stack trace', function () {
    if (!existsSync('/dev/full')) { this.skip(); }
    const file = folder('full', SWITCH_BOOLEAN);
    const fd = openSync('/dev/full', 'w');
    try {
      const r = guarded(['check', file], fd);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'openpai-marketplace: could not write the output: no space left on the device (ENOSPC)\n');
    } finally { closeSync(fd); }
  });
});
