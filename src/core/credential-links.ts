/**
 * The database credentials as linked pairs in the text: `marketplace-db.user` with
 * `marketplace-restserver.db_user`, and so on. Go to Definition jumps between the two sides, and
 * Rename changes both, so they keep lining up.
 */
import { isScalar, type ParsedNode } from 'yaml';
import { CREDENTIAL_FIELDS, DB_SECTION, RESTSERVER_SECTION, type CredentialField } from './credentials';
import type { ParsedDocument, YamlPath } from './document';
import type { Range, TextEdit } from './finding';
import { newScalarText, quoteString, setKey } from './fix';
import { atLeast, type PaiVersion } from './version';

export interface CredentialAt {
  field: CredentialField;
  side: 'db' | 'restserver';
  path: YamlPath;
  partnerPath: YamlPath;
  /** Where the cursor is: on the key or on the value. */
  on: 'key' | 'value';
  /** The value as written (its range and text), when it is a scalar. */
  value?: { range: Range; text: string; plain: string };
}

function pathsOf(field: CredentialField): { db: YamlPath; restserver: YamlPath } {
  return { db: [DB_SECTION, field.dbKey], restserver: [RESTSERVER_SECTION, field.restserverKey] };
}

function within(node: ParsedNode | null | undefined, offset: number): boolean {
  return !!node?.range && offset >= node.range[0] && offset <= node.range[1];
}

/** The credential whose key or value holds `offset`, if any. */
export function credentialAt(doc: ParsedDocument, offset: number): CredentialAt | undefined {
  for (const field of CREDENTIAL_FIELDS) {
    const paths = pathsOf(field);
    for (const side of ['db', 'restserver'] as const) {
      const path = paths[side];
      const loc = doc.locate(path);
      if (!loc?.pair) { continue; }
      const key = loc.pair.key as ParsedNode | null;
      const written = loc.written;
      const on = within(key, offset) ? 'key' : within(written, offset) ? 'value' : undefined;
      if (!on) { continue; }
      const offsets = isScalar(written) ? doc.nodeOffsets(written) : undefined;
      const value = offsets && isScalar(written) && written.value !== null
        // A plain value is offered as written (`no`, not the `false` PyYAML reads); a quoted one without its quotes.
        ? { range: doc.range(offsets[0], offsets[1]), text: doc.text.slice(offsets[0], offsets[1]), plain: written.type === 'PLAIN' ? doc.text.slice(offsets[0], offsets[1]) : String(written.value) }
        : undefined;
      return { field, side, path, partnerPath: side === 'db' ? paths.restserver : paths.db, on, ...(value ? { value } : {}) };
    }
  }
  return undefined;
}

/** The other side's value (or key, when it has no scalar value): where Go to Definition goes. */
export function partnerRange(doc: ParsedDocument, at: CredentialAt): Range | undefined {
  if (!doc.has(at.partnerPath)) { return undefined; }
  return doc.valueRange(at.partnerPath);
}

/** The new value as this node writes it: digits stay a plain number for ports, quotes stay quotes. */
function valueText(doc: ParsedDocument, path: YamlPath, field: CredentialField, value: string): string {
  const written = doc.locate(path)?.written;
  if (field.label === 'port' && /^\d+$/.test(value)) { return value; }
  if (isScalar(written) && (written.type === 'QUOTE_SINGLE' || written.type === 'QUOTE_DOUBLE')) {
    return quoteString(value, written.type === 'QUOTE_SINGLE' ? 'single' : 'double');
  }
  return newScalarText(doc, value); // quoted where YAML would read something else (a number, a boolean)
}

/**
 * Edits that set this credential to `value` on both sides. The other side is written too when it
 * is absent, except where paictl already falls back to marketplace-db's value (v1.6+, renaming on
 * the db side).
 */
export function renameCredentialEdits(doc: ParsedDocument, version: PaiVersion, at: CredentialAt, value: string): TextEdit[] {
  const edits = [setKey(doc, at.path, valueText(doc, at.path, at.field, value))];
  const partnerWritten = doc.has(at.partnerPath);
  const fallsBack = at.side === 'db' && atLeast(version, '1.6');
  if (partnerWritten || !fallsBack) {
    edits.push(setKey(doc, at.partnerPath, valueText(doc, at.partnerPath, at.field, value)));
  }
  return edits;
}
