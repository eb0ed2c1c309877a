import { marketplaceEntries } from '../plugins';
import type { RegisteredRule, RuleFinding } from '../rule';
import { uriFinding } from '../uri-findings';
import { assessUri, endpointsOf, looksLikePlaceholder } from '../uris';

export const pluginUri: RegisteredRule = {
  code: 'plugin-uri',
  severity: 'error',
  fixable: true,
  description: 'The Marketplace entry of `webportal.plugins` has a `uri` that does not fit the cluster (scheme, host, port or path).',
  docs: [
    '- **Catches:** a `uri` on the Marketplace entry of `webportal.plugins` that does not fit the cluster. The Marketplace',
    'entry is the one whose `id` contains "marketplace", or, without an id, whose title is Marketplace or whose uri points',
    'at it. The same checks as `api-uri` apply to the plugin\'s two forms: `<pylon>/marketplace/plugin.js`, or directly',
    '`http://<master>:9293/plugin.js`. A root-relative `/marketplace/plugin.js` is fine while the switch is on. As for',
    '`api-uri`, a plugin on another host (GitHub Pages, a CDN) is info, and one on an unusual port or outside `/marketplace`',
    '(such as a plugin bundled into PAI\'s webportal, `/scripts/plugins/…`) a warning: they may work, so they are not',
    'rewritten by `--fix`.',
    '- **Why:** marketplace-webportal serves `plugin.js` on its `server-port`, 9293',
    '(`src/marketplace-webportal/config/marketplace_webportal.py`). pylon\'s `/marketplace/` route exists only when',
    '`cluster.common.marketplace` is `\'true\'` (`location.conf.template`).',
    '- **Fix:** write the computed URI, keeping its form and quoting (preferred only when the written one is known not',
    'to work).',
    '- **Versions:** all.',
    '',
    '```yaml',
    'webportal:',
    '  plugins:',
    '  - id: marketplace',
    '    title: Marketplace',
    '    # bad: uri: http://10.0.0.1:9293/marketplace/plugin.js  (the pylon path on the direct port)',
    '    uri: http://10.0.0.1:9293/plugin.js               # good (or http://10.0.0.1/marketplace/plugin.js)',
    '```',
  ],
  check(ctx) {
    const ep = endpointsOf(ctx);
    const out: RuleFinding[] = [];
    for (const entry of marketplaceEntries(ctx)) {
      const path = [...entry.path, 'uri'];
      const value = ctx.doc.valueAt(path);
      if (typeof value !== 'string' || value.trim() === '' || looksLikePlaceholder(value)) { continue; } // plugin-entry, placeholder
      const assessed = assessUri(ep, 'plugin', value);
      if (!assessed.problem || assessed.problem === 'mixed-content' || assessed.problem === 'mixed-content-rewritten') { continue; }
      out.push(uriFinding(ctx, ep, assessed, path, 'uri'));
    }
    return out;
  },
};
