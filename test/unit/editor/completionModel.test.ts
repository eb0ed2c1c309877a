import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { computeEndpoints } from '../../../src/core/uris';
import type { PaiVersion } from '../../../src/core/version';
import { suggest, type Suggestion } from '../../../src/editor/completionModel';
import { cursorContext } from '../../../src/editor/yamlContext';

/** Completion at the `|` in the lines (the text the provider sees is the lines without the marker). */
function complete(lines: string[], options: { version?: PaiVersion; master?: string; editor?: boolean } = {}): Suggestion[] {
  const line = lines.findIndex(l => l.includes('|'));
  const character = lines[line].indexOf('|');
  const clean = lines.map(l => l.replace('|', ''));
  const doc = new ParsedDocument(`${clean.join('\n')}\n`, '/c/services-configuration.yaml');
  const version = options.version ?? '1.8';
  const ctx = cursorContext(i => clean[i], line, character);
  assert.ok(ctx, 'no cursor context');
  const endpoints = computeEndpoints({ doc, version, master: options.master });
  // editor: what the provider passes (the cursor's line, and a password maker; fixed here).
  return suggest(ctx, { doc, version, endpoints, ...(options.editor ? { line, newSecret: () => 'Gen3ratedPassw0rdXYZabcd' } : {}) });
}

const labels = (s: Suggestion[]) => s.map(x => x.label);

describe('editor completionModel', () => {
  it('offers the keys of cluster.common with docs, and the switch as a choice of quoted strings', () => {
    const items = complete(['cluster:', '  common:', '    cluster-id: pai', '    mar|']);
    const item = items.find(i => i.label === 'marketplace');
    assert.ok(item, `no marketplace key in ${labels(items).join(', ')}`);
    assert.equal(item.insert, "marketplace: ${1|'true','false'|}");
    assert.equal(item.start, 4);
    assert.match(item.documentation ?? '', /string/);
    assert.ok(!labels(items).includes('cluster-id'), 'a key already present is offered again');
  });

  it("offers 'true' quoted for the switch, and plain booleans for webportal.marketplace", () => {
    const sw = complete(['cluster:', '  common:', '    marketplace: |']);
    assert.deepEqual(sw.filter(s => s.kind === 'value').map(s => s.insert), ["'true'", "'false'"]);
    const flag = complete(['webportal:', '  marketplace: |']);
    assert.ok(flag.some(s => s.insert === 'false'), labels(flag).join(', '));
    assert.ok(!flag.some(s => s.insert === "'false'"));
  });

  it('offers the API URI computed from pylon.ssl and the layout master, preselected', () => {
    const items = complete([
      'cluster:', '  common:', "    marketplace: 'true'",
      'pylon:', '  ssl:', '    crt_name: a.crt',
      'marketplace-webportal:', '  marketplace_api_uri: |',
    ], { master: '10.0.0.1' });
    const uri = items.filter(i => i.kind === 'uri');
    assert.deepEqual(uri.map(u => u.insert), ['https://10.0.0.1/marketplace/api']);
    assert.equal(uri[0].preselect, true);
  });

  it('offers the pylon URI, marked as waiting for the switch, when nothing works yet on https', () => {
    const items = complete(['pylon:', '  ssl:', '    crt_name: a.crt', 'marketplace-webportal:', '  marketplace_api_uri: |'], { master: '10.0.0.1' });
    const uri = items.filter(i => i.kind === 'uri');
    assert.deepEqual(uri.map(u => [u.insert, u.detail]), [['https://10.0.0.1/marketplace/api', "through pylon (once cluster.common.marketplace is 'true')"]]);
  });

  it('offers direct http URIs when the marketplace is off on an http cluster', () => {
    const items = complete(['webportal:', '  plugins:', '    - id: marketplace', '      uri: |'], { master: '10.1.2.3', version: '1.5' });
    assert.deepEqual(items.filter(i => i.kind === 'uri').map(u => u.insert), ['http://10.1.2.3:9293/plugin.js']);
  });

  it('offers the missing sections as snippets whose credentials match the existing section and whose URI fits the cluster', () => {
    const items = complete([
      'cluster:', '  common:', "    marketplace: 'true'",
      'pylon:', '  domain: pai.example.com', '  ssl:', '    crt_name: a.crt',
      'marketplace-db:', '  user: mk_admin', "  passwd: 'S3cret!'",
      '|',
    ], { master: '10.0.0.1' });
    assert.ok(!labels(items).includes('marketplace-db section'));
    assert.ok(!labels(items).includes('marketplace sections (all three)'));
    const rest = items.find(i => i.label === 'marketplace-restserver section');
    assert.ok(rest);
    assert.match(rest.insert, /\tdb_user: mk_admin\n\tdb_password: S3cret!\n\tdb: marketplace\n\tdb_port: 9291\n/);
    const web = items.find(i => i.label === 'marketplace-webportal section');
    assert.match(web?.insert ?? '', /marketplace_api_uri: \$\{1:https:\/\/pai\.example\.com\/marketplace\/api\}/);
  });

  it('mirrors the credentials between db and restserver in the all-sections snippet', () => {
    const items = complete(['rest-server:', '  server-port: 9186', '|']);
    const all = items.find(i => i.label === 'marketplace sections (all three)');
    assert.ok(all);
    assert.match(all.insert, /user: \$\{1:pai_marketplace\}/);
    assert.match(all.insert, /db_user: \$\{1\}/);
  });

  it('offers the plugin entry snippet in webportal.plugins on v1.4/1.5 only', () => {
    const lines = ['webportal:', '  plugins:', '    - |'];
    assert.ok(labels(complete(lines, { version: '1.5', master: '10.0.0.1' })).includes('marketplace plugin entry'));
    assert.ok(!labels(complete(lines, { version: '1.8', master: '10.0.0.1' })).includes('marketplace plugin entry'));
  });

  it('on a file without the switch, the all-sections snippet turns it on too, with a fresh password and the pylon URI, and comes first', () => {
    const text = ['cluster:', '  common:', '    cluster-id: pai', "    cluster-type: k8s  # keep", 'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80', '', 'marketpl|'];
    const items = complete(text, { master: '10.0.0.1', editor: true });
    const all = items.find(i => i.label === 'marketplace sections (all three)');
    assert.ok(all);
    assert.equal(all.sortText, '0');
    assert.ok(items.filter(i => i !== all).every(i => (i.sortText ?? '') > '0'), 'the all-sections snippet sorts first');
    assert.match(all.insert, /passwd: \$\{2:Gen3ratedPassw0rdXYZabcd\}/);
    assert.match(all.insert, /db_password: \$\{2\}/);
    assert.match(all.insert, /marketplace_api_uri: \$\{3:http:\/\/10\.0\.0\.1\/marketplace\/api\}/);
    // After `cluster-type: k8s  # keep` (29 characters), its comment kept.
    assert.deepEqual(all.additionalEdits, [{ range: { start: { line: 3, character: 29 }, end: { line: 3, character: 29 } }, newText: "\n    marketplace: 'true'" }]);
    assert.match(all.detail ?? '', /also sets cluster\.common\.marketplace: 'true'/);
  });

  it('adds no switch edit when the switch is on already, or when the edit would land on the cursor\'s line', () => {
    const on = complete(['cluster:', '  common:', "    marketplace: 'true'", '|'], { master: '10.0.0.1', editor: true });
    assert.equal(on.find(i => i.label === 'marketplace sections (all three)')?.additionalEdits, undefined);
    const next = complete(['|'], { master: '10.0.0.1', editor: true });
    assert.equal(next.find(i => i.label === 'marketplace sections (all three)')?.additionalEdits, undefined);
  });

  it('on v1.4/1.5 the all-sections snippet also adds the Marketplace plugin entry; the single sections only the switch', () => {
    const text = ['cluster:', '  common:', '    cluster-id: pai', '  docker-registry:', '    tag: v1.5.0', 'rest-server:', '  server-port: 9186', 'webportal:', '  server-port: 9286', '', 'marketpl|'];
    const items = complete(text, { version: '1.5', master: '10.0.0.1', editor: true });
    const all = items.find(i => i.label === 'marketplace sections (all three)');
    assert.deepEqual(all?.additionalEdits?.map(e => e.newText), [
      "\n    marketplace: 'true'",
      '\n  plugins:\n  - id: marketplace\n    title: Marketplace\n    uri: http://10.0.0.1/marketplace/plugin.js',
    ]);
    assert.match(all?.detail ?? '', /also sets cluster\.common\.marketplace: 'true' and adds the Marketplace plugin/);
    assert.equal(items.find(i => i.label === 'marketplace-db section')?.additionalEdits?.length, 1);
    const v18 = complete(text.map(l => l.replace('v1.5.0', 'v1.8.0')), { version: '1.8', master: '10.0.0.1', editor: true });
    assert.equal(v18.find(i => i.label === 'marketplace sections (all three)')?.additionalEdits?.length, 1);
  });
});
