import { pluginsOf } from '../plugins';
import type { RegisteredRule, RuleFinding } from '../rule';
import { uriFinding, uriRelated } from '../uri-findings';
import { API_URI_PATH, assessUri, endpointsOf, looksLikePlaceholder } from '../uris';

export const mixedContent: RegisteredRule = {
  code: 'mixed-content',
  severity: 'error',
  fixable: true,
  description: 'An https cluster (`pylon.ssl` set) with an http marketplace API or plugin URI: browsers block it as mixed content.',
  docs: [
    '- **Catches:** an https cluster (`pylon.ssl` set) with an `http://` marketplace API URI or plugin URI. This covers',
    'any other http plugin too.',
    '- **Why:** `\'ssl\' in pylon` turns https on, and pylon\'s port-80 server then answers 307 to `https://…`',
    '(`src/pylon/deploy/pylon.yaml.template`, `nginx.conf.template`). The plugin is loaded with `<script src>` from the',
    'https webportal page, and it calls the API from the browser, so the browser blocks http for both. One exception is',
    'only a **warning**: the direct `http://<master>:9293/plugin.js`, which pylon\'s `sub_filter` rewrites to',
    '`/marketplace/plugin.js` inside the webportal page.',
    '- **Fix:** the https URI through pylon, when the host is known and the switch is on. Otherwise the message says to turn',
    'the marketplace on (and restart pylon).',
    '- **Versions:** all.',
    '',
    '```yaml',
    'pylon:',
    '  ssl: {crt_name: pai.crt, crt_path: /certs/pai.crt, key_name: pai.key, key_path: /certs/pai.key}',
    'marketplace-webportal:',
    '  marketplace_api_uri: https://pai.example.com/marketplace/api   # good; http://10.0.0.1:9292 is blocked',
    '```',
  ],
  check(ctx) {
    const ep = endpointsOf(ctx);
    if (!ep.https) { return []; }
    const out: RuleFinding[] = [];
    const api = ctx.doc.valueAt(API_URI_PATH);
    if (typeof api === 'string' && !looksLikePlaceholder(api)) {
      const assessed = assessUri(ep, 'api', api);
      if (assessed.problem === 'mixed-content') { out.push(uriFinding(ctx, ep, assessed, API_URI_PATH, 'marketplace_api_uri')); }
    }
    for (const entry of pluginsOf(ctx)) {
      const path = [...entry.path, 'uri'];
      const uri = ctx.doc.valueAt(path);
      if (typeof uri !== 'string' || looksLikePlaceholder(uri)) { continue; }
      if (entry.isMarketplace) {
        const assessed = assessUri(ep, 'plugin', uri);
        if (assessed.problem === 'mixed-content' || assessed.problem === 'mixed-content-rewritten') { out.push(uriFinding(ctx, ep, assessed, path, 'uri')); }
      } else if (/^http:\/\//i.test(uri.trim())) {
        out.push({
          range: ctx.doc.valueRange(path),
          message: 'This plugin is http on an https cluster, so browsers block it: serve it over https.',
          detail: `The cluster serves https (\`pylon.ssl\` is set), and browsers block the http script \`${uri}\` on the https webportal page as mixed content.`,
          related: uriRelated(ctx, ep, { kind: 'plugin', value: uri, relative: false, problem: 'mixed-content' }),
        });
      }
    }
    return out;
  },
};
