import { pyValueOf, rendered } from '../pyyaml';
import type { Rule } from '../rule';

const PATH = ['marketplace-db', 'data-path'] as const;

export const dataPath: Rule = {
  code: 'data-path',
  severity: 'error',
  description: '`marketplace-db.data-path` is not an absolute path (Kubernetes rejects the hostPath volume) or holds a quote.',
  check(ctx) {
    const py = pyValueOf(ctx.doc.locate(PATH)?.node);
    if (!py || py.kind === 'null' || py.kind === 'invalid') { return []; }
    const value = rendered(py); // what paictl writes into the manifest
    const range = ctx.doc.valueRange(PATH);
    if (!value.startsWith('/')) {
      return [{
        range,
        message: `\`data-path: ${value}\` is not an absolute path. paictl mounts it as a hostPath volume on the master, and Kubernetes rejects a relative hostPath, so marketplace-db never starts (paictl keeps waiting: "marketplace-db is not ready yet"). Write an absolute path on the master, e.g. \`/mnt/marketplace\`.`,
      }];
    }
    if (/["']/.test(value)) {
      return [{
        range,
        message: `\`data-path\` contains a quote: paictl writes it quoted into marketplace-db's manifest, where a quote can end the value early and break the manifest. Use a plain path such as \`/mnt/marketplace\`.`,
      }];
    }
    return [];
  },
};
