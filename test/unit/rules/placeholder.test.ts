import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/rules';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

/** The YAML example of the deployment doc's step 1, as a user would paste it (dedented). */
function docExample(): string {
  return readFileSync(join(__dirname, '../../fixtures/deployment-doc/step1.yaml'), 'utf8');
}

describe('placeholder', () => {
  it('reports every placeholder of the deployment doc\'s example block, exactly', () => {
    const text = docExample();
    const found = findings(text, 'placeholder');
    const lineOf = (f: { range: { start: { line: number } } }) => text.split('\n')[f.range.start.line].trim();
    assert.deepEqual(found.map(f => [textAt(text, f.range), f.severity, lineOf(f)]), [
      ['<username>', 'warning', "user: <username>   # default is 'user'"],
      ['<password>', 'warning', "passwd: <password> # default is 'passwd'"],
      ['<username>', 'warning', "db_user: <username>   # default is 'user'"],
      ['<password>', 'warning', "db_password: <password> # default is 'passwd'"],
      ['<storage_account>', 'warning', 'storage_account: <storage_account>'],
      ['<connection_string>', 'warning', "- '<connection_string>'"],
      ['<openpai cluster>', 'error', 'marketplace_api_uri: https://<openpai cluster>/marketplace/api'],
      ['<openpai cluster>', 'error', 'uri: https://<openpai cluster>/marketplace/plugin.js'],
    ]);
    // Only the plugin URI can be computed without the cluster's host: through pylon it is the relative path.
    assert.deepEqual(found.map(f => f.fixes.map(x => x.title)), [[], [], [], [], [], [], [], ['Set uri: /marketplace/plugin.js']]);
    assert.match(said(found[0]), /`marketplace-db\.user` holds the placeholder `<username>`: write the real value\./);
    assert.match(said(found[7]), /`webportal\.plugins\[0\]\.uri` holds.*\n.*this URI points nowhere/);
  });
  it('its one-line description (README table, settings) names both severities it reports', () => {
    const rule = RULES.find(r => r.code === 'placeholder');
    assert.match(rule?.description ?? '', /URI or host \(error/);
    assert.match(rule?.description ?? '', /elsewhere.*\(warning/);
  });
  it('drops the brackets of a numeric port placeholder in a URI, leaving the host placeholder', () => {
    const text = yaml('marketplace-webportal:', '  marketplace_api_uri: "http://<master_node_ip>:<9292>"  # direct');
    const found = findings(text, 'placeholder');
    assert.deepEqual(found.map(f => textAt(text, f.range)), ['<master_node_ip>', '<9292>']);
    const port = found[1];
    assert.equal(port.fixes.length, 1);
    assert.equal(port.fixes[0].preferred, true);
    assert.match(said(port), /write the port without them, `9292`\./);
    assert.equal(found[0].fixes.length, 0);
    const fixed = assertFixResolves(text.replace('<master_node_ip>', '10.0.0.1'), 'placeholder');
    assert.equal(fixed, yaml('marketplace-webportal:', '  marketplace_api_uri: "http://10.0.0.1:9292"  # direct'));
  });
  it('keeps the brackets of a number that is not in a URI', () => {
    const text = yaml('marketplace-db:', '  passwd: <9292>');
    const [f] = findings(text, 'placeholder');
    assert.equal(textAt(text, f.range), '<9292>');
    assert.equal(f.fixes.length, 0);
  });
  it('is silent outside the marketplace parts and for values without placeholders', () => {
    assert.deepEqual(findings(yaml('pylon:', '  domain: <openpai cluster>', 'marketplace-db:', '  passwd: a<b'), 'placeholder'), []);
    assert.deepEqual(findings(yaml('webportal:', '  plugins:', '  - {id: marketplace, title: Marketplace, uri: /marketplace/plugin.js}'), 'placeholder'), []);
  });
});

describe('placeholder: the whole URI as the fix', () => {
  const https = ['pylon:', '  port: 80', '  ssl:', '    crt_name: pai.crt', '    crt_path: /c/pai.crt', '    key_name: pai.key', '    key_path: /c/pai.key'];
  const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };

  it('replaces the doc\'s `<openpai cluster>` URIs with the ones this cluster needs, quoting kept, comment kept', () => {
    const text = yaml(
      'cluster:', '  common:', "    marketplace: 'true'", ...https,
      'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', "    uri: 'https://<openpai cluster>/marketplace/plugin.js' # from the doc",
      'marketplace-webportal:', '  marketplace_api_uri: https://<openpai cluster>/marketplace/api',
    );
    const found = findings(text, 'placeholder', { files });
    assert.deepEqual(found.map(f => [f.fixes.map(x => x.title), f.fixes[0]?.preferred]), [
      [['Set uri: https://10.0.0.1/marketplace/plugin.js'], true],
      [['Set marketplace_api_uri: https://10.0.0.1/marketplace/api'], true],
    ]);
    assert.match(said(found[0]), /For this cluster the whole URI is `https:\/\/10\.0\.0\.1\/marketplace\/plugin\.js`\.$/);
    const fixed = assertFixResolves(text, 'placeholder', { files });
    assert.ok(fixed.includes("    uri: 'https://10.0.0.1/marketplace/plugin.js' # from the doc\n"), fixed);
    const both = assertFixResolves(fixed, 'placeholder', { files });
    assert.ok(both.endsWith('  marketplace_api_uri: https://10.0.0.1/marketplace/api\n'), both);
    assert.deepEqual(findings(both, 'plugin-uri', { files }), []);
    assert.deepEqual(findings(both, 'api-uri', { files }), []);
  });

  it('offers the relative plugin path when the host is unknown, and no API URI', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'", 'webportal:', '  plugins:', '  - id: marketplace', '    uri: https://<openpai cluster>/marketplace/plugin.js',
      'marketplace-webportal:', '  marketplace_api_uri: https://<openpai cluster>/marketplace/api');
    assert.deepEqual(findings(text, 'placeholder', { files: {} }).map(f => f.fixes.map(x => x.title)), [['Set uri: /marketplace/plugin.js'], []]);
  });

  it('offers nothing where the marketplace is off on https (no URI works) or the key is not a marketplace URI', () => {
    const off = yaml('cluster:', '  common:', "    marketplace: 'false'", ...https, 'webportal:', '  plugins:', '  - id: marketplace', '    uri: https://<openpai cluster>/marketplace/plugin.js');
    assert.deepEqual(findings(off, 'placeholder', { files }).map(f => f.fixes.length), [0]);
    const other = yaml('cluster:', '  common:', "    marketplace: 'true'", 'webportal:', '  plugins:', '  - id: other', '    uri: https://<openpai cluster>/other.js', '  - id: marketplace', '    uri: /marketplace/plugin.js');
    assert.deepEqual(findings(other, 'placeholder', { files }).map(f => f.fixes.length), [0]);
  });
});
