import type { ParsedNode } from 'yaml';
import type { YamlPath } from './document';
import type { RuleContext } from './rule';
import { atLeast } from './version';

/** A credential marketplace-restserver needs to agree on with marketplace-db. */
export interface CredentialField {
  /** What it is, for messages. */
  label: 'user' | 'password' | 'database' | 'port';
  restserverKey: string;
  dbKey: string;
  /** marketplace-db's default (also the restserver's own default on v1.4/1.5). */
  fallback: string | number;
}

export const DB_SECTION = 'marketplace-db';
export const RESTSERVER_SECTION = 'marketplace-restserver';

export const CREDENTIAL_FIELDS: readonly CredentialField[] = [
  { label: 'user', restserverKey: 'db_user', dbKey: 'user', fallback: 'user' },
  { label: 'password', restserverKey: 'db_password', dbKey: 'passwd', fallback: 'passwd' },
  { label: 'database', restserverKey: 'db', dbKey: 'db', fallback: 'marketplace' },
  { label: 'port', restserverKey: 'db_port', dbKey: 'port', fallback: 9291 },
];

/** Where an effective value comes from. */
export type ValueSource = 'written' | 'db-fallback' | 'default';

export interface EffectiveValue {
  value: string | number;
  source: ValueSource;
  /** The key path when written. */
  path?: YamlPath;
  node?: ParsedNode | null;
}

export interface CredentialPair {
  field: CredentialField;
  db: EffectiveValue;
  restserver: EffectiveValue;
}

function scalar(v: unknown): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

/**
 * The values each service will use, defaults and version fallbacks applied (facts §2.1, §2.2).
 * A field is left out when either side is written as something other than a string or number
 * (null, a list, ...): other rules report those.
 */
export function credentialPairs(ctx: RuleContext): CredentialPair[] {
  const doc = ctx.doc;
  const out: CredentialPair[] = [];
  for (const field of CREDENTIAL_FIELDS) {
    const dbPath = [DB_SECTION, field.dbKey];
    const rsPath = [RESTSERVER_SECTION, field.restserverKey];
    let db: EffectiveValue = { value: field.fallback, source: 'default' };
    if (doc.has(dbPath)) {
      const v = doc.valueAt(dbPath);
      if (!scalar(v)) { continue; }
      db = { value: v, source: 'written', path: dbPath, node: doc.locate(dbPath)?.written };
    }
    let restserver: EffectiveValue;
    if (doc.has(rsPath)) {
      const v = doc.valueAt(rsPath);
      if (!scalar(v)) { continue; }
      restserver = { value: v, source: 'written', path: rsPath, node: doc.locate(rsPath)?.written };
    } else if (atLeast(ctx.version, '1.6')) {
      restserver = { ...db, source: 'db-fallback' };
    } else {
      restserver = { value: field.fallback, source: 'default' };
    }
    out.push({ field, db, restserver });
  }
  return out;
}

/** Whether the two sides render the same text into the containers' environment. */
export function sameCredential(a: string | number, b: string | number): boolean {
  return String(a) === String(b);
}
