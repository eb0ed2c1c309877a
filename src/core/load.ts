import type { ParsedDocument } from './document';

/**
 * Whether PyYAML fails to load the text, so paictl reads nothing from it and does nothing. Every
 * syntax error counts except a duplicate key, which PyYAML accepts (the last value wins).
 */
export function pyyamlLoadFails(doc: ParsedDocument): boolean {
  return doc.problems.some(p => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
}
