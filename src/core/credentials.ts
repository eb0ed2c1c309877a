import type { ParsedNode } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import { pyValueOf, rendered } from './pyyaml';
import type { RuleContext } from './rule';
import { DB_SECTION, RESTSERVER_SECTION } from './sections';
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

export { DB_SECTION, RESTSERVER_SECTION };

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
  /** What paictl writes into the container's environment: Python 2's `str()` of the value PyYAML read (`0123` is `83`, `yes` is `True`). */
  text: string;
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

/**
 * A credential as written: its value and the text paictl renders from it, or undefined when it is
 * not a single value PyYAML reads as text, a number or a boolean (null, a list, ...).
 */
export function writtenCredential(doc: ParsedDocument, path: YamlPath): EffectiveValue | undefined {
  const loc = doc.locate(path);
  const py = pyValueOf(loc?.node);
  if (!loc || !py || py.kind === 'null' || py.kind === 'invalid') { return undefined; }
  const text = rendered(py);
  const value = py.kind === 'int' && Number.isSafeInteger(Number(py.value)) ? Number(py.value) : text;
  return { value, text, source: 'written', path, node: loc.written };
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
    const fallback: EffectiveValue = { value: field.fallback, text: String(field.fallback), source: 'default' };
    let db = fallback;
    if (doc.has(dbPath)) {
      const written = writtenCredential(doc, dbPath);
      if (!written) { continue; }
      db = written;
    }
    let restserver: EffectiveValue;
    if (doc.has(rsPath)) {
      const written = writtenCredential(doc, rsPath);
      if (!written) { continue; }
      restserver = written;
    } else if (atLeast(ctx.version, '1.6')) {
      restserver = { ...db, source: 'db-fallback' };
    } else {
      restserver = fallback;
    }
    out.push({ field, db, restserver });
  }
  return out;
}

/** Whether the two sides render the same text into the containers' environment. */
export function sameCredential(a: EffectiveValue, b: EffectiveValue): boolean {
  return a.text === b.text;
}
