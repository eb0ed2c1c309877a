import { pluginsOf } from '../plugins';
import type { Rule, RuleFinding } from '../rule';
import { uriFinding, uriRelated } from '../uri-findings';
import { API_URI_PATH, assessUri, endpointsOf, looksLikePlaceholder } from '../uris';

export const mixedContent: Rule = {
  code: 'mixed-content',
  severity: 'error',
  fixable: true,
  description: 'An https cluster (`pylon.ssl` set) with an http marketplace API or plugin URI: browsers block it as mixed content.',
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
