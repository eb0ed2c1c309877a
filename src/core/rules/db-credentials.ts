import type { YamlPath } from '../document';
import type { Fix, RelatedLocation, TextEdit } from '../finding';
import { fix, scalarText, setKey } from '../fix';
import { credentialPairs, DB_SECTION, RESTSERVER_SECTION, sameCredential, type CredentialField, type CredentialPair, type EffectiveValue } from '../credentials';
import { unquotedBreakage } from '../manifest-value';
import { isRecord, presentSections } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { looksLikePlaceholder, portValue } from '../uris';
import { aliasEdits } from '../value-link';

const FIRST_INIT = 'PostgreSQL applies the credentials only when it first initialises `data-path` (default /mnt/marketplace), and `service delete` keeps that folder: if the DB was already created, the restserver must use the values it was created with, or the data-path must be wiped.';

/** Why a side's value must not be copied onto the other side, if it must not. */
function unusable(field: CredentialField, v: EffectiveValue): 'placeholder' | 'unusable' | undefined {
  if (field.label === 'port') { return portValue(v.value) === undefined ? 'unusable' : undefined; }
  if (typeof v.value !== 'string') { return 'unusable'; } // rendered unquoted: a number is rejected as an env value
  if (looksLikePlaceholder(v.value)) { return 'placeholder'; }
  return unquotedBreakage(v.value) ? 'unusable' : undefined;
}

/** `from`'s value as YAML text for the other side, in the style of what is written there. */
function valueText(ctx: RuleContext, field: CredentialField, from: EffectiveValue, to: EffectiveValue): string {
  const v = from.text;
  if (field.label === 'port') {
    return /^\d+$/.test(v) ? v : scalarText(ctx.doc, v, to.node);
  }
  return scalarText(ctx.doc, v, to.node ?? from.node);
}

/**
 * The edits that give `to` the value of `from`. A written password is linked with a YAML alias instead
 * of copied, so no report carries it; where that cannot be done (the anchor would come after the alias)
 * the copy is made, and check() keeps such a fix for the editor only.
 */
function copyEdits(ctx: RuleContext, field: CredentialField, from: EffectiveValue, to: YamlPath, text: string): TextEdit[] {
  const linked = field.label === 'password' && from.path ? aliasEdits(ctx.doc, from.path, to) : undefined;
  return linked ?? [setKey(ctx.doc, to, text)];
}

/** What differs: `marketplace-restserver logs in as \`mp\`, but marketplace-db's user is \`user\`` (a password is never shown). */
function describe(pair: CredentialPair): string {
  const { field, db, restserver } = pair;
  switch (field.label) {
    case 'password': return 'marketplace-restserver\'s database password differs from marketplace-db\'s';
    case 'port': return `marketplace-restserver connects to port ${restserver.text}, but marketplace-db listens on ${db.text}`;
    case 'user': return `marketplace-restserver logs in as \`${restserver.text}\`, but marketplace-db's user is \`${db.text}\``;
    default: return `marketplace-restserver opens database \`${restserver.text}\`, but marketplace-db's is \`${db.text}\``;
  }
}

/** Where each side's value comes from, and what that does. */
function explain(pair: CredentialPair): string {
  const { field, db, restserver } = pair;
  const rs = restserver.source === 'written' ? `The restserver reads it from \`${field.restserverKey}\`` : `\`${field.restserverKey}\` is not set, so the restserver uses its default`;
  const dbSide = db.source === 'written' ? `marketplace-db reads it from \`${DB_SECTION}.${field.dbKey}\`` : 'marketplace-db uses its default';
  return `${rs}, and ${dbSide}: the restserver cannot ${field.label === 'port' ? 'reach' : 'authenticate to'} the database.`;
}

function why(reason: 'placeholder' | 'unusable', field: CredentialField): string {
  return reason === 'placeholder'
    ? `is still the deployment doc's placeholder`
    : field.label === 'port' ? 'is not a port number' : 'is a value paictl\'s unquoted manifest cannot carry (see unsafe-value)';
}

/**
 * The fixes: marketplace-db's value in the restserver (preferred: it is what the database was created with),
 * the reverse, and in the editor a new random password on both sides. A side holding a placeholder or a value
 * the manifest cannot carry is never copied, and then nothing is preferred unless the other direction copies a
 * usable database value.
 */
function fixes(ctx: RuleContext, pair: CredentialPair, dbBad: boolean, rsBad: boolean): Fix[] {
  const doc = ctx.doc;
  const { field, db, restserver } = pair;
  const rsPath: YamlPath = [RESTSERVER_SECTION, field.restserverKey];
  const dbPath: YamlPath = [DB_SECTION, field.dbKey];
  const password = field.label === 'password';
  const out: Fix[] = [];
  if (!dbBad) {
    const text = valueText(ctx, field, db, restserver);
    out.push(fix(password ? 'Use marketplace-db\'s password in marketplace-restserver' : `Set ${field.restserverKey}: ${text}`, copyEdits(ctx, field, db, rsPath, text), true));
  }
  if (!rsBad) {
    const text = valueText(ctx, field, restserver, db);
    out.push(fix(password ? 'Use marketplace-restserver\'s password in marketplace-db' : `Set ${DB_SECTION}.${field.dbKey}: ${text}`, copyEdits(ctx, field, restserver, dbPath, text)));
  }
  if (password && (dbBad || rsBad) && ctx.newSecret) {
    const secret = ctx.newSecret();
    const write = (path: YamlPath, side: EffectiveValue) => setKey(doc, path, side.node ? scalarText(doc, secret, side.node) : secret);
    out.push(fix(`Use a new random password in ${DB_SECTION}.${field.dbKey} and ${RESTSERVER_SECTION}.${field.restserverKey}`, [write(dbPath, db), write(rsPath, restserver)]));
  }
  return out;
}

function finding(ctx: RuleContext, pair: CredentialPair): RuleFinding {
  const doc = ctx.doc;
  const { field, db, restserver } = pair;
  const range = restserver.path ? doc.valueRange(restserver.path)
    : doc.has([RESTSERVER_SECTION]) ? doc.keyRange([RESTSERVER_SECTION])
      : db.path ? doc.valueRange(db.path) : doc.keyRange([DB_SECTION]);
  const related: RelatedLocation[] = [];
  if (db.path) { related.push({ file: ctx.fileName, range: doc.valueRange(db.path), message: `marketplace-db's ${field.label}` }); }
  else if (doc.has([DB_SECTION])) { related.push({ file: ctx.fileName, range: doc.keyRange([DB_SECTION]), message: `marketplace-db uses the default ${field.label}` }); }
  const dbBad = unusable(field, db);
  const rsBad = unusable(field, restserver);
  const advice = dbBad ? 'choose one real value for both' : `set \`${field.restserverKey}\` to match`;
  return {
    range,
    message: `${describe(pair)}: ${advice}.`,
    detail: `${explain(pair)}${dbBad ? ` marketplace-db's ${field.label} ${why(dbBad, field)}, so it is not copied.` : ''} ${FIRST_INIT}`,
    related,
    fixes: fixes(ctx, pair, dbBad !== undefined, rsBad !== undefined),
  };
}

export const dbCredentials: RegisteredRule = {
  code: 'db-credentials',
  severity: 'error',
  fixable: true,
  description: 'The user, password, database or port marketplace-restserver uses differs from marketplace-db\'s (defaults and v1.6+ fallbacks applied).',
  docs: [
    '- **Catches:** the user, password, database or port marketplace-restserver connects with (`db_user`, `db_password`,',
    '`db`, `db_port`) differs from marketplace-db\'s (`user`, `passwd`, `db`, `port`). Defaults are applied before the',
    'comparison, and both sides are compared as the text paictl writes into the environment: `port: 022113` is 9291,',
    '`db: 0123` is `83`, not `\'0123\'`. On v1.4/1.5 the restserver has **its own** defaults (`user`/`passwd`/`marketplace`/`9291`), so changing',
    'only `marketplace-db.passwd` breaks it. On v1.6+ a restserver key you leave out falls back to marketplace-db\'s value.',
    'Silent while either section is null or not a mapping (`null-section` and `schema` report that: paictl stops first).',
    '- **Why:** `src/marketplace-db/deploy/marketplace-db.yaml.template` creates PostgreSQL with `POSTGRES_USER`,',
    '`POSTGRES_PASSWORD` and `POSTGRES_DB`. `src/marketplace-restserver/deploy/marketplace-restserver.yaml.template` logs in',
    'with `DB_USERNAME`, `DB_PASSWORD` and `DATABASE`. These are separate keys with equal defaults.',
    '- **Fix:** set the restserver\'s key to marketplace-db\'s value (preferred: it is what the database was created with),',
    'or the reverse, marketplace-db\'s key to the restserver\'s value (offered, not preferred). A side that holds a',
    'deployment-doc placeholder (`<password>`) or a value paictl\'s unquoted manifest cannot carry is never copied onto',
    'the other side; when it is marketplace-db\'s, no fix is preferred. For a password, the editor also offers a new random',
    'password on both sides there (an editor quick fix only: the CLI never writes or prints one). A password is never',
    'printed, not even in the fix title, and never copied: the fix links it with a YAML anchor and alias',
    '(`passwd: &marketplace-db-passwd …`, `db_password: *marketplace-db-passwd`), so `--fix` and fix-all apply it and no',
    'report carries it. Where the alias would come before its anchor (the other section comes first), the copy is an',
    'editor quick fix only.',
    'Remember that PostgreSQL fixes the credentials when `data-path` is first initialised (see',
    '[below](#how-paictl-really-reads-this-file)).',
    '- **Versions:** all, with the fallbacks above.',
    '',
    '```yaml',
    'marketplace-db:',
    '  passwd: mp-Secret-42',
    'marketplace-restserver:',
    '  db_password: mp-Secret-42   # good; on v1.4/1.5, leaving it out means \'passwd\' and the login fails',
    '```',
  ],
  check(ctx) {
    if (presentSections(ctx).length === 0) { return []; }
    // A null or non-mapping section crashes paictl first (null-section, schema): nothing connects.
    if ([DB_SECTION, RESTSERVER_SECTION].some(s => ctx.doc.has([s]) && !isRecord(ctx.doc.valueAt([s])))) { return []; }
    return credentialPairs(ctx)
      .filter(p => !sameCredential(p.db, p.restserver))
      .map(p => finding(ctx, p));
  },
};
