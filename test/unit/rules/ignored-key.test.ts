import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('ignored-key', () => {
  it('flags uri/host set by hand and removes the line', () => {
    const text = yaml('marketplace-restserver:', '  server-port: 9292', '  uri: http://10.0.0.9:9292  # mine', '  db_user: mp', 'marketplace-db:', '  host: 10.0.0.9');
    const found = findings(text, 'ignored-key');
    assert.deepEqual(found.map(f => textAt(text, f.range)), ['uri', 'host']);
    assert.ok(found.every(f => f.severity === 'warning'));
    assert.match(said(found[0]), /`marketplace-restserver\.uri` has no effect.*\npaictl computes `uri`.*overwrites/);
    assert.equal(assertFixResolves(text, 'ignored-key'), text.replace('  uri: http://10.0.0.9:9292  # mine\n', ''));
  });
  it('leaves {} when it removes the only key of a section', () => {
    const text = yaml('marketplace-webportal:', '  uri: http://x:9293', 'rest-server: {}');
    assert.equal(assertFixResolves(text, 'ignored-key'), yaml('marketplace-webportal: {}', 'rest-server: {}'));
  });
  it('knows the version bands of api-port and idp_url', () => {
    const apiPort = yaml('marketplace-webportal:', '  api-port: 9300', '  server-port: 9293');
    assert.equal(findings(apiPort, 'ignored-key', { paiVersion: '1.6' }).length, 1);
    assert.deepEqual(findings(apiPort, 'ignored-key', { paiVersion: '1.5' }), []);
    const withUri = yaml('marketplace-webportal:', '  api-port: 9300', '  marketplace_api_uri: http://10.0.0.1:9300');
    assert.match(findings(withUri, 'ignored-key', { paiVersion: '1.4' })[0].detail ?? '', /which is set here/);
    const idp = yaml('marketplace-restserver:', '  idp_url: http://10.0.0.1:9186');
    assert.equal(findings(idp, 'ignored-key', { paiVersion: '1.4' }).length, 1);
    assert.deepEqual(findings(idp, 'ignored-key', { paiVersion: '1.6' }), []);
  });
  it('offers no fix inside a flow mapping', () => {
    const [f] = findings(yaml('marketplace-db: {host: x, user: mp}'), 'ignored-key');
    assert.deepEqual(f.fixes, []);
  });
});
