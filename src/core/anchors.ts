/** Where a finding goes when no single key is to blame. */
import type { ParsedDocument } from './document';
import type { Range } from './finding';
import { presentSections, SWITCH_PATH } from './model';
import type { RuleContext } from './rule';

/** The whole first line of the file (zero-width at 0 when the file starts with a line break). */
export function firstLineRange(doc: ParsedDocument): Range {
  const nl = doc.text.indexOf('\n');
  const end = nl < 0 ? doc.text.length : nl > 0 && doc.text[nl - 1] === '\r' ? nl - 1 : nl;
  return doc.range(0, end);
}

/**
 * Where a finding about the marketplace as a whole goes: the first marketplace section's key, else
 * the switch's key, else the first line.
 */
export function marketplaceAnchor(ctx: RuleContext): Range {
  const [first] = presentSections(ctx);
  if (first) { return ctx.doc.keyRange([first]); }
  if (ctx.doc.has(SWITCH_PATH)) { return ctx.doc.keyRange(SWITCH_PATH); }
  return firstLineRange(ctx.doc);
}
