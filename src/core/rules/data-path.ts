import { pyValueOf, rendered } from '../pyyaml';
import type { RegisteredRule } from '../rule';

const PATH = ['marketplace-db', 'data-path'] as const;
const NOT_READY = 'paictl keeps waiting: "marketplace-db is not ready yet"';

/**
 * The path lands single-quoted in a hostPath volume (src/marketplace-db/deploy/marketplace-db.yaml.template:40).
 * Kubernetes' API server only wants it non-empty and without `..` segments (validatePathNoBacksteps); a relative
 * path passes and fails later at the kubelet. A `"` is harmless inside the single quotes.
 */
export const dataPath: RegisteredRule = {
  code: 'data-path',
  severity: 'error',
  fixable: false,
  description: '`marketplace-db.data-path` that marketplace-db cannot mount: a single quote (breaks the template), a `..` segment (the API server rejects it) or a relative path (the kubelet fails).',
  docs: [
    '- **Catches:** a `marketplace-db.data-path` with a single quote, with a `..` segment anywhere, or that is not',
    'absolute. A `"` is fine.',
    '- **Why:** it becomes a single-quoted `hostPath` volume on the master (`path: \'…\'`,',
    '`src/marketplace-db/deploy/marketplace-db.yaml.template:40`), so a `\'` ends the value early and the manifest does not',
    'parse. Kubernetes\' API server requires only a non-empty path without `..` segments (`validatePathNoBacksteps`): a',
    '`..` is rejected at `kubectl apply`. A relative path passes the API server and fails at the kubelet, so the pod never',
    'starts and paictl keeps printing "marketplace-db is not ready yet".',
    '- **Fix:** none: write an absolute path on the master, e.g. `/mnt/marketplace` (the default).',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-db:',
    '  data-path: /mnt/marketplace   # good; `mnt/marketplace` is rejected',
    '```',
  ],
  check(ctx) {
    const py = pyValueOf(ctx.doc.locate(PATH)?.node);
    if (!py || py.kind === 'null' || py.kind === 'invalid') { return []; }
    const value = rendered(py); // what paictl writes into the manifest
    const range = ctx.doc.valueRange(PATH);
    const quotes = value.split("'").length - 1;
    if (quotes > 0) {
      const effect = quotes % 2 === 1
        ? 'the quote ends the value early, so the manifest does not parse and marketplace-db is not deployed'
        : 'each `\'\'` pair is read back as one quote, so the volume gets another path than the one written here';
      return [{
        range,
        message: '`data-path` contains a single quote, which breaks marketplace-db\'s volume: use a plain path such as `/mnt/marketplace`.',
        detail: `paictl writes it inside single quotes into marketplace-db's manifest (\`path: '…'\` in marketplace-db.yaml.template), where ${effect}.`,
      }];
    }
    if (value.split('/').includes('..')) {
      return [{
        range,
        message: `\`data-path: ${value}\` has a \`..\` segment, which Kubernetes rejects: write the path without \`..\`.`,
        detail: 'Kubernetes\' API server rejects a hostPath containing \'..\', so `kubectl apply` of marketplace-db fails and the service never starts. Write, say, `/mnt/marketplace`.',
      }];
    }
    if (!value.startsWith('/')) {
      return [{
        range,
        message: `\`data-path: ${value}\` is relative, so marketplace-db never starts: write an absolute path on the master.`,
        detail: `paictl mounts it as a hostPath volume on the master: the API server accepts it, but the kubelet cannot mount a relative hostPath, so the marketplace-db pod never starts (${NOT_READY}). Write, say, \`/mnt/marketplace\`.`,
      }];
    }
    return [];
  },
};
