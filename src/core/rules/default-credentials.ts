import { isScalar } from 'yaml';
import type { YamlPath } from '../document';
import { marketplaceAnchor } from '../marketplace-scope';
import { isRecord, marketplaceOn, presentSections } from '../model';
import type { Rule, RuleFinding } from '../rule';
import { atLeast } from '../version';

const DEFAULTS = { user: 'user', passwd: 'passwd' } as const;
type CredentialKey = keyof typeof DEFAULTS;

export const defaultCredentials: Rule = {
  code: 'default-credentials',
  severity: 'warning',
  description: 'The marketplace PostgreSQL keeps the default user `user` or password `passwd`.',
  check(ctx) {
    if (presentSections(ctx).length === 0 && !marketplaceOn(ctx)) { return []; }
    const dbPresent = ctx.doc.has(['marketplace-db']);
    const db = ctx.doc.valueAt(['marketplace-db']);
    // A null or non-mapping section crashes paictl first (null-section); nothing is deployed.
    if (dbPresent && !isRecord(db)) { return []; }
    const section = isRecord(db) ? db : {};
    const tail = `PostgreSQL listens on the master's host network (port ${String(section.port ?? 9291)}), and it keeps the credentials of its first start in data-path, so choose your own before the first \`service start\` (changing them later needs a fresh data-path).${atLeast(ctx.version, '1.6') ? '' : ' On v1.4/1.5 set the same values as `marketplace-restserver.db_user` / `db_password`.'}`;
    const out: RuleFinding[] = [];
    const absent: CredentialKey[] = [];
    for (const key of Object.keys(DEFAULTS) as CredentialKey[]) {
      const path: YamlPath = ['marketplace-db', key];
      if (!ctx.doc.has(path)) { absent.push(key); continue; }
      const node = ctx.doc.locate(path)?.node;
      if (isScalar(node) && node.value === DEFAULTS[key]) {
        out.push({
          range: ctx.doc.valueRange(path),
          message: `\`marketplace-db.${key}: ${DEFAULTS[key]}\` is the default ${key === 'user' ? 'user name' : 'password'} everyone knows. ${tail}`,
          data: { key },
        });
      }
    }
    if (absent.length > 0) {
      const what = absent.map(k => `${k === 'user' ? 'user' : 'password'} '${DEFAULTS[k]}'`).join(' and ');
      out.push({
        range: dbPresent ? ctx.doc.keyRange(['marketplace-db']) : marketplaceAnchor(ctx),
        message: `${dbPresent ? '`marketplace-db` does not set ' + absent.map(k => `\`${k}\``).join(' or ') : '`marketplace-db` is not configured'}, so the marketplace database starts with the default ${what}. ${tail}`,
        data: { absent },
      });
    }
    return out;
  },
};
