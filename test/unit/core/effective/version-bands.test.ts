import * as assert from 'node:assert/strict';
import { explain } from '../../../../src/core/effective';
import { layoutWithMaster, yaml } from '../../helpers';
import { explainFolder } from './helpers';

describe('effective configuration: the version bands', () => {
  it('v1.5: the restserver keeps its own db defaults, not marketplace-db\'s', () => {
    const r = explainFolder('v1.5-own-defaults', { showSecrets: true });
    assert.equal(r.paiVersion, '1.5');
    const rs = r.services['marketplace-restserver'];
    assert.deepEqual(rs.db_user, { value: 'user', origin: { kind: 'default', from: 'src/marketplace-restserver/config/marketplace-restserver.yaml at v1.5.0' } });
    assert.equal(rs.db_password.value, 'passwd');
    assert.equal(rs.db_port.value, 9291);
    assert.deepEqual(r.services['marketplace-db'].user, { value: 'mpuser', origin: { kind: 'file', line: 25, from: 'marketplace-db.user' } });
  });

  it('v1.5: the default marketplace_api_uri is http://<master>:<api-port>/api', () => {
    const api = explainFolder('v1.5-own-defaults').services['marketplace-webportal'].marketplace_api_uri;
    assert.equal(api.value, 'http://10.0.0.1:9292/api');
    assert.equal(api.origin.kind, 'computed');
    assert.match(api.origin.from ?? '', /api-port.*\/api/);
  });

  it('v1.4 the same as v1.5 (--pai-version 1.4)', () => {
    const r = explainFolder('v1.5-own-defaults', { paiVersion: '1.4' });
    assert.equal(r.paiVersion, '1.4');
    assert.equal(r.services['marketplace-restserver'].db_user.value, 'user');
    assert.equal(r.services['marketplace-webportal'].marketplace_api_uri.value, 'http://10.0.0.1:9292/api');
    assert.equal(r.services.webportal.marketplace, undefined, 'webportal.marketplace is v1.6+');
  });

  it('v1.6: absent db keys fall back to marketplace-db\'s values, pointing at their lines', () => {
    const r = explainFolder('v1.6-fallbacks', { showSecrets: true });
    assert.equal(r.paiVersion, '1.6');
    assert.equal(r.versionSource, 'config.yaml');
    const rs = r.services['marketplace-restserver'];
    assert.equal(rs.db_user.value, 'marketplace');
    assert.deepEqual(rs.db_user.origin.kind, 'file');
    assert.equal(rs.db_user.origin.line, 22);
    assert.match(rs.db_user.origin.from ?? '', /^marketplace-db\.user: the template's fallback/);
    assert.equal(rs.db_password.value, 'Kx7pQ2mN9vR4');
    assert.equal(rs.db.value, 'mpdb');
    assert.equal(rs.db_port.value, 9391);
  });

  it('v1.6: the same folder read as v1.5 gives the restserver\'s own defaults instead', () => {
    const rs = explainFolder('v1.6-fallbacks', { paiVersion: '1.5' }).services['marketplace-restserver'];
    assert.equal(rs.db_user.value, 'user');
    assert.equal(rs.db_port.value, 9291);
    assert.equal(rs.idp_url, undefined, 'IDP_URL is v1.6+');
  });

  it('v1.6: the default API URI is pylon\'s uri (with its port) + /marketplace/api', () => {
    const r = explainFolder('v1.6-fallbacks');
    assert.equal(r.services['marketplace-webportal'].marketplace_api_uri.value, 'http://10.0.0.1:8080/marketplace/api');
    assert.equal(r.services.pylon.uri.value, 'http://10.0.0.1:8080');
  });

  it('v1.6: idp_url falls back to rest-server\'s uri', () => {
    const idp = explainFolder('v1.6-fallbacks').services['marketplace-restserver'].idp_url;
    assert.equal(idp.value, 'http://10.0.0.1:9186');
    assert.equal(idp.origin.kind, 'computed');
  });

  it('v1.8: uri-https carries ssl.port, and the webportal adds the Marketplace plugin first', () => {
    const r = explainFolder('v1.8-https');
    assert.equal(r.services.pylon['uri-https'].value, 'https://pai.example.com:8443');
    assert.equal(r.services['marketplace-webportal'].marketplace_api_uri.value, 'https://pai.example.com:8443/marketplace/api');
    assert.deepEqual(r.services.webportal.plugins.value, [
      { id: 'marketplace', title: 'Marketplace', uri: 'https://pai.example.com:8443/marketplace/plugin.js' },
      { id: 'tensorboard', title: 'TensorBoard', uri: '/scripts/plugins/tensorboard.bundle.js?mode=full%20view' },
    ]);
  });

  it('v1.7: uri-https has no port (ssl.port is v1.8+)', () => {
    assert.equal(explainFolder('v1.8-https', { paiVersion: '1.7' }).services.pylon['uri-https'].value, 'https://pai.example.com');
  });

  it('reads plain scalars as PyYAML does: passwd: yes is the boolean True', () => {
    const r = explainFolder('v1.8-https', { showSecrets: true });
    assert.equal(r.services['marketplace-db'].passwd.value, true);
    assert.equal(r.services['marketplace-db']['connection-str'].value, 'postgresql://user:True@10.0.0.1:9291/marketplace');
  });

  it('no Marketplace plugin is added while the switch is not the string "true"', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: true', '  docker-registry:', '    tag: v1.6.0');
    const r = explain(text, { readSibling: n => n === 'layout.yaml' ? layoutWithMaster() : undefined });
    assert.deepEqual(r.services.webportal.plugins.value, []);
    assert.equal(r.services.cluster['common.marketplace'].value, true);
    assert.equal(r.services.pylon.MARKETPLACE_API_URI.value, null);
  });
});
