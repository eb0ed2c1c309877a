import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { textAt } from '../helpers';

describe('ParsedDocument', () => {
  const text = 'base: &b\n  user: x # c\ncluster:\n  common:\n    marketplace: true\nmarketplace-db:\n  <<: *b\n  port: 9291\nlist:\n- a\n- b: 1\n';
  const doc = new ParsedDocument(text);
  it('applies merge keys in the value and follows them for ranges', () => {
    assert.deepEqual(doc.valueAt(['marketplace-db']), { user: 'x', port: 9291 });
    assert.equal(textAt(text, doc.valueRange(['marketplace-db', 'user'])), 'x');
  });
  it('places keys and values exactly, and falls back to the nearest ancestor key', () => {
    assert.equal(textAt(text, doc.keyRange(['cluster', 'common', 'marketplace'])), 'marketplace');
    assert.equal(textAt(text, doc.valueRange(['cluster', 'common', 'marketplace'])), 'true');
    assert.equal(textAt(text, doc.keyRange(['marketplace-db', 'missing'])), 'marketplace-db');
    assert.equal(textAt(text, doc.valueRange(['list', 1, 'b'])), '1');
  });
  it('reports duplicate keys and extra documents', () => {
    const d = new ParsedDocument('a: 1\na: 2\n---\nb: 1\n');
    assert.deepEqual(d.problems.map(p => p.code), ['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'PYYAML']);
    assert.deepEqual({ kind: d.pyyaml?.kind, line: d.positionAt(d.pyyaml?.start ?? 0).line }, { kind: 'documents', line: 2 });
  });
  it('bounds alias expansion instead of hanging', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) { lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`); }
    const d = new ParsedDocument(lines.join('\n'));
    assert.equal(d.value, undefined);
    assert.ok(d.problems.some(p => p.code === 'ALIAS_LIMIT'));
  });
  it('maps offsets and positions both ways', () => {
    const p = doc.positionAt(text.indexOf('marketplace:'));
    assert.deepEqual(p, { line: 4, character: 4 });
    assert.equal(doc.offsetAt(p), text.indexOf('marketplace:'));
  });
});
