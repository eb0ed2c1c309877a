import type { Finding, TextEdit } from './finding';

const DIRECTIVE = /#\s*openpai-disable-next-line\b([^\n]*)/;

/**
 * `# openpai-disable-next-line <code>[, <code>]` silences those codes on the following line; with
 * no code it silences every rule there. Returns, per 0-based line, the codes silenced there
 * ('*' for all).
 */
export function suppressedLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('openpai-disable-next-line')) { return out; }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) { return; }
    const codes = m[1].split(/[\s,]+/).map(s => s.trim()).filter(s => s.length > 0 && s !== '--');
    const cut = codes.indexOf('--');
    const list = cut >= 0 ? codes.slice(0, cut) : codes;
    out.set(i + 1, new Set(list.length === 0 ? ['*'] : list));
  });
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
