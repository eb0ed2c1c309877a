import type { Finding, TextEdit } from './finding';

const DIRECTIVE = /#\s*openpai-disable-next-line\b([^\n]*)/;
/** The directive where a `#` stands; `\s` stays on the line, as in a line on its own. */
const DIRECTIVE_AT = /#[^\S\n]*openpai-disable-next-line\b([^\n]*)/y;
const NAME = 'openpai-disable-next-line';

/**
 * `# openpai-disable-next-line <code>[, <code>]` silences those codes on the following line; with
 * no code it silences every rule there. Returns, per 0-based line, the codes silenced there
 * ('*' for all).
 */
export function suppressedLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  // Tried at each `#` only: searching a megabyte for the directive's name costs more than finding its few `#`s.
  let line = 0;
  let counted = 0;
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    let name = hash + 1;
    while (name < text.length && text[name] !== '\n' && /\s/.test(text[name])) { name++; }
    if (!text.startsWith(NAME, name)) { continue; }
    DIRECTIVE_AT.lastIndex = hash;
    const m = DIRECTIVE_AT.exec(text);
    if (!m) { continue; }
    for (let br = text.indexOf('\n', counted); br >= 0 && br < hash; br = text.indexOf('\n', br + 1)) { line++; counted = br + 1; }
    const codes = m[1].split(/[\s,]+/).filter(s => s.length > 0);
    const cut = codes.indexOf('--');
    const list = cut >= 0 ? codes.slice(0, cut) : codes;
    // The first directive on a line counts.
    if (!out.has(line + 1)) { out.set(line + 1, new Set(list.length === 0 ? ['*'] : list)); }
    hash += m[0].length - 1;
  }
  return out;
}

export function isSuppressed(finding: Finding, lines: Map<number, Set<string>>): boolean {
  const codes = lines.get(finding.range.start.line);
  return codes !== undefined && (codes.has('*') || codes.has(finding.code));
}

/**
 * The edit behind "Disable <code> for this line": a `# openpai-disable-next-line <code>` comment above `line`, at
 * its indentation, or `, <code>` added to the directive already there. Undefined when the line is silenced already.
 */
export function disableLineEdit(text: string, line: number, code: string): TextEdit | undefined {
  const lines = text.split('\n');
  if (line < 0 || line >= lines.length) { return undefined; }
  const above = line > 0 ? lines[line - 1] : undefined;
  const m = above !== undefined ? DIRECTIVE.exec(above) : null;
  if (above !== undefined && m && above.trimStart().startsWith('#')) {
    const codesStart = m.index + m[0].length - m[1].length;
    const reason = m[1].search(/(^|\s)--(\s|$)/);
    const codes = (reason >= 0 ? m[1].slice(0, reason) : m[1]).replace(/\r$/, '');
    const listed = codes.split(/[\s,]+/).filter(s => s.length > 0);
    if (listed.length === 0 || listed.includes(code)) { return undefined; }
    const at = codesStart + codes.trimEnd().length;
    return { range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText: `, ${code}` };
  }
  const indent = /^[ \t]*/.exec(lines[line])![0];
  const eol = lines[line].endsWith('\r') ? '\r\n' : '\n';
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}# openpai-disable-next-line ${code}${eol}` };
}
