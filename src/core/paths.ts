import type { PathSegment, YamlPath } from './document';

/** The last part of a file path, with `/` or `\` as separators (paths come from any platform). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Whether a YAML path matches a pattern where `'*'` stands for a list index. */
export function matchesPath(path: readonly PathSegment[], pattern: readonly (string | '*')[]): boolean {
  return path.length === pattern.length && path.every((s, i) => (pattern[i] === '*' ? typeof s === 'number' : s === pattern[i]));
}

/** A dotted path for messages: `marketplace-db.passwd`. */
export function dotted(path: YamlPath): string {
  return path.map(String).join('.');
}
