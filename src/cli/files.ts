import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SiblingName, SiblingReader } from '../core';
import { CliError, oneLine } from './errors';
import type { ReadState } from './write-file';
import { LAYOUT_FILE, SERVICES_FILE, SIBLING_FILES } from '../core/files';

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
  /** The bytes and identity read, so a fix is not written over a file that changed since. */
  state: ReadState;
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
function decode(path: string, { bytes, stat }: { bytes: Buffer; stat: Stats }): InputFile {
  if (bytes.includes(0)) { throw new CliError(`${path}: is a binary file (it contains NUL bytes), not YAML`); }
  let text: string;
  try { text = utf8.decode(bytes); } catch { throw new CliError(`${path}: is not UTF-8 text`); }
  const bom = text.startsWith(BOM);
  return { path, text: bom ? text.slice(1) : text, bom, state: { bytes, stat } };
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
function readBounded(path: string): { bytes: Buffer; stat: Stats } {
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
    return { bytes: readFileSync(fd), stat };
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`${path}: ${describe(e)}`);
  } finally {
    closeSync(fd);
  }
}

export { LAYOUT_FILE, SERVICES_FILE };

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

const SIBLINGS: readonly SiblingName[] = SIBLING_FILES;

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

export function withBom(file: Pick<InputFile, 'bom'>, text: string): string {
  return file.bom ? BOM + text : text;
}
