/**
 * `--fix` writes that cannot lose data: every byte checked, owner/group/mode kept, read-only and
 * hard-linked files refused, a file changed since it was read refused, stale temporary files removed.
 * The write function is injected for short writes and full disks; the rest runs dist/cli.js.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from '../../src/cli/errors';
import { tempName, writeFileSafely, type ReadState } from '../../src/cli/write-file';
import { cli, folder, ONLY_SETTLED, SWITCH_BOOLEAN, useCliWorkFolder, work, type Run } from './cli-run';

const FIXED = SWITCH_BOOLEAN.replace('marketplace: True', "marketplace: 'true'");

function readState(path: string): ReadState {
  return { bytes: readFileSync(path), stat: statSync(path) };
}

function assertOneLineFailure(r: Run, reason: RegExp): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal(r.stderr.split('\n').filter(l => l !== '').length, 1, r.stderr);
  assert.match(r.stderr, reason);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

describe('--fix writes (write-file.ts, injected faults)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'openpai-write-'));
    file = join(dir, 'services-configuration.yaml');
    writeFileSync(file, SWITCH_BOOLEAN);
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('loops over short writes until every byte is written', () => {
    let calls = 0;
    const oneByte = (fd: number, b: Buffer, offset: number) => { calls++; return writeSync(fd, b, offset, 1); };
    writeFileSafely(file, FIXED, { expected: readState(file), write: oneByte });
    assert.equal(readFileSync(file, 'utf8'), FIXED);
    assert.equal(calls, Buffer.byteLength(FIXED));
  });

  it('a write that stops short leaves the original untouched and no temporary file', () => {
    const stalls = (fd: number, b: Buffer, offset: number, length: number) => (offset === 0 ? writeSync(fd, b, 0, Math.floor(length / 2)) : 0);
    assert.throws(() => writeFileSafely(file, FIXED, { expected: readState(file), write: stalls }),
      (e: unknown) => e instanceof CliError && /: not fixed: short write: \d+ of \d+ bytes written$/.test(e.message));
    assert.equal(readFileSync(file, 'utf8'), SWITCH_BOOLEAN);
    assert.deepEqual(readdirSync(dir), ['services-configuration.yaml']);
  });

  it('a full disk (ENOSPC) says so in one line and leaves the original untouched', () => {
    const full = () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); };
    assert.throws(() => writeFileSafely(file, FIXED, { write: full }),
      (e: unknown) => e instanceof CliError && e.message === `${file}: not fixed: could not write the fixed file (no space left on the device)`);
    assert.equal(readFileSync(file, 'utf8'), SWITCH_BOOLEAN);
    assert.deepEqual(readdirSync(dir), ['services-configuration.yaml']);
  });

  it('a file changed since it was read (another editor saved it) is not overwritten', () => {
    const state = readState(file);
    const theirs = `${SWITCH_BOOLEAN}# their edit\n`;
    writeFileSync(file, theirs);
    assert.throws(() => writeFileSafely(file, FIXED, { expected: state }), /not fixed: it changed since it was read \(another program wrote it\); run again$/);
    assert.equal(readFileSync(file, 'utf8'), theirs);
    assert.deepEqual(readdirSync(dir), ['services-configuration.yaml']);
  });

  it('same size and content but a newer mtime still counts as changed (the check compares both)', () => {
    const state = readState(file);
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.throws(() => writeFileSafely(file, FIXED, { expected: state }), /it changed since it was read/);
  });
});

describe('cli (dist/cli.js end to end): --fix writes that cannot lose data', function () {
  this.timeout(60000);
  useCliWorkFolder();

  it('keeps owner, group and mode (as root: a file of another user)', function () {
    if (process.getuid?.() !== 0) { this.skip(); }
    const file = folder('owner', SWITCH_BOOLEAN);
    const path = join(work, file);
    chownSync(path, 12345, 23456);
    chmodSync(path, 0o640);
    const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(path, 'utf8'), FIXED);
    const s = statSync(path);
    assert.deepEqual([s.uid, s.gid, s.mode & 0o7777], [12345, 23456, 0o640]);
  });

  it('keeps extended attributes (set and read with Python\'s os.setxattr, as attr(1) would)', function () {
    if (process.platform !== 'linux') { this.skip(); }
    const file = folder('xattr', SWITCH_BOOLEAN);
    const path = join(work, file);
    const py = (code: string) => spawnSync('python3', ['-c', code, path], { encoding: 'utf8' });
    const set = py("import os, sys; os.setxattr(sys.argv[1], 'user.openpai.note', b'kept by --fix')");
    assert.equal(set.status, 0, `this file system refuses user xattrs: ${set.stderr}`);
    const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(path, 'utf8'), FIXED);
    const got = py("import os, sys; print(os.getxattr(sys.argv[1], 'user.openpai.note').decode())");
    assert.equal(got.stdout.trim(), 'kept by --fix', got.stderr);
  });

  it('refuses a read-only file (0444) in one line; --force fixes it and keeps 0444', () => {
    const file = folder('readonly', SWITCH_BOOLEAN);
    const path = join(work, file);
    chmodSync(path, 0o444);
    const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assertOneLineFailure(r, new RegExp(`^openpai-marketplace: ${file}: not fixed: is read-only \\(mode 0444\\): not changed; pass --force to fix it anyway \\(the mode is kept\\)$`, 'm'));
    assert.equal(readFileSync(path, 'utf8'), SWITCH_BOOLEAN);
    const forced = cli(work, 'check', ...ONLY_SETTLED, '--fix', '--force', file);
    assert.equal(forced.code, 0, forced.stdout + forced.stderr);
    assert.equal(readFileSync(path, 'utf8'), FIXED);
    assert.equal(statSync(path).mode & 0o7777, 0o444);
  });

  it('refuses a hard-linked file: both names keep the same, old text', () => {
    const file = folder('hardlink', SWITCH_BOOLEAN);
    const path = join(work, file);
    const other = join(work, 'hardlink-elsewhere.yaml');
    linkSync(path, other);
    const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assertOneLineFailure(r, /not fixed: has 2 hard links: replacing it would leave the other names with the old text/);
    assert.equal(readFileSync(path, 'utf8'), SWITCH_BOOLEAN);
    assert.equal(statSync(path).ino, statSync(other).ino, 'still one file');
    assert.equal(statSync(path).nlink, 2);
  });

  it('removes its own stale temporary files (dead pid) and leaves a live run\'s and other files alone', () => {
    const file = folder('stale', SWITCH_BOOLEAN);
    const path = join(work, file);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = tempName(path, dead, Date.now() - 60000);
    const live = tempName(path, process.pid, Date.now());
    const foreign = join(dirname(path), '.layout.yaml.1.abc.tmp');
    for (const t of [stale, live, foreign]) { writeFileSync(t, 'half a file'); }
    const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const left = readdirSync(dirname(path));
    assert.ok(!left.includes(stale.slice(dirname(path).length + 1)), 'stale temp removed');
    assert.ok(left.includes(live.slice(dirname(path).length + 1)), 'a live run\'s temp kept');
    assert.ok(left.includes('.layout.yaml.1.abc.tmp'), 'not ours: another file\'s name');
    // A second run, with nothing to fix, still cleans up.
    const again = tempName(path, dead, Date.now() - 1000);
    writeFileSync(again, 'x');
    cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
    assert.ok(!readdirSync(dirname(path)).includes(again.slice(dirname(path).length + 1)));
  });

  it('--force without --fix is a usage error', () => {
    assertOneLineFailure(cli(work, 'check', '--force', 'x.yaml'), /--force applies only with --fix/);
  });
});
