/** Pure helpers between findings and what the editor shows: links, size limits, diagnostic ↔ finding. */
import * as l10n from '@vscode/l10n';
import type { Finding, Range } from '../core/finding';

export { ruleDocUrl } from '../core/rule-docs';

/** Past these sizes a check no longer fits between two keystrokes: the file is reported once instead. */
export const MAX_CHECK_CHARS = 2_000_000;
export const MAX_CHECK_LINES = 50_000;

export function tooLargeToCheck(chars: number, lines: number): boolean {
  return chars > MAX_CHECK_CHARS || lines > MAX_CHECK_LINES;
}

export function tooLargeMessage(chars: number, lines: number): string {
  return l10n.t('OpenPAI checks are off for this file: it has {0} lines and {1} characters, more than the {2} lines / {3} MB that can be checked while typing. Run `openpai-marketplace check` on it instead.',
    lines.toLocaleString('en-US'), chars.toLocaleString('en-US'), MAX_CHECK_LINES.toLocaleString('en-US'), (MAX_CHECK_CHARS / 1_000_000).toFixed(0));
}

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
