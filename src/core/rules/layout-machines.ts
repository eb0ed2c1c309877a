import { isMap } from 'yaml';
import { layoutOf } from '../layout';
import { layoutProblems } from '../layout-problems';
import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule } from '../rule';

export const layoutMachines: RegisteredRule = {
  code: 'layout-machines',
  severity: 'error',
  fixable: false,
  description: 'The sibling layout.yaml uses a hostname twice (every paictl service command fails), has no `machine-sku`, or a machine names a `machine-type` that is not in `machine-sku`.',
  docs: [
    '- **Catches:** in the sibling layout.yaml (or a layout.yaml given to the CLI), a hostname used by two machines',
    '(error), no `machine-sku` at all (error), or a machine whose `machine-type` is not a key of `machine-sku` (warning).',
    '- **Why:** paictl\'s layout parser runs for every service command. It stops with "duplicate hostname [...] in',
    'kubernetes-configuration" (`deployment/clusterObjectModel/mainParser/layout.py` `validation_pre`, v1.4.0 to v1.8.0),',
    'and reads `machine-sku` unguarded in `run()` (a KeyError without it). The sku a machine names is where its resources',
    'come from: the installer\'s layout check refuses an unknown one ("machine-type should be defined in machine-sku",',
    '`contrib/kubespray/script/validate_layout_schema.py:60-64`, v1.8.0), and the GPU configuration template indexes',
    '`machine-sku[machine-type]` (`src/cluster-configuration/deploy/gpu-configuration/gpu-configuration.json.template:3`).',
    'paictl\'s service flow itself does not check the sku, hence a warning.',
    '- **Fix:** none in this file: edit layout.yaml.',
    '- **Versions:** all.',
    '',
    '```yaml',
    '# layout.yaml',
    'machine-sku:',
    '  master-machine: { mem: 60GB, cpu: { vcore: 24 } }',
    'machine-list:',
    '  - hostname: pai-master',
    '    machine-type: master-machne   # warning: not in machine-sku',
    '```',
  ],
  check(ctx) {
    if (!mentionsMarketplace(ctx)) { return []; }
    const layout = layoutOf(ctx);
    if (!layout || !isMap(layout.sibling.doc.root)) { return []; }
    const range = marketplaceAnchor(ctx);
    return layoutProblems(layout).filter(p => p.code === 'layout-machines').map(p => ({
      range,
      severity: p.severity,
      message: `layout.yaml: ${p.message}`,
      ...(p.detail ? { detail: p.detail } : {}),
      related: [{ file: layout.sibling.path, range: p.range, message: p.severity === 'error' ? 'here' : 'this machine-type' }, ...p.related],
    }));
  },
};
