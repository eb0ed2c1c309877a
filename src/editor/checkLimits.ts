/** How large a file the editor checks while typing, and what it says past that. */
import * as l10n from '@vscode/l10n';

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
