import * as assert from 'node:assert/strict';
import { credentialAt, partnerRange, renameCredentialEdits } from '../../../src/core/credential-links';
import { ParsedDocument } from '../../../src/core/document';
import { applyEdits } from '../../../src/core/fix';
import { findings, textAt, yaml } from '../helpers';

/** The credential at the `|` (removed before parsing). */
function at(text: string) {
  const offset = text.indexOf('|');
  const doc = new ParsedDocument(text.slice(0, offset) + text.slice(offset + 1), '/c/services-configuration.yaml');
  return { doc, found: credentialAt(doc, offset) };
}

const BOTH = yaml('marketplace-db:', '  user: mp', "  passwd: 'Old-Secret-1'  # keep", '  port: 9291',
  'marketplace-restserver:', '  db_user: mp', '  db_password: "Old-Secret-1"', '  db_port: 9291');

describe('core credential-links', () => {
  it('finds the credential under the cursor, on its key or its value, with the other side', () => {
    const { found } = at(BOTH.replace('db_password: "Old', 'db_password: "O|ld'));
    assert.deepEqual([found?.field.label, found?.side, found?.on, found?.partnerPath], ['password', 'restserver', 'value', ['marketplace-db', 'passwd']]);
    assert.deepEqual(found?.value && [found.value.text, found.value.plain], ['"Old-Secret-1"', 'Old-Secret-1']);
    assert.equal(at(BOTH.replace('  us', '  u|s')).found?.on, 'key');
    assert.equal(at(BOTH.replace('marketplace-db:', 'market|place-db:')).found, undefined);
  });

  it('Go to Definition lands on the other side\'s value', () => {
    const { doc, found } = at(BOTH.replace('db_user: mp', 'db_user: m|p'));
    assert.equal(textAt(doc.text, partnerRange(doc, found!)!), 'mp');
    const alone = at(yaml('marketplace-db:', '  user: m|p'));
    assert.equal(partnerRange(alone.doc, alone.found!), undefined);
  });

  it('renames both sides, each keeping its quotes and the comment, and leaves them lined up', () => {
    const { doc, found } = at(BOTH.replace("passwd: 'Old", "passwd: 'O|ld"));
    const after = applyEdits(doc.text, renameCredentialEdits(doc, '1.8', found!, 'New-Secret-2'));
    assert.equal(after, BOTH.replace("'Old-Secret-1'", "'New-Secret-2'").replace('"Old-Secret-1"', '"New-Secret-2"'));
    assert.deepEqual(findings(after, 'db-credentials'), []);
  });

  it('writes the other side when it is absent, except where paictl falls back to marketplace-db (v1.6+)', () => {
    const dbOnly = yaml('marketplace-db:', '  user: m|p', 'marketplace-restserver:', '  server-port: 9292');
    const v18 = at(dbOnly);
    assert.equal(renameCredentialEdits(v18.doc, '1.8', v18.found!, 'admin').length, 1);
    const after = applyEdits(v18.doc.text, renameCredentialEdits(v18.doc, '1.5', v18.found!, 'admin'));
    assert.equal(after, yaml('marketplace-db:', '  user: admin', 'marketplace-restserver:', '  server-port: 9292', '  db_user: admin'));
    assert.deepEqual(findings(after, 'db-credentials', { paiVersion: '1.5' }), []);
  });

  it('keeps a port a number and quotes a text YAML would read as something else', () => {
    const port = at(BOTH.replace('db_port: 9291', 'db_port: 92|91'));
    assert.equal(applyEdits(port.doc.text, renameCredentialEdits(port.doc, '1.8', port.found!, '5432')), BOTH.replace(/9291/g, '5432'));
    const user = at(BOTH.replace('  user: mp', '  user: m|p'));
    assert.match(applyEdits(user.doc.text, renameCredentialEdits(user.doc, '1.8', user.found!, 'yes')), /^ {2}user: 'yes'$/m);
  });
});
