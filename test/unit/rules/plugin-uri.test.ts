import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const OFF = ['cluster:', '  common:', '    cluster-id: pai'];
const SSL = ['pylon:', '  ssl:', '    crt_name: c.crt', '    crt_path: /p/c.crt', '    key_name: c.key', '    key_path: /p/c.key'];
const entry = (uri: string, ...head: string[]) => [...head, 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', `    uri: ${uri}`, '  - id: other', '    title: Other', '    uri: http://elsewhere.example/x.js'];

describe('plugin-uri', () => {
  it('the pylon path on the direct port: error on the value, fix to the pylon URI', () => {
    const text = yaml(...entry('http://10.0.0.1:9293/marketplace/plugin.js', ...ON));
    const [f, ...rest] = findings(text, 'plugin-uri', { files });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'http://10.0.0.1:9293/marketplace/plugin.js');
    assert.match(said(f), /pylon serves http on 80/);
    assert.equal(assertFixResolves(text, 'plugin-uri', { files }), text.replace('10.0.0.1:9293/marketplace', '10.0.0.1/marketplace'));
  });
  it('root-relative while the marketplace is off (pai#5455 style): 404, fix to the direct URI', () => {
    const text = yaml(...OFF, 'webportal:', '  plugins:', '  - title: Marketplace', "    uri: '/marketplace/plugin.js'");
    const [f] = findings(text, 'plugin-uri', { files, paiVersion: '1.5' });
    assert.equal(textAt(text, f.range), "'/marketplace/plugin.js'");
    assert.match(f.message, /no \/marketplace routes/);
    assert.equal(assertFixResolves(text, 'plugin-uri', { files, paiVersion: '1.5' }), text.replace("'/marketplace/plugin.js'", "'http://10.0.0.1:9293/plugin.js'"));
  });
  it('a direct URI with the wrong file, in a flow entry found by its port: fix keeps the flow and quotes', () => {
    const text = yaml(...OFF, 'marketplace-webportal:', '  server-port: 9393', 'webportal:', '  plugins:', '    - {title: Market, uri: "http://10.0.0.1:9393/index.js"}');
    const [f] = findings(text, 'plugin-uri', { files });
    assert.match(said(f), /`\/plugin\.js`/);
    assert.equal(assertFixResolves(text, 'plugin-uri', { files }), text.replace('9393/index.js', '9393/plugin.js'));
  });
  it('a custom plugin on GitHub Pages (a working setup): info, says what is known, the rewrite is only a choice', () => {
    const text = yaml(...ON, ...SSL, '  domain: pai.example.com', 'rest-server:', '  server-port: 9186',
      'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: https://openpai.github.io/openpaimarketplace/plugin.js');
    for (const t of [text, text.replace("marketplace: 'true'", "marketplace: 'false'")]) {
      const [f, ...rest] = findings(t, 'plugin-uri', { files });
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'info');
      assert.match(said(f), /`openpai\.github\.io`/);
      assert.match(said(f), /cannot check/);
      assert.ok(f.fixes.every(x => !x.preferred), 'never rewritten by --fix');
    }
    const [on] = findings(text, 'plugin-uri', { files });
    assert.deepEqual(on.fixes.map(x => x.title), ['Set uri: https://pai.example.com/marketplace/plugin.js']);
  });
  it('a NodePort or a non-marketplace path on the cluster\'s own host: a warning, no preferred fix', () => {
    for (const uri of ['http://10.0.0.1:32767/plugin.js', '/scripts/plugins/marketplace.bundle.js', 'http://10.0.0.1/plugins/marketplace.js']) {
      const text = yaml(...entry(uri, ...ON));
      const [f] = findings(text, 'plugin-uri', { files });
      assert.ok(f, uri);
      assert.equal(f.severity, 'warning', uri);
      assert.ok(f.fixes.every(x => !x.preferred), uri);
    }
  });
  it('without layout.yaml: the host is not judged, the shape is', () => {
    const good = yaml(...entry('http://h.example/marketplace/plugin.js', ...ON));
    assert.deepEqual(findings(good, 'plugin-uri'), []);
    const bad = yaml(...entry('http://h.example/plugin.js', ...ON));
    assert.equal(assertFixResolves(bad, 'plugin-uri'), bad.replace('h.example/plugin.js', 'h.example/marketplace/plugin.js'));
  });
  it('is silent for valid forms, for other plugins, placeholders and http on https (mixed-content)', () => {
    for (const text of [
      yaml(...entry('/marketplace/plugin.js', ...ON)),
      yaml(...entry('http://10.0.0.1:9293/plugin.js', ...OFF)),
      yaml(...entry('http://10.0.0.1/marketplace/plugin.js', ...ON)),
      yaml(...entry('https://pai.example.com/marketplace/plugin.js', ...ON, ...SSL, '  domain: pai.example.com')),
      yaml(...entry('https://<openpai cluster>/marketplace/plugin.js', ...ON)),
      yaml(...entry('http://10.0.0.1/marketplace/plugin.js', ...ON, ...SSL)),
    ]) {
      assert.deepEqual(findings(text, 'plugin-uri', { files }), [], text);
    }
  });
});
