/** Which files the editor face checks. Pure: no `vscode`, so unit tests cover it. */
import { SERVICES_FILE_NAMES } from '../core/files';
import { baseName } from '../core/paths';

/** The name paictl reads, and the doc's singular spelling (which then gets the `file-name` finding). */
export const CONFIG_FILE_NAMES = SERVICES_FILE_NAMES;

/** The cheap check used on every YAML document VS Code opens. */
export function hasConfigName(path: string): boolean {
  return CONFIG_FILE_NAMES.includes(baseName(path));
}

const globCache = new Map<string, RegExp>();

/**
 * A glob as a regular expression over forward-slash paths: `**` spans folders, `*` and `?` stay in
 * one path segment, `{a,b}` is an alternative, `[...]` a character class.
 */
export function globToRegExp(glob: string): RegExp {
  const cached = globCache.get(glob);
  if (cached) { return cached; }
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) {
      re += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) { re += '\\['; continue; }
      re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = close;
    } else {
      re += c.replace(/[.+^$()|\\/]/g, m => `\\${m}`);
    }
  }
  const out = new RegExp(`^${re}$`);
  globCache.set(glob, out);
  return out;
}

function toSlashes(p: string): string { return p.replace(/\\/g, '/'); }

/**
 * Whether a file is one of ours: one of the two names, or a match for a glob of `openpai.files`.
 * A glob without `/` matches the file name; one with `/` matches the path relative to the
 * workspace folder (when given) or the end of the absolute path.
 */
export function isConfigFile(path: string, extraGlobs: readonly string[] = [], relativePath?: string): boolean {
  if (hasConfigName(path)) { return true; }
  const abs = toSlashes(path);
  const rel = relativePath === undefined ? undefined : toSlashes(relativePath).replace(/^\.\//, '');
  for (const raw of extraGlobs) {
    const glob = toSlashes(raw.trim());
    if (glob === '') { continue; }
    if (!glob.includes('/')) {
      if (globToRegExp(glob).test(baseName(abs))) { return true; }
      continue;
    }
    if (glob.startsWith('/')) {
      if (globToRegExp(glob).test(abs)) { return true; }
      continue;
    }
    const anchored = glob.replace(/^\.\//, '');
    if (rel !== undefined && globToRegExp(anchored).test(rel)) { return true; }
    if (globToRegExp(anchored.startsWith('**/') ? anchored : `**/${anchored}`).test(abs)) { return true; }
  }
  return false;
}
