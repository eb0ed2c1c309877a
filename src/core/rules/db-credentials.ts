import type { RelatedLocation } from '../finding';
import { fix, scalarText, setKey } from '../fix';
import { credentialPairs, DB_SECTION, RESTSERVER_SECTION, sameCredential, type CredentialPair } from '../credentials';
import { isRecord, presentSections } from '../model';
import type { Rule, RuleContext, RuleFinding } from '../rule';

const FIRST_INIT = 'PostgreSQL applies the credentials only when it first initialises `data-path` (default /mnt/marketplace), and `service delete` keeps that folder: if the DB was already created, the restserver must use the values it was created with, or the data-path must be wiped.';

function valueText(ctx: RuleContext, pair: CredentialPair): string {
  const v = pair.db.text;
  if (pair.field.label === 'port') {
    return /^\d+$/.test(v) ? v : scalarText(ctx.doc, v, pair.restserver.node);
  }
  return scalarText(ctx.doc, v, pair.restserver.node ?? pair.db.node);
}

function describe(pair: CredentialPair): string {
  const { field, db, restserver } = pair;
  const rsFrom = restserver.source === 'written' ? `\`${field.restserverKey}\`` : `its default (\`${field.restserverKey}\` is not set)`;
  const dbFrom = db.source === 'written' ? `\`${DB_SECTION}.${field.dbKey}\`` : 'its default';
  if (field.label === 'password') {
    return `marketplace-restserver's database password (${rsFrom}) differs from marketplace-db's (${dbFrom}): the passwords differ, so the restserver cannot authenticate.`;
  }
  const verb = field.label === 'port' ? 'connects to port' : field.label === 'user' ? 'logs in as' : 'opens database';
  return `marketplace-restserver ${verb} \`${restserver.text}\` (${rsFrom}), but marketplace-db uses \`${db.text}\` (${dbFrom}): the restserver cannot ${field.label === 'port' ? 'reach' : 'authenticate to'} the database.`;
}

function finding(ctx: RuleContext, pair: CredentialPair): RuleFinding {
  const doc = ctx.doc;
  const { field, db, restserver } = pair;
  const rsPath = [RESTSERVER_SECTION, field.restserverKey];
  const range = restserver.path ? doc.valueRange(restserver.path)
    : doc.has([RESTSERVER_SECTION]) ? doc.keyRange([RESTSERVER_SECTION])
      : db.path ? doc.valueRange(db.path) : doc.keyRange([DB_SECTION]);
  const related: RelatedLocation[] = [];
  if (db.path) { related.push({ file: ctx.fileName, range: doc.valueRange(db.path), message: `marketplace-db's ${field.label}` }); }
  else if (doc.has([DB_SECTION])) { related.push({ file: ctx.fileName, range: doc.keyRange([DB_SECTION]), message: `marketplace-db uses the default ${field.label}` }); }
  const text = valueText(ctx, pair);
  const title = field.label === 'password'
    ? `Use marketplace-db's password for ${field.restserverKey}`
    : `Set ${field.restserverKey}: ${text}`;
  return {
    range,
    message: `${describe(pair)} Set \`${field.restserverKey}\` to marketplace-db's value. ${FIRST_INIT}`,
    related,
    fixes: [fix(title, [setKey(doc, rsPath, text)], true)],
  };
}

export const dbCredentials: Rule = {
  code: 'db-credentials',
  severity: 'error',
  description: 'The user, password, database or port marketplace-restserver uses differs from marketplace-db\'s (defaults and v1.6+ fallbacks applied).',
  check(ctx) {
    if (presentSections(ctx).length === 0) { return []; }
    // A null or non-mapping section crashes paictl first (null-section, schema): nothing connects.
    if ([DB_SECTION, RESTSERVER_SECTION].some(s => ctx.doc.has([s]) && !isRecord(ctx.doc.valueAt([s])))) { return []; }
    return credentialPairs(ctx)
      .filter(p => !sameCredential(p.db, p.restserver))
      .map(p => finding(ctx, p));
  },
};
