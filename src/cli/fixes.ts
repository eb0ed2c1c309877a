import { applyEdits, check, type CheckOptions, type CheckResult } from '../core';
import { fixRound, type ChosenFix } from '../core/fix-round';
import { problemsByLine } from '../core/rules/syntax';

/** A preferred fix `--fix` applied, located in the text it was applied to. */
export interface AppliedFix {
  code: string;
  title: string;
  line: number;
  character: number;
}

export interface FixOutcome {
  text: string;
  applied: AppliedFix[];
  /** The check of the final text. */
  result: CheckResult;
  /** Nothing was applied because the text has YAML syntax errors (edits need a sound structure). */
  syntaxErrors: number;
  /** Fixes that were undone because applying them made the YAML invalid. */
  rejected: AppliedFix[];
}

/** Rounds of check → apply; each round can only shrink what is left, so a few are enough. */
export const MAX_FIX_ROUNDS = 10;

/** Lines with a YAML error, counted as the `syntax` rule reports them (one per line). */
function syntaxErrorCount(result: CheckResult): number {
  return problemsByLine(result.document).filter(line => line.some(p => p.severity === 'error')).length;
}

function describe({ finding, fix }: ChosenFix): AppliedFix {
  return { code: finding.code, title: fix.title, line: finding.range.start.line, character: finding.range.start.character };
}

/**
 * Applies every finding's preferred fix, round after round, until no preferred fix changes the
 * text (or MAX_FIX_ROUNDS is reached). A text with YAML syntax errors is left alone, and a round
 * whose fixes would make the YAML invalid is undone.
 */
export function applyPreferredFixes(text: string, options: CheckOptions): FixOutcome {
  const applied: AppliedFix[] = [];
  let current = text;
  let result = check(current, options);
  const syntaxErrors = syntaxErrorCount(result);
  if (syntaxErrors > 0) { return { text, applied, result, syntaxErrors, rejected: [] }; }
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const { chosen } = fixRound(result);
    if (chosen.length === 0) { break; }
    const next = applyEdits(current, chosen.flatMap(c => c.fix.edits));
    const nextResult = check(next, options);
    if (syntaxErrorCount(nextResult) > 0) { return { text: current, applied, result, syntaxErrors: 0, rejected: chosen.map(describe) }; }
    applied.push(...chosen.map(describe));
    current = next;
    result = nextResult;
  }
  return { text: current, applied, result, syntaxErrors: 0, rejected: [] };
}
