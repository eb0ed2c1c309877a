/*
 * What a finding's message must be (issue 8): ONE sentence that reads alone in the Problems panel
 * and the CLI's line, saying what is wrong and what to do; the explanation goes to `detail`.
 */
import type { Finding } from '../../src/core/finding';

/**
 * The longest message, counting each `code span` or "quoted text" as at most SPAN_CAP characters:
 * 120 is the brief's 100 with room for one typical key path or URI, and about what VS Code's
 * Problems panel and a CI log line show on a laptop screen before they cut or wrap the line.
 */
export const MAX_MESSAGE = 120;
/** A typical interpolated value: `marketplace-webportal.marketplace_api_uri` (43) or a URI like `http://pai.example.com/marketplace/api` (39). */
export const SPAN_CAP = 45;

/** Abbreviations whose dot ends no sentence. */
const ABBREVIATIONS = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf)\.$/i;

/** The text with code spans and double-quoted text replaced by placeholders of at most SPAN_CAP characters. */
function withoutSpans(message: string): string {
  return message.replace(/`[^`]*`|"[^"]*"/g, s => (s.length > SPAN_CAP ? `${s.slice(0, SPAN_CAP - 1)}\u2026` : s).replace(/[.!?;]/g, '_'));
}

/** Where a sentence ends inside the message (not at its end): a `.`, `!` or `?` followed by a space and more text. */
export function sentenceBreaks(message: string): number[] {
  const text = withoutSpans(message);
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?](?=\s+\S)/g)) {
    const before = text.slice(0, m.index + 1);
    if (ABBREVIATIONS.test(before)) { continue; }
    out.push(m.index);
  }
  return out;
}

/** The problems with a finding's message and detail ([] when it has the shape). */
export function messageShapeProblems(f: Pick<Finding, 'code' | 'message' | 'detail'>): string[] {
  const problems: string[] = [];
  const { message, detail } = f;
  const say = (s: string) => problems.push(`${f.code}: ${s}: ${message}`);
  if (!/[.?!)]$|[.?!]["`']$/.test(message)) { say('the message does not end a sentence'); }
  if (sentenceBreaks(message).length > 0) { say('the message is more than one sentence'); }
  const shown = withoutSpans(message).length;
  if (shown > MAX_MESSAGE) { say(`the message is ${shown} characters (at most ${MAX_MESSAGE}, with a typical value)`); }
  if (/\n/.test(message)) { say('the message has a line break'); }
  if (detail !== undefined) {
    if (detail.trim() === '') { say('the detail is empty'); }
    const first = detail.split(/(?<=[.!?])\s/)[0];
    if (message.includes(first) || detail.includes(message.replace(/[.!?]$/, ''))) { say('the detail repeats the message'); }
  }
  return problems;
}
