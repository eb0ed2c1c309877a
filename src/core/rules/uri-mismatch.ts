import { marketplaceEntries } from '../plugins';
import type { RegisteredRule } from '../rule';
import { API_URI_PATH, assessUri, endpointsOf, looksLikePlaceholder } from '../uris';

/**
 * Fires only when neither URI has a problem of its own (api-uri, plugin-uri and mixed-content
 * say more): typically when the host cannot be checked because layout.yaml is unknown.
 */
export const uriMismatch: RegisteredRule = {
  code: 'uri-mismatch',
  severity: 'warning',
  fixable: false,
  description: '`marketplace_api_uri` and the Marketplace plugin `uri` point at different schemes or hosts.',
  docs: [
    '- **Catches:** the API URI and the Marketplace plugin `uri` reach different schemes or hosts. It fires only when',
    'neither URI has a problem of its own. Typically that is when there is no layout.yaml, so the host cannot be judged.',
    '- **Why:** the plugin is fetched from one name and calls the API from the browser under the other name. A browser',
    'that reaches only one of the two names loses the marketplace.',
    '- **Fix:** none: choose one public host for both (through pylon, `…/marketplace/api` and `…/marketplace/plugin.js`).',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-webportal:',
    '  marketplace_api_uri: https://pai.example.com/marketplace/api',
    'webportal:',
    '  plugins:',
    '  - {id: marketplace, title: Marketplace, uri: https://pai.example.com/marketplace/plugin.js}  # good: same host',
    '```',
  ],
  check(ctx) {
    const ep = endpointsOf(ctx);
    const api = ctx.doc.valueAt(API_URI_PATH);
    if (typeof api !== 'string' || looksLikePlaceholder(api)) { return []; }
    const apiAssessed = assessUri(ep, 'api', api);
    if (apiAssessed.problem || apiAssessed.reaches === undefined) { return []; }
    const others = marketplaceEntries(ctx).flatMap(entry => {
      const path = [...entry.path, 'uri'];
      const uri = ctx.doc.valueAt(path);
      if (typeof uri !== 'string' || looksLikePlaceholder(uri)) { return []; }
      const assessed = assessUri(ep, 'plugin', uri);
      if (assessed.problem || assessed.reaches === undefined || assessed.reaches === apiAssessed.reaches) { return []; }
      return [{ path, uri, reaches: assessed.reaches }];
    });
    if (others.length === 0) { return []; }
    const list = others.map(o => `\`${o.reaches}\``).join(', ');
    return [{
      range: ctx.doc.valueRange(API_URI_PATH),
      message: `\`marketplace_api_uri\` reaches \`${apiAssessed.reaches}\`, the plugin ${list}: use one scheme and host for both.`,
      detail: `Through pylon they are \`${ep.pylonOrigin ?? '<scheme>://<host>'}/marketplace/api\` and \`…/marketplace/plugin.js\`. The plugin and its API reach the cluster by different names, so a browser that reaches only one of them loses the marketplace.`,
      related: others.map(o => ({ file: ctx.fileName, range: ctx.doc.valueRange(o.path), message: `the plugin uri (${o.reaches})` })),
    }];
  },
};
