/**
 * `--fix` writes that cannot lose data: the new text goes to a temporary file beside the original,
 * every byte checked, flushed, given the original's owner, group and mode, and renamed over the
 * original only if the original is still what was read. Anything unexpected leaves the original
 * untouched and throws a CliError (one line, exit 2).
 *
 * Extended attributes (and the ACLs stored in them) are carried over on Linux by coreutils'
 * `cp --attributes-only --preserve=xattr`, which copies them and no data: Node has no API for them, and
 * the npm package that has one (@napi-rs/xattr) is a native module a bundled CLI cannot ship everywhere.
 */
import {
  closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, readdirSync, readFileSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { CliError, oneLine } from './errors';

/** What was read, to refuse a write over a file that changed since. */
export interface ReadState {
  bytes: Buffer;
  stat: Pick<Stats, 'dev' | 'ino' | 'size' | 'mtimeMs'>;
}

export interface WriteOptions {
  /** The file as it was read: the write is refused when it no longer is. */
  expected?: ReadState;
  /** Writes over a read-only file (its mode is kept), as an editor's "save anyway". */
  force?: boolean;
  /** fs.writeSync by default; injectable to test short writes and full disks. */
  write?: (fd: number, buffer: Buffer, offset: number, length: number) => number;
}

const TEMP = /^\.(.+)\.(\d+)\.([0-9a-z]+)\.tmp$/;

export function tempName(target: string, pid = process.pid, now = Date.now()): string {
  return join(dirname(target), `.${basename(target)}.${pid}.${now.toString(36)}.tmp`);
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Removes temporary files of our naming for `target` left by runs that died (their pid is gone). */
export function removeStaleTemps(target: string): string[] {
  const folder = dirname(target);
  const removed: string[] = [];
  let names: string[];
  try { names = readdirSync(folder); } catch { return removed; }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== basename(target) || Number(m[2]) === process.pid || alive(Number(m[2]))) { continue; }
    try { unlinkSync(join(folder, name)); removed.push(name); } catch { /* someone else's to clean */ }
  }
  return removed;
}

/** Writes all of `bytes`, looping over short writes; a write that makes no progress is a failure. */
export function writeAll(fd: number, bytes: Buffer, write: NonNullable<WriteOptions['write']>): void {
  let offset = 0;
  while (offset < bytes.length) {
    const n = write(fd, bytes, offset, bytes.length - offset);
    if (!Number.isInteger(n) || n <= 0) { throw new CliError(`short write: ${offset} of ${bytes.length} bytes written`); }
    offset += n;
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    default: return oneLine(e);
  }
}

function unchanged(target: string, expected: ReadState): boolean {
  let now: Stats;
  try { now = statSync(target); } catch { return false; }
  if (now.dev !== expected.stat.dev || now.ino !== expected.stat.ino || now.size !== expected.stat.size || now.mtimeMs !== expected.stat.mtimeMs) { return false; }
  try { return readFileSync(target).equals(expected.bytes); } catch { return false; }
}

/** Refusals decided before anything is written. */
function refusal(stat: Stats, force: boolean): string | undefined {
  if (stat.nlink > 1) {
    return `has ${stat.nlink} hard links: replacing it would leave the other names with the old text, and writing in place is not atomic; fix a copy (cp, then mv over it), or break the link`;
  }
  if ((stat.mode & 0o222) === 0 && !force) {
    return `is read-only (mode ${(stat.mode & 0o7777).toString(8).padStart(4, '0')}): not changed; pass --force to fix it anyway (the mode is kept)`;
  }
  return undefined;
}

/** Replaces the file's content; a symbolic link is followed, so the link stays a link. */
export function writeFileSafely(path: string, text: string, options: WriteOptions = {}): void {
  const fail = (why: string) => new CliError(`${path}: not fixed: ${why}`);
  let target: string;
  let stat: Stats;
  try { target = realpathSync(path); stat = statSync(target); } catch (e) { throw fail(describe(e)); }
  const refused = refusal(stat, options.force === true);
  if (refused) { throw fail(refused); }
  removeStaleTemps(target);
  const temp = tempName(target);
  const mode = stat.mode & 0o7777;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    // Owner and group first (chown clears set-id bits), then the mode.
    const created = fstatSync(fd);
    if (created.uid !== stat.uid || created.gid !== stat.gid) {
      try { fchownSync(fd, stat.uid, stat.gid); } catch (e) {
        throw new CliError(`cannot keep its owner ${stat.uid}:${stat.gid} (${describe(e)}); run as its owner or as root`);
      }
    }
    fchmodSync(fd, mode);
    writeAll(fd, Buffer.from(text, 'utf8'), options.write ?? writeSync);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    keepExtendedAttributes(target, temp);
    if (options.expected && !unchanged(target, options.expected)) {
      throw new CliError('it changed since it was read (another program wrote it); run again');
    }
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) { try { closeSync(fd); } catch { /* already failing */ } }
    try { unlinkSync(temp); } catch { /* nothing to clean up */ }
    throw fail(e instanceof CliError ? e.message : `could not write the fixed file (${describe(e)})`);
  }
  syncFolder(dirname(target));
}

/** The original's extended attributes onto the temporary file (Linux; elsewhere there is no such `cp`). */
function keepExtendedAttributes(target: string, temp: string): void {
  if (process.platform !== 'linux') { return; }
  try {
    execFileSync('cp', ['--attributes-only', '--preserve=xattr', '--', target, temp], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') { return; } // no cp on this machine: nothing to keep them with
    const why = String((e as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0] || oneLine(e);
    throw new CliError(`cannot keep its extended attributes (${why})`);
  }
}

/** Makes the rename durable; not every platform can open a folder, which is harmless. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* best effort */ }
}
