import { marketplaceAnchor } from '../marketplace-scope';
import { mentionsMarketplace } from '../model';
import type { Rule } from '../rule';

export const legacyFormat: Rule = {
  code: 'legacy-format',
  severity: 'error',
  description: 'No top-level `rest-server` section (or a `hadoop` section): paictl treats the file as the old format and drops the marketplace sections on push.',
  check(ctx) {
    if (!mentionsMarketplace(ctx)) { return []; }
    const hasRestServer = ctx.doc.has(['rest-server']);
    const hasHadoop = ctx.doc.has(['hadoop']);
    if (hasRestServer && !hasHadoop) { return []; }
    const range = marketplaceAnchor(ctx);
    if (hasHadoop) {
      return [{
        range,
        message: 'This file has a top-level `hadoop` section, so `paictl config push` treats it as the old (pre-k8s) format and rebuilds it from a fixed list of keys: the marketplace sections are dropped from what is pushed. Remove the `hadoop` section (it belongs to the old format).',
        related: [{ file: ctx.fileName, range: ctx.doc.keyRange(['hadoop']), message: 'the `hadoop` section that makes paictl convert the file' }],
      }];
    }
    return [{
      range,
      message: 'This file has no top-level `rest-server` section, so `paictl config push` treats it as the old format and rebuilds it from a fixed list of keys: the marketplace sections are dropped from what is pushed. A real cluster\'s file always has `rest-server`; if this file holds only the marketplace part, pushing it would also replace the cluster\'s whole configuration. Get the full file with `paictl.py config pull -o <dir>` and add the marketplace sections to it.',
    }];
  },
};
