import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule, RuleContext } from '../rule';

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

export const legacyFormat: RegisteredRule = {
  code: 'legacy-format',
  severity: 'error',
  fixable: false,
  description: 'No top-level `rest-server` section (or a `hadoop` section): paictl treats the file as the old format and drops the marketplace sections on push.',
  docs: [
    '- **Catches:** a file with marketplace config but no top-level `rest-server` section, or with a `hadoop` section.',
    '- **Why:** `deployment/clusterObjectModel/forward_compatibility.py` takes such a file for the old format. It rebuilds',
    'it from a fixed list of keys, which **drops every marketplace section** from what is pushed. It also drops',
    '`cluster.common` (the switch `cluster.common.marketplace`, `cluster-id`): only the old `cluster.cluster-id` is carried',
    'over (`forward_compatibility.py:48`), so `config push` then takes the default id `pai` and rewrites the cluster id',
    'stored in the cluster to `pai` (`deployment/confStorage/upload.py:60, 86-92` at v1.8.0). A file that holds only',
    'the marketplace part would also replace the cluster\'s whole configuration',
    '(`deployment/confStorage/conf_storage_util.py` replaces the `pai-configuration` ConfigMap). In such a file the old',
    'name `restserver` is read (the conversion renames it to `rest-server`), so `schema` does not call it unknown.',
    '- **Fix:** none: run `./paictl.py config pull -o <dir>` to get the full file, then add the marketplace sections to it.',
    'Remove a `hadoop` section.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'rest-server:                # good: the cluster\'s full file always has this section',
    '  default-pai-admin-username: admin',
    'marketplace-db: {}',
    '```',
  ],
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
