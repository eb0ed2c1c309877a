import { constants, existsSync, closeSync, fstatSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, chmodSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SiblingName, SiblingReader } from '../core';
import { CliError, oneLine } from './errors';

/** A services-configuration.yaml is a few KB; past this size the file is certainly not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const BOM = '\uFEFF';

export interface InputFile {
  /** The path as given on the command line. */
  path: string;
  /** The text without a leading byte order mark (positions are those an editor shows). */
  text: string;
  /** Whether the file began with a byte order mark (kept when the file is rewritten). */
  bom: boolean;
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return oneLine(e);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8 text, or explains in one line why it is not a YAML text file. */
function decode(path: string, bytes: Buffer): InputFile {
  if (bytes.includes(0)) { throw new CliError(`${path}: is a binary file (it contains NUL bytes), not YAML`); }
  let text: string;
  try { text = utf8.decode(bytes); } catch { throw new CliError(`${path}: is not UTF-8 text`); }
  const bom = text.startsWith(BOM);
  return { path, text: bom ? text.slice(1) : text, bom };
}

/** What a path that is not a regular file is, in words (FIFOs and devices would block or never end). */
function kindOf(stat: Stats): string | undefined {
  if (stat.isFile()) { return undefined; }
  if (stat.isDirectory()) { return 'a directory'; }
  if (stat.isFIFO()) { return 'a named pipe (FIFO)'; }
  if (stat.isSocket()) { return 'a socket'; }
  if (stat.isCharacterDevice() || stat.isBlockDevice()) { return 'a device'; }
  return 'not a regular file';
}

function refuseKind(path: string, kind: string): CliError {
  return new CliError(kind === 'a directory' ? `${path}: is a directory, not a file` : `${path}: is ${kind}, not a regular file: not read`);
}

/**
 * Reads at most MAX_FILE_BYTES of a regular file. The path is looked at before it is opened (opening
 * a FIFO blocks until a writer comes), and opened with O_NONBLOCK in case it was swapped meanwhile.
 */
function readBounded(path: string): Buffer {
  let before: Stats;
  try { before = statSync(path); } catch (e) { throw new CliError(`${path}: ${describe(e)}`); }
  const kind = kindOf(before);
  if (kind) { throw refuseKind(path, kind); }
  let fd: number;
  try { fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK); } catch (e) { throw new CliError(`${path}: ${describe(e)}`); }
  try {
    const stat = fstatSync(fd);
    const opened = kindOf(stat);
    if (opened) { throw refuseKind(path, opened); }
    if (stat.size > MAX_FILE_BYTES) {
      throw new CliError(`${path}: is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (a services-configuration.yaml is a few KB)`);
    }
    return readFileSync(fd);
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`${path}: ${describe(e)}`);
  } finally {
    closeSync(fd);
  }
}

export const SERVICES_FILE = 'services-configuration.yaml';
export const LAYOUT_FILE = 'layout.yaml';

/** What a command-line path asks to check: a services file (a folder means its services file), or a layout. */
export interface Target {
  /** The file to read (for a folder: the folder's services-configuration.yaml). */
  path: string;
  kind: 'services' | 'layout';
}

/** A folder is checked as paictl reads it: through its services-configuration.yaml. */
export function resolveTarget(path: string): Target {
  let folder = false;
  try { folder = statSync(path).isDirectory(); } catch { /* readInputFile explains */ }
  if (folder) {
    const inside = join(path, SERVICES_FILE);
    if (!existsSync(inside)) { throw new CliError(`${path}: is a folder without ${SERVICES_FILE} (paictl reads that file from the config folder)`); }
    return { path: inside, kind: 'services' };
  }
  return { path, kind: basename(path) === LAYOUT_FILE ? 'layout' : 'services' };
}

/** Reads a file to check. Throws CliError (exit 2) when it is missing, a folder, binary or too large. */
export function readInputFile(path: string): InputFile {
  return decode(path, readBounded(path));
}

const SIBLINGS: readonly SiblingName[] = ['layout.yaml', 'config.yaml'];

/**
 * Reads `layout.yaml` / `config.yaml` beside `path` up front. A sibling that is a FIFO, socket or
 * device is refused (CliError: reading it could hang); anything else unreadable counts as absent.
 */
export function siblingReaderFor(path: string): SiblingReader {
  const folder = dirname(path);
  const texts = new Map<SiblingName, string>();
  for (const name of SIBLINGS) {
    const sibling = join(folder, name);
    let stat: Stats;
    try { stat = statSync(sibling); } catch { continue; }
    const kind = kindOf(stat);
    if (kind && kind !== 'a directory') { throw new CliError(`${sibling}: is ${kind}, not a regular file: not read (paictl reads ${name} beside ${basename(path)})`); }
    try { texts.set(name, readInputFile(sibling).text); } catch { /* absent */ }
  }
  return (name: SiblingName) => texts.get(name);
}

/**
 * Replaces a file's content atomically: writes a temporary file in the same folder, flushes it to
 * disk, gives it the original's mode, then renames it over the original. A symbolic link is
 * followed, so the link stays a link.
 */
export function writeFileAtomic(path: string, text: string): void {
  let target: string;
  try { target = realpathSync(path); } catch (e) { throw new CliError(`${path}: ${describe(e)}`); }
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) { try { closeSync(fd); } catch { /* already failing */ } }
    try { unlinkSync(temp); } catch { /* nothing to clean up */ }
    throw new CliError(`${path}: could not write the fixed file (${describe(e)})`);
  }
  syncFolder(dirname(target));
}

/** Makes the rename durable; not every platform can open a folder, which is harmless. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* best effort */ }
}

export function withBom(file: Pick<InputFile, 'bom'>, text: string): string {
  return file.bom ? BOM + text : text;
}
