import { fix, removeSeqItem, setKey } from '../fix';
import { marketplaceOn, SWITCH_PATH } from '../model';
import { marketplaceEntries, PLUGINS_PATH, WEBPORTAL_MARKETPLACE_PATH, webportalAddsMarketplace, type PluginEntry } from '../plugins';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { atLeast } from '../version';

function removeFix(ctx: RuleContext, entry: PluginEntry, preferred: boolean) {
  const edit = removeSeqItem(ctx.doc, PLUGINS_PATH, entry.index);
  return edit ? [fix('Remove this plugin entry', [edit], preferred)] : [];
}

function entryRange(ctx: RuleContext, entry: PluginEntry) {
  return ctx.doc.nodeRange(entry.node) ?? ctx.doc.keyRange(entry.path);
}

export const pluginDuplicate: RegisteredRule = {
  code: 'plugin-duplicate',
  severity: 'warning',
  fixable: true,
  description: 'The sidebar shows Marketplace twice: a manual entry next to the one v1.6+ adds itself, or two manual entries.',
  docs: [
    '- **Catches:** Marketplace twice in the sidebar. On v1.6+ that is a manual entry while the switch is `\'true\'` and',
    '`webportal.marketplace` is truthy (the default; a plain `no` or `off` is false, a quoted `"no"` is truthy). On any',
    'version it is two manual entries.',
    '- **Why:** v1.6+ webportal puts its own Marketplace entry first (`webportal.yaml.template`), and the manual one',
    'comes after it (*marketplace* issues #230, #231, `docs/admin/deploy_v1.6.0_later.md`).',
    '- **Fix:** remove the manual entry (preferred, leaving `plugins: []` if it was the last one), or set',
    '`webportal.marketplace: false` to keep only yours.',
    '- **Versions:** the automatic case v1.6+; two manual entries on all versions.',
    '',
    '```yaml',
    'webportal:          # v1.6+, marketplace \'true\'',
    '  plugins: []       # good: the automatic entry is enough',
    '```',
  ],
  check(ctx) {
    const entries = marketplaceEntries(ctx);
    if (entries.length === 0) { return []; }
    const out: RuleFinding[] = [];
    const automatic = atLeast(ctx.version, '1.6') && marketplaceOn(ctx) && webportalAddsMarketplace(ctx.doc);
    if (automatic) {
      const flagWritten = ctx.doc.has(WEBPORTAL_MARKETPLACE_PATH);
      const related = [{ file: ctx.fileName, range: ctx.doc.keyRange(SWITCH_PATH), message: 'with this on, webportal adds its own Marketplace entry' }];
      if (flagWritten) { related.push({ file: ctx.fileName, range: ctx.doc.valueRange(WEBPORTAL_MARKETPLACE_PATH), message: 'truthy: the automatic entry is added' }); }
      for (const entry of entries) {
        out.push({
          range: entryRange(ctx, entry),
          message: 'Marketplace appears twice in the sidebar: remove this entry, or set `webportal.marketplace: false`.',
          detail: `On v${ctx.version} webportal adds its own Marketplace plugin when \`cluster.common.marketplace\` is 'true' and \`webportal.marketplace\` is truthy${flagWritten ? '' : ' (the default)'}, so this manual entry is a second one. \`webportal.marketplace: false\` keeps only this one.`,
          related,
          fixes: [
            ...removeFix(ctx, entry, true),
            fix('Set webportal.marketplace: false (keep the manual entry)', [setKey(ctx.doc, WEBPORTAL_MARKETPLACE_PATH, 'false')]),
          ],
        });
      }
      return out;
    }
    const [first, ...rest] = entries;
    for (const entry of rest) {
      out.push({
        range: entryRange(ctx, entry),
        message: 'A second Marketplace entry in `webportal.plugins` shows Marketplace twice: remove it.',
        related: [{ file: ctx.fileName, range: entryRange(ctx, first), message: 'the first Marketplace entry' }],
        fixes: removeFix(ctx, entry, true),
      });
    }
    return out;
  },
};
