/** `source.fixAll.openpai`: every preferred fix, as edits on the current text. Pure. */
import type { CheckResult } from '../core/check';
import type { ParsedDocument } from '../core/document';
import type { Finding, TextEdit } from '../core/finding';
import { applyEdits } from '../core/fix';

interface Span { start: number; end: number }

function spans(doc: ParsedDocument, edits: readonly TextEdit[]): Span[] {
  return edits.map(e => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }));
}

function touches(a: Span, b: Span): boolean { return a.start <= b.end && b.start <= a.end; }

/**
 * The preferred fixes' edits that can be applied together: a fix whose edits overlap or touch an
 * edit already taken is left for the next pass. `skipped` says whether any was left.
 */
export function compatiblePreferredEdits(doc: ParsedDocument, findings: readonly Finding[]): { edits: TextEdit[]; skipped: boolean } {
  const taken: Span[] = [];
  const edits: TextEdit[] = [];
  let skipped = false;
  for (const finding of findings) {
    const preferred = finding.fixes.find(f => f.preferred);
    if (!preferred || preferred.edits.length === 0) { continue; }
    const mine = spans(doc, preferred.edits);
    if (mine.some(s => taken.some(t => touches(s, t)))) { skipped = true; continue; }
    taken.push(...mine);
    edits.push(...preferred.edits);
  }
  return { edits, skipped };
}

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
 * Applies every preferred fix. Edits that conflict are applied in later passes (each re-checks the
 * text with `recheck`), at most `maxPasses` in all. Returns edits on the original text, or [] when
 * there is nothing to fix.
 */
export function fixAllEdits(result: CheckResult, recheck: (text: string) => CheckResult, maxPasses = 4): TextEdit[] {
  const first = compatiblePreferredEdits(result.document, result.findings);
  if (first.edits.length === 0) { return []; }
  if (!first.skipped) { return first.edits; }
  let text = applyEdits(result.document.text, first.edits);
  for (let pass = 1; pass < maxPasses; pass++) {
    const next = recheck(text);
    const { edits, skipped } = compatiblePreferredEdits(next.document, next.findings);
    if (edits.length === 0) { break; }
    const fixed = applyEdits(text, edits);
    if (fixed === text) { break; }
    text = fixed;
    if (!skipped) { break; }
  }
  return text === result.document.text ? [] : [minimalEdit(result.document, text)];
}
