/** `source.fixAll.openpai`: every preferred fix, as edits on the current text. Pure. */
import type { CheckResult } from '../core/check';
import type { ParsedDocument } from '../core/document';
import type { TextEdit } from '../core/finding';
import { applyEdits } from '../core/fix';
import { fixRound } from '../core/fix-round';

/** The smallest single edit that turns `before` into `after`. */
export function minimalEdit(doc: ParsedDocument, after: string): TextEdit {
  const before = doc.text;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) { start++; }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) { endBefore--; endAfter--; }
  return { range: doc.range(start, endBefore), newText: after.slice(start, endAfter) };
}

/**
 * Applies every preferred fix, in rounds as `--fix` does (core/fix-round.ts): fixes that conflict, or
 * that wait for a premise fix, come in later rounds, each on a fresh `recheck` of the text, at most
 * `maxRounds` in all. Returns edits on the original text (the fixes' own edits when one round does it
 * all, else one minimal edit), or [] when there is nothing to fix.
 */
export function fixAllEdits(result: CheckResult, recheck: (text: string) => CheckResult, maxRounds = 6): TextEdit[] {
  const first = fixRound(result);
  const edits = (r: ReturnType<typeof fixRound>) => r.chosen.flatMap(c => c.fix.edits);
  if (first.chosen.length === 0) { return []; }
  if (!first.deferred) { return edits(first); }
  let text = applyEdits(result.document.text, edits(first));
  for (let round = 1; round < maxRounds; round++) {
    const next = fixRound(recheck(text));
    if (next.chosen.length === 0) { break; }
    const fixed = applyEdits(text, edits(next));
    if (fixed === text) { break; }
    text = fixed;
    if (!next.deferred) { break; }
  }
  return text === result.document.text ? [] : [minimalEdit(result.document, text)];
}
