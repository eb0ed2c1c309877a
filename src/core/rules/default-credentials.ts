import { isScalar } from 'yaml';
import type { YamlPath } from '../document';
import { marketplaceAnchor } from '../anchors';
import { isRecord, marketplaceOn, presentSections } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { atLeast } from '../version';

const DEFAULTS = { user: 'user', passwd: 'passwd' } as const;
type CredentialKey = keyof typeof DEFAULTS;

/**
 * A whole cluster's file, not a snippet: it has the top-level `rest-server` section that paictl's format check
 * wants (forward_compatibility.py:39) and that every file pulled from a cluster has.
 */
function isCompleteFile(ctx: RuleContext): boolean {
  return isRecord(ctx.doc.value) && ctx.doc.has(['rest-server']);
}

/**
 * `paictl service start` with no `-n`, what the installer runs (v1.7.0 start-service-in-dev-box.sh:14), starts
 * marketplace-db on every v1.4+ cluster: its service.yaml has no switch condition. So a complete file is
 * checked whatever the switch says; a snippet only when it is about the marketplace.
 */
export const defaultCredentials: RegisteredRule = {
  code: 'default-credentials',
  severity: 'warning',
  fixable: false,
  description: 'The marketplace PostgreSQL, which `paictl service start` starts on every cluster (switch or not), keeps the default user `user` or password `passwd`.',
  docs: [
    '- **Catches:** the marketplace database keeps the default user `user` or password `passwd`, whether written out or',
    'left unset. It fires on every **complete** file, whatever the switch says, and on a snippet once it is about the',
    'marketplace (a section or the switch is present). "Complete" means the file has a top-level `rest-server` section:',
    'paictl\'s format check wants it (`deployment/clusterObjectModel/forward_compatibility.py:39`) and every file pulled from',
    'a cluster has it; a marketplace-only snippet does not. So the real OpenPAI example files get this warning too.',
    '- **Why:** `paictl service start` with no `-n`, which is what the installer runs (v1.7.0',
    '`contrib/kubespray/script/start-service-in-dev-box.sh:14`), starts marketplace-db on every v1.4+ cluster: its',
    '`src/marketplace-db/deploy/service.yaml` has no switch condition. `user`/`passwd` are the defaults in',
    '`src/marketplace-db/config/marketplace-db.yaml`, and PostgreSQL listens on the master\'s host network (port 9291,',
    '`hostNetwork: true` in `marketplace-db.yaml.template`). It keeps the credentials of its first start in `data-path`,',
    'so choose your own **before** the first `service start`.',
    '- **Fix:** none (only you can choose a password). On v1.4/1.5, set the same values in',
    '`marketplace-restserver.db_user` and `db_password` (see [`db-credentials`](#rule-db-credentials)).',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-db:',
    '  user: mp',
    '  passwd: mp-Secret-42',
    '```',
  ],
  check(ctx) {
    const complete = isCompleteFile(ctx);
    if (!complete && presentSections(ctx).length === 0 && !marketplaceOn(ctx)) { return []; }
    const dbPresent = ctx.doc.has(['marketplace-db']);
    const db = ctx.doc.valueAt(['marketplace-db']);
    // A null or non-mapping section crashes paictl first (null-section); nothing is deployed.
    if (dbPresent && !isRecord(db)) { return []; }
    const section = isRecord(db) ? db : {};
    const tail = `PostgreSQL listens on the master's host network (port ${String(section.port ?? 9291)}), and it keeps the credentials of its first start in data-path, so choose your own before the first \`service start\` (changing them later needs a fresh data-path).${atLeast(ctx.version, '1.6') ? '' : ' On v1.4/1.5 set the same values as `marketplace-restserver.db_user` / `db_password`.'}`;
    const startsAnyway = complete && !marketplaceOn(ctx)
      ? '`paictl service start` without `-n` (what the installer runs) starts marketplace-db on every cluster, whatever `cluster.common.marketplace` says'
      : undefined;
    const out: RuleFinding[] = [];
    const absent: CredentialKey[] = [];
    for (const key of Object.keys(DEFAULTS) as CredentialKey[]) {
      const path: YamlPath = ['marketplace-db', key];
      if (!ctx.doc.has(path)) { absent.push(key); continue; }
      const node = ctx.doc.locate(path)?.node;
      if (isScalar(node) && node.value === DEFAULTS[key]) {
        out.push({
          range: ctx.doc.valueRange(path),
          message: `\`marketplace-db.${key}: ${DEFAULTS[key]}\` is the default ${key === 'user' ? 'user name' : 'password'} everyone knows: choose your own.`,
          detail: `${startsAnyway ? `${startsAnyway[0].toUpperCase()}${startsAnyway.slice(1)}. ` : ''}${tail}`,
          data: { key },
        });
      }
    }
    if (absent.length > 0) {
      const what = absent.map(k => `${k === 'user' ? 'user' : 'password'} '${DEFAULTS[k]}'`).join(' and ');
      out.push({
        range: dbPresent ? ctx.doc.keyRange(['marketplace-db']) : marketplaceAnchor(ctx),
        message: `The marketplace database starts with the default ${absent.length > 1 ? 'user and password' : absent[0] === 'user' ? 'user' : 'password'}: set ${absent.length > 1 ? 'your own' : `\`marketplace-db.${absent[0]}\``}.`,
        detail: `${dbPresent ? '`marketplace-db` does not set ' + absent.map(k => `\`${k}\``).join(' or ') : '`marketplace-db` is not configured'}, so the database starts with the default ${what}.${startsAnyway ? ` ${startsAnyway[0].toUpperCase()}${startsAnyway.slice(1)}.` : ''} ${tail}`,
        data: { absent },
      });
    }
    return out;
  },
};
