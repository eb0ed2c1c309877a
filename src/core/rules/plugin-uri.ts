import { marketplaceEntries } from '../plugins';
import type { Rule, RuleFinding } from '../rule';
import { uriFinding } from '../uri-findings';
import { assessUri, endpointsOf, looksLikePlaceholder } from '../uris';

export const pluginUri: Rule = {
  code: 'plugin-uri',
  severity: 'error',
  fixable: true,
  description: 'The Marketplace entry of `webportal.plugins` has a `uri` that does not fit the cluster (scheme, host, port or path).',
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
