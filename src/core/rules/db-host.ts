import { isScalar } from 'yaml';
import { fix } from '../fix';
import { removeKey } from '../remove-key';
import type { RegisteredRule } from '../rule';

const PATH = ['marketplace-restserver', 'db_host'] as const;

export const dbHost: RegisteredRule = {
  code: 'db-host',
  severity: 'error',
  fixable: true,
  description: '`marketplace-restserver.db_host: postgres` (the docker-compose name) does not resolve in an OpenPAI cluster.',
  docs: [
    '- **Catches:** `marketplace-restserver.db_host: postgres`.',
    '- **Why:** `postgres` is the service name in the marketplace\'s own docker-compose setup',
    '(*marketplace* `rest_server/deploy/docker-compose.yml`). In OpenPAI, marketplace-db runs on the master\'s host network,',
    'and no Service of that name exists. Without `db_host`, the parser uses the master\'s `hostip`',
    '(`src/marketplace-restserver/config/marketplace_restserver.py`).',
    '- **Fix:** remove `db_host`.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-restserver:',
    '  db_user: mp               # good: no db_host, paictl uses the master IP',
    '```',
  ],
  check(ctx) {
    const node = ctx.doc.locate(PATH)?.node;
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim().toLowerCase() !== 'postgres') { return []; }
    const removal = removeKey(ctx.doc, PATH);
    return [{
      range: ctx.doc.valueRange(PATH),
      message: '`db_host: postgres` is a docker-compose name that OpenPAI does not resolve: remove `db_host`.',
      detail: 'In OpenPAI marketplace-db runs with the master\'s host network and no Kubernetes Service is named `postgres`, so marketplace-restserver cannot reach its database. Without `db_host`, paictl uses the master\'s `hostip` from layout.yaml.',
      fixes: removal ? [fix('Remove `db_host` (paictl uses the master IP)', [removal], true)] : [],
    }];
  },
};
