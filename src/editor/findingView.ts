/** Pure helpers between findings and what the editor shows: rule links, diagnostic ↔ finding. */
import type { Finding, Range } from '../core/finding';

export { ruleDocUrl } from '../core/rule-docs';

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

export interface DiagnosticKey {
  code: string;
  range: Range;
  message: string;
}

/** The finding a diagnostic was made from: same code and range (and message, when several share both). */
export function findingOf(findings: readonly Finding[], key: DiagnosticKey): Finding | undefined {
  const candidates = findings.filter(f => f.code === key.code && sameRange(f.range, key.range));
  return candidates.find(f => f.message === key.message) ?? candidates[0];
}
