import * as assert from 'node:assert/strict';
import { explain, MASK } from '../../../../src/core/effective';
import { layoutWithMaster, yaml } from '../../helpers';
import { explainFolder } from './helpers';

const withLayout = (n: string) => n === 'layout.yaml' ? layoutWithMaster('192.168.1.10') : undefined;

describe('effective configuration: computed values', () => {
  it('db_host is the master hostip when absent, pointing at layout.yaml', () => {
    const host = explainFolder('v1.5-own-defaults').services['marketplace-restserver'].db_host;
    assert.equal(host.value, '10.0.0.1');
    assert.equal(host.origin.kind, 'computed');
    assert.match(host.origin.from ?? '', /layout\.yaml line 28/);
  });

  it('db_host as written wins', () => {
    const host = explainFolder('v1.6-fallbacks').services['marketplace-restserver'].db_host;
    assert.deepEqual(host.origin, { kind: 'file', line: 28, from: 'marketplace-restserver.db_host' });
  });

  it('uri is http://<master>:<server-port>, a written uri is overwritten', () => {
    const text = yaml('marketplace-restserver:', '  server-port: 9400', '  uri: http://elsewhere:1', 'marketplace-webportal:', '  server-port: 9500');
    const r = explain(text, { paiVersion: '1.8', readSibling: withLayout });
    assert.equal(r.services['marketplace-restserver'].uri.value, 'http://192.168.1.10:9400');
    assert.match(r.services['marketplace-restserver'].uri.origin.from ?? '', /line 3 is overwritten/);
    assert.equal(r.services['marketplace-webportal'].uri.value, 'http://192.168.1.10:9500');
  });

  it('a nested azure_storage replaces the default whole (shallow merge)', () => {
    const storage = explainFolder('v1.5-own-defaults', { showSecrets: true }).services['marketplace-restserver'];
    assert.deepEqual(storage.azure_storage.value, { connection_strings: ['DefaultEndpointsProtocol=https;AccountName=mp;AccountKey=abc=='] });
    assert.match(storage.azure_storage.origin.from ?? '', /replaces the default mapping whole/);
    assert.equal(storage.azure_storage_json.value, '{"connection_strings": ["DefaultEndpointsProtocol=https;AccountName=mp;AccountKey=abc=="]}');
  });

  it('the default azure_storage differs by version', () => {
    const v15 = explain('', { paiVersion: '1.5' }).services['marketplace-restserver'].azure_storage.value;
    const v16 = explain('', { paiVersion: '1.6' }).services['marketplace-restserver'].azure_storage.value;
    assert.deepEqual(v15, { type: 'blob', storage_account: 'openpaimarketplace', connection_strings: ['<connection_string>'] });
    assert.deepEqual(v16, { type: 'blob', storage_account: 'openpaimarketplace', connection_strings: [] });
  });

  it('without a master, computed values are null and say why', () => {
    const r = explain(yaml('marketplace-db:', '  user: u'), { paiVersion: '1.6', readSibling: () => undefined });
    assert.equal(r.services['marketplace-db'].host.value, null);
    assert.match(r.services['marketplace-db'].host.origin.from ?? '', /layout\.yaml not found/);
  });

  it('masks passwords and connection strings unless asked', () => {
    const masked = explainFolder('v1.5-own-defaults');
    const text = JSON.stringify(masked);
    assert.ok(!text.includes('Secret42pw'), 'marketplace-db.passwd leaked');
    assert.ok(!text.includes('AccountKey'), 'a connection string leaked');
    assert.equal(masked.services['marketplace-db'].passwd.value, MASK);
    assert.equal(masked.services['marketplace-db']['connection-str'].value, MASK);
    assert.equal(masked.services['marketplace-restserver'].db_password.value, MASK);
    const shown = explainFolder('v1.5-own-defaults', { showSecrets: true });
    assert.equal(shown.services['marketplace-db'].passwd.value, 'Secret42pw');
    assert.equal(shown.services['marketplace-db']['connection-str'].value, 'postgresql://mpuser:Secret42pw@10.0.0.1:9291/marketplace');
  });

  it('never throws on text that is not a config', () => {
    for (const text of ['', '- a\n- b\n', 'marketplace-db:\n', 'pylon: [1\n', 'marketplace-restserver: 3\n']) {
      assert.doesNotThrow(() => explain(text, { readSibling: withLayout }), text);
    }
  });
});

describe('effective configuration: values as PyYAML constructs them', () => {
  it('hex, base-60 floats, infinities and explicit tags (python3 -c "import yaml" agrees on each)', () => {
    const text = yaml('marketplace-db:', '  port: 0x2453', '  user: !!str 123', '  db: 1:30.5', '  data-path: -.Inf');
    const db = explain(text, { paiVersion: '1.8' }).services['marketplace-db'];
    assert.deepEqual([db.port.value, db.user.value, db.db.value, db['data-path'].value], [9299, '123', 90.5, -Infinity]);
  });
});
