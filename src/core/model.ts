import type { RuleContext } from './rule';

import { MARKETPLACE_SECTIONS, SWITCH_PATH, type MarketplaceSection } from './sections';

export { MARKETPLACE_SECTIONS, SWITCH_PATH, type MarketplaceSection };

/** "Marketplace on" means `cluster.common.marketplace` is the string 'true' (pylon compares strings). */
export function marketplaceOn(ctx: RuleContext): boolean {
  return ctx.doc.valueAt(SWITCH_PATH) === 'true';
}

/** The marketplace sections present in the file (even when null). */
export function presentSections(ctx: RuleContext): MarketplaceSection[] {
  return MARKETPLACE_SECTIONS.filter(s => ctx.doc.has([s]));
}

/** The file says anything about the marketplace: a marketplace section, or the switch with any value. */
export function mentionsMarketplace(ctx: RuleContext): boolean {
  return presentSections(ctx).length > 0 || ctx.doc.has(SWITCH_PATH);
}

/** The marketplace is meant to run: the switch is 'true', or a marketplace section is written (a switch left off is then a mistake). */
export function intendsMarketplace(ctx: RuleContext): boolean {
  return marketplaceOn(ctx) || presentSections(ctx).length > 0;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The section's mapping as a plain object ({} when absent, null or not a mapping). */
export function section(ctx: RuleContext, name: string): Record<string, unknown> {
  const v = ctx.doc.valueAt([name]);
  return isRecord(v) ? v : {};
}
