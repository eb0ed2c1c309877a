import { fix, setKey } from '../fix';
import { marketplaceOn, SWITCH_PATH } from '../model';
import { addMarketplacePluginEdit, marketplaceEntries, PLUGINS_PATH, WEBPORTAL_MARKETPLACE_PATH, WEBPORTAL_PATH, webportalAddsMarketplace } from '../plugins';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { endpointsOf } from '../uris';
import { atLeast } from '../version';

function pluginUri(ctx: RuleContext): string {
  return endpointsOf(ctx).preferred.plugin ?? '/marketplace/plugin.js';
}

/** v1.4/1.5: webportal shows only the listed plugins. */
function noListedEntry(ctx: RuleContext): RuleFinding {
  const doc = ctx.doc;
  const uri = pluginUri(ctx);
  const edit = addMarketplacePluginEdit(doc, uri);
  const at = doc.has(PLUGINS_PATH) ? PLUGINS_PATH : doc.has(WEBPORTAL_PATH) ? WEBPORTAL_PATH : SWITCH_PATH;
  return {
    range: doc.keyRange(at),
    message: 'The sidebar has no Marketplace item: add a Marketplace entry to `webportal.plugins`.',
    detail: `On v${ctx.version} webportal shows only the plugins listed in \`webportal.plugins\` (the automatic Marketplace entry came in v1.6), and none of them is the marketplace. Add \`- id: marketplace\`, \`title: Marketplace\`, \`uri: ${uri}\`.`,
    related: [{ file: ctx.fileName, range: doc.keyRange(SWITCH_PATH), message: 'the marketplace is on here' }],
    fixes: edit ? [fix(`Add the Marketplace plugin (uri: ${uri})`, [edit], true)] : [],
    data: { expected: uri },
  };
}

/** v1.6+: the automatic entry is turned off by `webportal.marketplace` and nothing replaces it. */
function automaticEntryOff(ctx: RuleContext): RuleFinding {
  const doc = ctx.doc;
  const uri = pluginUri(ctx);
  const edit = addMarketplacePluginEdit(doc, uri);
  return {
    range: doc.valueRange(WEBPORTAL_MARKETPLACE_PATH),
    message: 'The sidebar has no Marketplace item: set `webportal.marketplace: true`, or add a Marketplace plugin.',
    detail: `The marketplace is on, but \`webportal.marketplace\` is false, so v${ctx.version} webportal does not add its own Marketplace entry (webportal.yaml.template), and \`webportal.plugins\` has none either: the marketplace runs and nobody can reach it from the sidebar.`,
    related: [{ file: ctx.fileName, range: doc.keyRange(SWITCH_PATH), message: 'the marketplace is on here' }],
    fixes: [
      fix('Set webportal.marketplace: true', [setKey(doc, WEBPORTAL_MARKETPLACE_PATH, 'true')], true),
      ...(edit ? [fix(`Add the Marketplace plugin (uri: ${uri})`, [edit])] : []),
    ],
  };
}

export const pluginMissing: RegisteredRule = {
  code: 'plugin-missing',
  severity: 'error',
  fixable: true,
  description: 'The marketplace is on but the sidebar gets no Marketplace item: on v1.4/1.5 no Marketplace entry in `webportal.plugins`; on v1.6+ `webportal.marketplace` false and no manual entry.',
  docs: [
    '- **Catches:** the switch is `\'true\'`, but no Marketplace item reaches the sidebar. On v1.4/1.5 that is a',
    '`webportal.plugins` without a Marketplace entry. On v1.6+ it is `webportal.marketplace` false (or null) with no',
    'manual entry.',
    '- **Why:** on v1.4/1.5 webportal shows only the plugins listed in `webportal.plugins`. The automatic Marketplace',
    'entry arrived in v1.6 (`src/webportal/deploy/webportal.yaml.template`, pai #5320), and it is added only when',
    '`webportal.marketplace` is truthy (v1.6.0 lines 110-127). Turned off with no entry of your own, the marketplace runs',
    'and nobody can reach it.',
    '- **Fix:** v1.4/1.5: append `- id: marketplace / title: Marketplace / uri: <computed>`, creating `webportal.plugins`',
    'if needed. Without layout.yaml the uri is `/marketplace/plugin.js`. v1.6+: set `webportal.marketplace: true`',
    '(preferred), or append the same entry.',
    '- **Versions:** all; the `webportal.marketplace` case v1.6+.',
    '',
    '```yaml',
    'webportal:',
    '  plugins:',
    '  - id: marketplace',
    '    title: Marketplace',
    '    uri: https://pai.example.com/marketplace/plugin.js',
    '```',
  ],
  check(ctx) {
    if (!marketplaceOn(ctx) || marketplaceEntries(ctx).length > 0) { return []; }
    if (!atLeast(ctx.version, '1.6')) { return [noListedEntry(ctx)]; }
    return webportalAddsMarketplace(ctx.doc) ? [] : [automaticEntryOff(ctx)];
  },
};
