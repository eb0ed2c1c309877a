import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { isSecretKey, MASK, Secrets } from '../../../src/core/secret';
import { yaml } from '../helpers';

describe('secret: what reports hide', () => {
  it('knows keys that name a password, token or key, and not their names or paths', () => {
    for (const k of ['passwd', 'db_password', 'default-pai-admin-password', 'password', 'api-token', 'AccountKey', 'access_key', 'secret', 'github-token']) {
      assert.ok(isSecretKey(k), k);
    }
    for (const k of ['key_name', 'key_path', 'secret-name', 'crt_name', 'user', 'db', 'monkey', 'keyboard', 'token_path']) {
      assert.ok(!isSecretKey(k), k);
    }
  });

  it('masks every secret of the file as value, source and raw text, AccountKey=… anywhere, and not the public default', () => {
    const text = yaml(
      'marketplace-db:', '  passwd: "s3cr\\x65t-1"', 'marketplace-restserver:', '  db_password: passwd',
      '  azure_storage:', '    connection_strings: ["DefaultEndpointsProtocol=https;AccountName=a;AccountKey=QUJD+ZA==;EndpointSuffix=x"]',
      'cluster:', '  docker-registry:', '    password: 123456', 'other:', '  url: https://bob:hunter2@example.com/x',
    );
    const doc = new ParsedDocument(text);
    const secrets = new Secrets(text, doc.root);
    assert.equal(secrets.mask('value s3cret-1, written "s3cr\\x65t-1"'), `value ${MASK}, written ${MASK}`);
    assert.equal(secrets.mask('`marketplace-db.passwd: passwd` is the default'), '`marketplace-db.passwd: passwd` is the default');
    assert.equal(secrets.mask('port 1234567 and 123456'), `port 1234567 and ${MASK}`);
    assert.equal(secrets.mask('x;AccountKey=QUJD+ZA==;y'), `x;AccountKey=${MASK};y`);
    assert.equal(secrets.mask('see https://bob:hunter2@example.com/x'), `see https://bob:${MASK}@example.com/x`);
    assert.ok(secrets.carried("'s3cret-1'"));
    assert.ok(!secrets.carried("'true'"));
  });
});
