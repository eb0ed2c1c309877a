import type { PathSegment } from './document';

/** The last part of a file path, with `/` or `\` as separators (paths come from any platform). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Whether a YAML path matches a pattern where `'*'` stands for a list index. */
export function matchesPath(path: readonly PathSegment[], pattern: readonly (string | '*')[]): boolean {
  return path.length === pattern.length && path.every((s, i) => (pattern[i] === '*' ? typeof s === 'number' : s === pattern[i]));
}

/**
 * A key path as messages, hovers and JSON name it: `marketplace-db.passwd`, `webportal.plugins[0].uri`
 * (list indexes in brackets, as an admin reads them). The one formatter: nothing else joins paths.
 */
export function keyPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}
