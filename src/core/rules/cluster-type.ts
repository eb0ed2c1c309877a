import { isScalar } from 'yaml';
import { fix, scalarText, setKey } from '../fix';
import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule } from '../rule';

const PATH = ['cluster', 'common', 'cluster-type'] as const;

export const clusterType: RegisteredRule = {
  code: 'cluster-type',
  severity: 'info',
  fixable: true,
  description: '`cluster.common.cluster-type` is missing (paictl rewrites the pushed copy, dropping comments) or is not `k8s`.',
  docs: [
    '- **Catches:** `cluster.common.cluster-type` is missing (info), or is not `k8s` (error).',
    '- **Why:** when the key is missing, `config push` converts the copy it pushes',
    '(`deployment/clusterObjectModel/forward_compatibility.py`). It adds `cluster-type: k8s`, keeps the original as',
    '`services-configuration.yaml.old`, pauses 15 s, and pushes a YAML dump, so the cluster\'s copy loses every comment.',
    'The cluster parser (`src/cluster/config/cluster.py`) accepts only `k8s`.',
    '- **Fix:** add or set `cluster-type: k8s` under `cluster.common`.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'cluster:',
    '  common:',
    '    cluster-type: k8s',
    '```',
  ],
  check(ctx) {
    if (!ctx.doc.has(['cluster', 'common']) && !mentionsMarketplace(ctx)) { return []; }
    const loc = ctx.doc.locate(PATH);
    if (loc) {
      const value = loc.node;
      if (value === null || isScalar(value) && value.value === null) { return missing(); }
      if (!isScalar(value) || value.value === 'k8s') { return []; }
      const k8s = scalarText(ctx.doc, 'k8s', loc.written);
      return [{
        range: ctx.doc.valueRange(PATH),
        severity: 'error',
        message: `\`cluster-type: ${String(value.source ?? value.value)}\` makes every service command fail: write \`cluster-type: ${k8s}\`.`,
        detail: 'OpenPAI v1.4+ accepts only `k8s` here; paictl\'s cluster parser rejects anything else.',
        fixes: [fix(`Set cluster-type: ${k8s}`, [setKey(ctx.doc, PATH, k8s)], true)],
      }];
    }
    return missing();

    function missing() {
      const range = ctx.doc.has(['cluster', 'common']) ? ctx.doc.keyRange(['cluster', 'common']) : ctx.doc.has(['cluster']) ? ctx.doc.keyRange(['cluster']) : marketplaceAnchor(ctx);
      return [{
        range,
        message: 'Without `cluster-type`, `config push` rewrites the file and drops its comments: add `cluster-type: k8s`.',
        detail: '`cluster.common.cluster-type` is not set, so `paictl config push` converts the copy it pushes: it adds `cluster-type: k8s`, keeps the original as services-configuration.yaml.old, pauses 15 s, and pushes a YAML dump of the file, so every comment is lost in the cluster\'s copy. With `cluster-type: k8s` under `cluster.common` the file is pushed as written.',
        fixes: [fix('Add cluster-type: k8s under cluster.common', [setKey(ctx.doc, PATH, 'k8s')], true)],
      }];
    }
  },
};
