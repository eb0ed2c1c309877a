import * as assert from 'node:assert/strict';
import { findings, textAt, yaml, said } from '../helpers';

describe('legacy-format', () => {
  it('flags a file without rest-server at the first marketplace section, with no fix', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-db:', '  user: mp', 'marketplace-webportal: {}');
    const [f, ...rest] = findings(text, 'legacy-format');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /Without a `rest-server` section/);
    assert.match(said(f), /marketplace sections are dropped/);
    assert.match(said(f), /config pull -o <dir>/);
    assert.deepEqual(f.fixes, []);
  });
  it('places at the switch when only the switch is there', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'");
    const [f] = findings(text, 'legacy-format');
    assert.equal(textAt(text, f.range), 'marketplace');
  });
  it('flags a hadoop section even with rest-server, pointing at it', () => {
    const text = yaml('hadoop:', '  custom-hadoop-binary-path: /x', 'rest-server: {}', 'marketplace-db: {}');
    const [f] = findings(text, 'legacy-format', { fileName: '/c/services-configuration.yaml' });
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /top-level `hadoop` section/);
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0].file, '/c/services-configuration.yaml');
    assert.equal(textAt(text, f.related[0].range), 'hadoop');
  });
  it('says the conversion also drops cluster.common (switch, cluster-id) and resets the stored cluster id to pai', () => {
    // A marketplace-only snippet in the current shape, as people paste from the deployment doc.
    const text = yaml(
      'cluster:', '  common:', '    cluster-id: prod-gpu', '    cluster-type: k8s', "    marketplace: 'true'",
      '  docker-registry:', '    namespace: openpai', '    domain: docker.io', '    tag: v1.8.0',
      'marketplace-db:', '  user: mp', '  passwd: mp-Secret-42',
      'marketplace-webportal:', '  marketplace_api_uri: https://pai.example.com/marketplace/api');
    const [f] = findings(text, 'legacy-format');
    assert.match(said(f), /`cluster\.common`/);
    assert.match(said(f), /`cluster\.common\.marketplace`/);
    assert.match(said(f), /cluster id.*`pai`/);
  });
  it('a real legacy file: `restserver` (converted to rest-server) is not called an unknown key by schema', () => {
    const text = yaml(
      'cluster:', '  cluster-id: pai-legacy', '  docker-registry-info:', '    docker-namespace: openpai', '    docker-tag: v0.14.0',
      'restserver:', '  server-port: 9186', '  default-pai-admin-username: admin',
      'webportal:', '  server-port: 9286',
      'marketplace-db:', '  user: mp');
    const [legacy] = findings(text, 'legacy-format');
    assert.match(said(legacy), /old `cluster\.cluster-id` is carried over/);
    const schema = findings(text, 'schema');
    assert.deepEqual(schema.filter(x => /`restserver`/.test(x.message)), [], JSON.stringify(schema.map(x => x.message)));
  });
  it('is silent with rest-server (even empty), and without marketplace config', () => {
    assert.deepEqual(findings(yaml('rest-server: {}', 'marketplace-db: {}'), 'legacy-format'), []);
    assert.deepEqual(findings(yaml('rest-server:', 'marketplace-db: {}'), 'legacy-format'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-id: pai'), 'legacy-format'), []);
  });
});
