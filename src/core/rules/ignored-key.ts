import type { YamlPath } from '../document';
import { fix } from '../fix';
import { keyPath } from '../paths';
import { removeKey } from '../remove-key';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { atLeast } from '../version';

interface Ignored { path: YamlPath; why: (ctx: RuleContext) => string | undefined }

const overwritten = (what: string) => () => `paictl computes ${what} and overwrites whatever is written here`;

/** Keys paictl's marketplace parsers overwrite or never read (facts section 2). */
const IGNORED: readonly Ignored[] = [
  { path: ['marketplace-db', 'host'], why: overwritten('the database host from layout.yaml\'s master `hostip`') },
  { path: ['marketplace-db', 'connection-str'], why: overwritten('`connection-str` from user, passwd, host, port and db (and no template uses it)') },
  { path: ['marketplace-restserver', 'uri'], why: overwritten('`uri` as http://<master hostip>:<server-port>') },
  { path: ['marketplace-webportal', 'uri'], why: overwritten('`uri` as http://<master hostip>:<server-port>') },
  {
    path: ['marketplace-restserver', 'idp_url'],
    why: ctx => (atLeast(ctx.version, '1.6') ? undefined : 'OpenPAI v1.4/1.5 does not pass `idp_url` to marketplace-restserver (IDP_URL exists from v1.6)'),
  },
  {
    path: ['marketplace-webportal', 'api-port'],
    why: ctx => (atLeast(ctx.version, '1.6')
      ? 'from v1.6 paictl reads `api-port` but uses it nowhere (the API URI defaults to the pylon route)'
      : ctx.doc.has(['marketplace-webportal', 'marketplace_api_uri'])
        ? '`api-port` only builds the default `marketplace_api_uri`, which is set here'
        : undefined),
  },
];

export const ignoredKey: RegisteredRule = {
  code: 'ignored-key',
  severity: 'warning',
  fixable: true,
  unnecessary: true,
  description: 'A marketplace key that paictl overwrites or never reads (`uri`, `host`, `connection-str`, `api-port` on v1.6+, `idp_url` before v1.6).',
  docs: [
    '- **Catches:** keys paictl overwrites: `marketplace-db.host` and `connection-str`, and `uri` in',
    'marketplace-restserver and marketplace-webportal. Also keys the version does not read: `marketplace-restserver.idp_url`',
    'on v1.4/1.5, and `marketplace-webportal.api-port` on v1.6+ (or on v1.4/1.5 when `marketplace_api_uri` is set).',
    '- **Why:** the parsers compute these values from layout.yaml and the ports (`src/marketplace-db/config/marketplace_db.py`,',
    '`marketplace_restserver.py`, `marketplace_webportal.py`). `IDP_URL` exists only from v1.6 (pai #5314).',
    '- **Fix:** remove the key (its whole lines). Removing the last key of a section leaves `{}`.',
    '- **Versions:** as above.',
    '',
    '```yaml',
    'marketplace-restserver:',
    '  server-port: 9292         # good; `uri: http://…` here would be overwritten',
    '```',
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { path, why } of IGNORED) {
      if (!ctx.doc.has(path)) { continue; }
      const reason = why(ctx);
      if (!reason) { continue; }
      const removal = removeKey(ctx.doc, path);
      out.push({
        range: ctx.doc.keyRange(path),
        message: `\`${keyPath(path)}\` has no effect: remove it so the file says what is deployed.`,
        detail: `${reason}.`,
        fixes: removal ? [fix(`Remove \`${String(path[path.length - 1])}\``, [removal], true)] : [],
      });
    }
    return out;
  },
};
