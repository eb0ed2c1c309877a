import { fix } from '../fix';
import { marketplaceOn, SWITCH_PATH } from '../model';
import { addMarketplacePluginEdit, marketplaceEntries, PLUGINS_PATH, WEBPORTAL_PATH } from '../plugins';
import type { Rule } from '../rule';
import { endpointsOf } from '../uris';
import { atLeast } from '../version';

export const pluginMissing: Rule = {
  code: 'plugin-missing',
  severity: 'error',
  description: 'v1.4/1.5 with the marketplace on but no Marketplace entry in `webportal.plugins`: the sidebar has no Marketplace item.',
  check(ctx) {
    if (atLeast(ctx.version, '1.6') || !marketplaceOn(ctx) || marketplaceEntries(ctx).length > 0) { return []; }
    const doc = ctx.doc;
    const uri = endpointsOf(ctx).preferred.plugin ?? '/marketplace/plugin.js';
    const edit = addMarketplacePluginEdit(doc, uri);
    const at = doc.has(PLUGINS_PATH) ? PLUGINS_PATH : doc.has(WEBPORTAL_PATH) ? WEBPORTAL_PATH : SWITCH_PATH;
    return [{
      range: doc.keyRange(at),
      message: `On v${ctx.version} webportal shows only the plugins listed in \`webportal.plugins\` (the automatic Marketplace entry came in v1.6), and none of them is the marketplace: users get no Marketplace item in the sidebar. Add \`- id: marketplace\`, \`title: Marketplace\`, \`uri: ${uri}\`.`,
      related: [{ file: ctx.fileName, range: doc.keyRange(SWITCH_PATH), message: 'the marketplace is on here' }],
      fixes: edit ? [fix(`Add the Marketplace plugin (uri: ${uri})`, [edit], true)] : [],
      data: { expected: uri },
    }];
  },
};
