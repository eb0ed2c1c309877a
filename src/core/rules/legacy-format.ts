import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { Rule, RuleContext } from '../rule';

/**
 * What else the rebuild loses (forward_compatibility.py:37-48): only `drivers`, `webportal`, `pylon`, the old
 * `cluster.cluster-id` / `cluster.data-path` / `cluster.docker-registry-info.*` and a few renamed sections are copied,
 * so `cluster.common` goes; `config push` then compares the stored cluster id with the default `pai` and rewrites
 * it (upload.py:60, 86-92 at v1.8.0; synchronization.py:102-106 converts the copy before uploading it).
 */
function alsoDropped(ctx: RuleContext): string {
  const oldId = ctx.doc.valueAt(['cluster', 'cluster-id']);
  const id = typeof oldId === 'string' || typeof oldId === 'number'
    ? `; only the old \`cluster.cluster-id\` is carried over, as the cluster id (\`${String(oldId)}\`)`
    : ', and since the result has no cluster id, `config push` takes the default `pai` and rewrites the cluster id stored in the cluster to `pai` once you answer its prompt';
  return `The rebuild also drops \`cluster.common\` (the switch \`cluster.common.marketplace\`, \`cluster-id\`; only \`cluster-type: k8s\` is added back)${id}.`;
}

export const legacyFormat: Rule = {
  code: 'legacy-format',
  severity: 'error',
  fixable: false,
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
        message: 'A top-level `hadoop` section makes `config push` drop the marketplace sections: remove it.',
        detail: `With it, \`paictl config push\` treats the file as the old (pre-k8s) format and rebuilds it from a fixed list of keys: the marketplace sections are dropped from what is pushed. ${alsoDropped(ctx)} The \`hadoop\` section belongs to the old format.`,
        related: [{ file: ctx.fileName, range: ctx.doc.keyRange(['hadoop']), message: 'the `hadoop` section that makes paictl convert the file' }],
      }];
    }
    return [{
      range,
      message: 'Without a `rest-server` section, `config push` drops the marketplace sections: add them to the full file.',
      detail: `Without it, \`paictl config push\` treats the file as the old format and rebuilds it from a fixed list of keys: the marketplace sections are dropped from what is pushed. ${alsoDropped(ctx)} A real cluster's file always has \`rest-server\`; if this file holds only the marketplace part, pushing it would also replace the cluster's whole configuration. Get the full file with \`paictl.py config pull -o <dir>\` and add the marketplace sections to it.`,
    }];
  },
};
