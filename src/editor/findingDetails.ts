/**
 * What a hover on a finding's range shows: its detail (the explanation after the one-sentence message the
 * Problems panel shows), with a link to the rule's README section. Pure: hover.ts turns it into a Hover.
 */
import type { Finding, Position, Range } from '../core/finding';
import { ruleDocUrl } from '../core/rule-docs';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || a.line === b.line && a.character <= b.character;
}

function contains(range: Range, p: Position): boolean {
  return before(range.start, p) && before(p, range.end);
}

/** Markdown with the text's own characters kept literal, `code spans` left as they are. */
export function markdownText(text: string): string {
  return text.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]<>#|~!]/g, c => `\\${c}`))).join('');
}

export interface FindingDetails {
  markdown: string;
  /** The range of the first finding shown. */
  range: Range;
}

/** The details of every finding whose range holds `position` (those without a detail say it all in the Problems line). */
export function findingDetailsAt(findings: readonly Finding[], position: Position): FindingDetails | undefined {
  const here = findings.filter(f => f.detail !== undefined && contains(f.range, position));
  if (here.length === 0) { return undefined; }
  const markdown = here.map(f => `[${f.code}](${ruleDocUrl(f.code)}): ${markdownText(f.detail ?? '')}`).join('\n\n');
  return { markdown, range: here[0].range };
}
