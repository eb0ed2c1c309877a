import type { RegisteredRule } from '../rule';
import { schemaFindings } from '../schema';

export const schema: RegisteredRule = {
  code: 'schema',
  severity: 'error',
  fixable: true,
  description: 'Keys and values of the marketplace sections checked against the schema: wrong types and ranges (error), unknown or misspelled keys that paictl silently ignores (warning).',
  docs: [
    '- **Catches:** keys and values of the marketplace sections, `webportal.plugins`, `azure_storage` and `pylon.ssl`',
    'checked against `schemas/services-configuration.schema.json`. Wrong types and out-of-range ports are errors. Unknown',
    'or misspelled keys are warnings, including near misses of important keys elsewhere, such as `cluster.common.market`.',
    'So are keys paictl computes, and keys the chosen version does not read.',
    '- **Why:** each parser merges `dict(defaults, **your_section)` and reads only the keys it knows',
    '(`deployment/clusterObjectModel/cluster_object_model.py`, `src/marketplace-*/config/*.py`). A misspelled key is',
    'dropped silently. The deployment doc\'s note 2 writes `cluster.common.market`, but the key is `marketplace`.',
    '- **Fix:** rename the key to its closest known name (preferred), or rewrite a value whose meaning is unambiguous.',
    '- **Versions:** all. The key set follows the version (for example `idp_url` exists from v1.6).',
    '',
    '```yaml',
    'cluster:',
    '  common:',
    '    # bad: market: \'true\'  (paictl ignores it)',
    '    marketplace: \'true\'',
    '```',
  ],
  check(ctx) {
    return schemaFindings(ctx.doc, ctx.version);
  },
};
