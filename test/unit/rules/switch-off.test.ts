import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

describe('switch-off', () => {
  it('fires at the first marketplace section when the switch is absent, and adds it', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai  # id', 'rest-server: {}', 'marketplace-db:', '  user: bob', 'marketplace-webportal: {}');
    const [f, ...rest] = findings(text, 'switch-off');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /is not set, so the marketplace is off/);
    assert.match(said(f), /\nThe marketplace-db and marketplace-webportal services still deploy,/);
    assert.match(said(f), /restart pylon and webportal/);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].preferred, true);
    const fixed = assertFixResolves(text, 'switch-off');
    assert.equal(fixed, text.replace('cluster-id: pai  # id\n', "cluster-id: pai  # id\n    marketplace: 'true'\n"));
  });
  it('one section: "the marketplace-db service still deploys" (singular)', () => {
    const text = yaml('rest-server: {}', 'marketplace-db:', '  user: bob');
    assert.match(findings(text, 'switch-off')[0].detail ?? '', /^The marketplace-db service still deploys,/);
  });
  it('http with direct URIs: the marketplace works without the switch, so only a warning, and no preferred fix', () => {
    for (const paiVersion of ['1.5', '1.8'] as const) {
      const text = yaml('cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', 'rest-server:', '  server-port: 9186',
        'pylon:', '  port: 80', 'marketplace-db:', '  user: mp', '  passwd: mpSecret42',
        'marketplace-restserver:', '  db_user: mp', '  db_password: mpSecret42', '  server-port: 9300',
        'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1:9300',
        'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: http://10.0.0.1:9293/plugin.js');
      const [f, ...rest] = findings(text, 'switch-off', { paiVersion, files: { 'layout.yaml': layoutWithMaster() } });
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'warning', paiVersion);
      assert.match(said(f), /which the direct URIs written here do not need/);
      assert.match(said(f), /`http:\/\/10\.0\.0\.1:9300`/);
      assert.ok(f.fixes.every(x => !x.preferred), 'turning the switch on is a choice, not a repair');
      // A pylon-form URI needs the routes: an error again.
      const pylon = text.replace('uri: http://10.0.0.1:9293/plugin.js', 'uri: /marketplace/plugin.js');
      assert.equal(findings(pylon, 'switch-off', { paiVersion, files: { 'layout.yaml': layoutWithMaster() } })[0].severity, 'error');
    }
  });
  it('custom URIs (a NodePort API, a plugin on GitHub Pages) on https do not use pylon\'s routes either: a warning', () => {
    const text = yaml('rest-server: {}', 'pylon:', '  ssl:', '    crt_name: c.crt', '    crt_path: /p/c.crt', '    key_name: c.key', '    key_path: /p/c.key',
      'marketplace-webportal:', '  marketplace_api_uri: https://10.0.0.1:32767',
      'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: https://openpai.github.io/marketplace/plugin.js');
    const [f] = findings(text, 'switch-off', { paiVersion: '1.5', files: { 'layout.yaml': layoutWithMaster() } });
    assert.equal(f.severity, 'warning');
  });
  it('v1.6+ with no marketplace_api_uri: the derived default goes through pylon, so the switch is needed', () => {
    const text = yaml('rest-server: {}', 'marketplace-db:', '  user: mp', 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: http://10.0.0.1:9293/plugin.js');
    assert.equal(findings(text, 'switch-off', { paiVersion: '1.8', files: { 'layout.yaml': layoutWithMaster() } })[0].severity, 'error');
  });
  it('creates cluster.common when there is no cluster section', () => {
    const text = yaml('rest-server: {}', 'marketplace-restserver:', '  db_user: bob');
    const fixed = assertFixResolves(text, 'switch-off');
    assert.equal(fixed, `${text}cluster:\n  common:\n    marketplace: 'true'\n`);
  });
  it('places at the value of a wrong string and keeps its quoting', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: "True" # installer', 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off');
    assert.equal(textAt(text, f.range), '"True"');
    assert.match(f.message, /not the string 'true'/);
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace('"True"', '"true"'));
  });
  it('is a warning when explicitly off, and only mentions pylon on v1.4/1.5', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'false'", 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off', { paiVersion: '1.5' });
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), "'false'");
    assert.match(said(f), /restart pylon\.$/);
    assert.doesNotMatch(f.message, /sidebar/);
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace("'false'", "'true'"));
  });
  it('is silent when on, for a boolean true (switch-not-string owns it), and without sections', () => {
    assert.deepEqual(findings(yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-db: {}'), 'switch-off'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    marketplace: true', 'marketplace-db: {}'), 'switch-off'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-id: pai'), 'switch-off'), []);
  });
  it('fires for a null switch at the section key', () => {
    const text = yaml('cluster:', '  common:', '    marketplace:', 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace('marketplace:\n', "marketplace: 'true'\n"));
  });
});

describe('switch-off: the deployment doc\'s `market` typo', () => {
  const sections = ['marketplace-db:', '  user: mp', '  passwd: mpSecret42'];

  it('points at `market` and renames it to the switch, making the value the string \'true\', comment kept', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai', '    market: true   # from the doc', ...sections);
    const [f] = findings(text, 'switch-off');
    assert.equal(textAt(text, f.range), 'market');
    assert.match(said(f), /`cluster\.common\.market` is not the switch.*\npaictl reads only `cluster\.common\.marketplace` \(the deployment doc's `market` is a typo\)/);
    assert.deepEqual(f.fixes.map(x => [x.title, x.preferred]), [["Rename market to marketplace: 'true'", true]]);
    const fixed = assertFixResolves(text, 'switch-off');
    assert.ok(fixed.includes("    marketplace: 'true'   # from the doc\n"), fixed);
    assert.deepEqual(findings(fixed, 'schema').filter(x => /market/.test(x.message)), []);
  });

  it('renames a near miss whose value is already \'true\' without touching the value, in the file\'s quotes', () => {
    const text = yaml('cluster:', '  common:', '    marketPlace: "true"', ...sections);
    const fixed = assertFixResolves(text, 'switch-off');
    assert.ok(fixed.includes('    marketplace: "true"\n'), fixed);
  });

  it('leaves unrelated keys alone and keeps the plain finding when no near miss is there', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai', ...sections);
    const [f] = findings(text, 'switch-off');
    assert.match(f.message, /is not set/);
    assert.match(f.fixes[0].title, /^Turn the marketplace on/);
  });
});
