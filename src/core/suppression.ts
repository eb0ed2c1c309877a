import type { Finding } from './finding';

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
