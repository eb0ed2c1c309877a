import { isMap } from 'yaml';
import { layoutOf } from '../layout';
import { layoutProblems } from '../layout-problems';
import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { Rule } from '../rule';

export const layoutMachines: Rule = {
  code: 'layout-machines',
  severity: 'error',
  fixable: false,
  description: 'The sibling layout.yaml uses a hostname twice (every paictl service command fails), has no `machine-sku`, or a machine names a `machine-type` that is not in `machine-sku`.',
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
