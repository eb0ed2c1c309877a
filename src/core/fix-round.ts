/**
 * Which preferred fixes can be applied together in one round, for `--fix` and the editor's fix-all.
 * Both apply rounds (check, apply, check again) until nothing is left; this decides one round.
 */
import type { CheckResult } from './check';
import { ParsedDocument } from './document';
import { applyEdits } from './fix';
import type { Finding, Fix } from './finding';
import { RULES } from './rules';

export interface ChosenFix { finding: Finding; fix: Fix }

export interface FixRound {
  /** The fixes to apply now, in the order of the findings; their edits do not overlap. */
  chosen: ChosenFix[];
  /** Whether preferred fixes were held back for the next round (they overlap, or wait for a premise). */
  deferred: boolean;
}

/** Rules whose fixes change facts other fixes are computed from (see Rule.premise). */
const PREMISE_CODES = new Set(RULES.filter(r => r.premise).map(r => r.code));

type Span = [number, number];

/** Touching edits count as overlapping: their order would be ambiguous. The next round gets them. */
function overlaps(a: Span, b: Span): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * The preferred fixes of `result` to apply in one round. A fix that would not change the text is
 * ignored. When a premise fix (e.g. turning the marketplace switch on) is among them, the round
 * applies only premise fixes, so the URIs other rules suggest are computed again on the new facts
 * instead of being written from the old ones.
 */
export function fixRound(result: CheckResult): FixRound {
  const doc = result.document;
  const candidates: (ChosenFix & { spans: Span[] })[] = [];
  for (const finding of result.findings) {
    const fix = finding.fixes.find(f => f.preferred);
    if (!fix || fix.edits.length === 0) { continue; }
    const spans = fix.edits.map((e): Span => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]);
    // doc.text shows a CR-only file's line breaks as LF; the edits write CR.
    if (spans.every((s, i) => doc.text.slice(s[0], s[1]) === fix.edits[i].newText.replace(/\r(?!\n)/g, '\n'))) { continue; }
    candidates.push({ finding, fix, spans });
  }
  const premises = candidates.filter(c => PREMISE_CODES.has(c.finding.code));
  const now = premises.length > 0 ? premises : candidates;
  let deferred = now.length < candidates.length;
  const taken: Span[] = [];
  const chosen: ChosenFix[] = [];
  for (const { finding, fix, spans } of now) {
    const selfOverlap = spans.some((s, i) => spans.some((t, j) => i < j && overlaps(s, t)));
    if (selfOverlap || spans.some(s => taken.some(t => overlaps(s, t)))) { deferred = true; continue; }
    taken.push(...spans);
    chosen.push({ finding, fix });
  }
  if (chosen.length < 2 || parsesCleanly(doc.text, chosen)) { return { chosen, deferred }; }
  // Fixes that are sound alone can clash together (one adds `cluster-type`, another renames a
  // misspelt key to it: a duplicate key). Keep each fix that still parses with those kept before
  // it; the others wait for the next round, which computes them again on the new text.
  const kept: ChosenFix[] = [];
  for (const c of chosen) {
    if (parsesCleanly(doc.text, [...kept, c])) { kept.push(c); } else { deferred = true; }
  }
  return { chosen: kept, deferred: true };
}

function parsesCleanly(text: string, fixes: readonly ChosenFix[]): boolean {
  const after = new ParsedDocument(applyEdits(text, fixes.flatMap(c => c.fix.edits)));
  return !after.problems.some(p => p.severity === 'error');
}
