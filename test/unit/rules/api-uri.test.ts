import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const SSL = ['pylon:', '  ssl:', '    crt_name: c.crt', '    crt_path: /p/c.crt', '    key_name: c.key', '    key_path: /p/c.key'];

describe('api-uri', () => {
  describe('absent', () => {
    const text = yaml(...ON, 'marketplace-webportal:', '  server-port: 9293  # plugin', 'rest-server: {}');
    it('v1.4: errors at the section, names the broken default, inserts the pylon URI', () => {
      const [f, ...rest] = findings(text, 'api-uri', { files, paiVersion: '1.4' });
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'error');
      assert.equal(textAt(text, f.range), 'marketplace-webportal');
      assert.match(said(f), /`http:\/\/10\.0\.0\.1:9292\/api`/);
      assert.match(said(f), /404/);
      const fixed = assertFixResolves(text, 'api-uri', { files, paiVersion: '1.4' });
      assert.equal(fixed, text.replace('# plugin\n', '# plugin\n  marketplace_api_uri: http://10.0.0.1/marketplace/api\n'));
    });
    it('v1.5 with the marketplace off: the direct URI, and the section is created when missing', () => {
      const off = yaml('cluster:', '  common:', '    cluster-id: pai', 'marketplace-db:', '  user: u');
      const [f] = findings(off, 'api-uri', { files, paiVersion: '1.5' });
      assert.equal(textAt(off, f.range), 'marketplace-db');
      const fixed = assertFixResolves(off, 'api-uri', { files, paiVersion: '1.5' });
      assert.equal(fixed, `${off}marketplace-webportal:\n  marketplace_api_uri: http://10.0.0.1:9292\n`);
    });
    it('v1.4 without layout.yaml: still an error, with the shapes and no guessed fix', () => {
      const [f] = findings(text, 'api-uri', { paiVersion: '1.4' });
      assert.equal(f.fixes.length, 0);
      assert.match(said(f), /https:\/\/<host>\/marketplace\/api/);
    });
    it('is silent on v1.6+ (derived) and when the marketplace is not used', () => {
      assert.deepEqual(findings(text, 'api-uri', { files, paiVersion: '1.6' }), []);
      assert.deepEqual(findings(yaml('rest-server: {}'), 'api-uri', { files, paiVersion: '1.4' }), []);
    });
  });

  it('a direct URI with /api: error on the value, fix keeps the quotes', () => {
    const text = yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri: "http://10.0.0.1:9292/api"  # seed doc');
    const [f] = findings(text, 'api-uri', { files });
    assert.equal(textAt(text, f.range), '"http://10.0.0.1:9292/api"');
    assert.match(said(f), /`\/api`, a path marketplace-restserver does not serve/);
    assert.equal(assertFixResolves(text, 'api-uri', { files }), text.replace('9292/api"', '9292"'));
  });
  it('a trailing slash without layout.yaml: the host is kept, the slash removed', () => {
    const text = yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri: http://pai.example.com/marketplace/api/');
    const [f] = findings(text, 'api-uri');
    assert.match(said(f), /\/\/items/);
    assert.equal(assertFixResolves(text, 'api-uri'), text.replace('api/\n', 'api\n'));
  });
  it('the pylon form while the marketplace is off: 404, fix to the direct URI, related to the switch', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'false'", 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1/marketplace/api');
    const [f] = findings(text, 'api-uri', { files });
    assert.match(f.message, /no \/marketplace routes/);
    assert.equal(textAt(text, f.related[0].range), 'marketplace');
    assert.equal(assertFixResolves(text, 'api-uri', { files }), text.replace('http://10.0.0.1/marketplace/api', 'http://10.0.0.1:9292'));
  });
  it('another host: related to pylon.domain, or to the master in layout.yaml', () => {
    const withDomain = yaml(...ON, 'pylon:', '  domain: pai.example.com', 'marketplace-webportal:', "  marketplace_api_uri: 'http://other.example.com/marketplace/api'");
    const [d] = findings(withDomain, 'api-uri', { files });
    assert.equal(d.severity, 'info', 'another host may be a proxy the tool cannot see');
    assert.ok(d.fixes.every(x => !x.preferred));
    assert.deepEqual(d.related.map(r => [r.file, textAt(withDomain, r.range)]), [['/cluster/services-configuration.yaml', 'domain']]);
    assert.equal(assertFixResolves(withDomain, 'api-uri', { files }), withDomain.replace('other.example.com', 'pai.example.com'));
    const viaLayout = yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.9/marketplace/api');
    const [l] = findings(viaLayout, 'api-uri', { files });
    assert.equal(l.related[0].file, '/cluster/layout.yaml');
    assert.equal(textAt(files['layout.yaml'], l.related[0].range), '10.0.0.1');
  });
  it('a NodePort on the master (a working custom setup): a warning, the rewrite only a choice', () => {
    const text = yaml('cluster:', '  common:', '    cluster-type: k8s', 'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80',
      'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1:32767');
    const [f] = findings(text, 'api-uri', { files, paiVersion: '1.5' });
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /port 32767/);
    assert.match(said(f), /cannot check/);
    assert.deepEqual(f.fixes.map(x => [x.title, x.preferred === true]), [['Set marketplace_api_uri: http://10.0.0.1:9292', false]]);
  });
  it('the master IP through pylon while pylon.domain is set: a warning on http', () => {
    const text = yaml(...ON, 'pylon:', '  domain: pai.example.com', 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1/marketplace/api');
    const [f] = findings(text, 'api-uri', { files });
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.data, { expected: 'http://pai.example.com/marketplace/api' });
  });
  it('an empty value: error at the key, fix writes the URI', () => {
    const text = yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri:', '  server-port: 9293');
    const [f] = findings(text, 'api-uri', { files, paiVersion: '1.4' });
    assert.equal(textAt(text, f.range), 'marketplace_api_uri');
    assert.equal(assertFixResolves(text, 'api-uri', { files, paiVersion: '1.4' }), text.replace('uri:\n', 'uri: http://10.0.0.1/marketplace/api\n'));
  });
  it('is silent for the valid forms, for placeholders and for http on https (mixed-content)', () => {
    const ok = (uri: string, ...extra: string[]) => findings(yaml(...ON, ...extra, 'marketplace-webportal:', `  marketplace_api_uri: ${uri}`), 'api-uri', { files });
    assert.deepEqual(ok('http://10.0.0.1/marketplace/api'), []);
    assert.deepEqual(ok('http://10.0.0.1:9292'), []);
    assert.deepEqual(ok('https://pai.example.com/marketplace/api', ...SSL, '  domain: pai.example.com'), []);
    assert.deepEqual(ok('https://<openpai cluster>/marketplace/api', ...SSL), []);
    assert.deepEqual(ok('http://10.0.0.1:9292', ...SSL), []);
  });
});
