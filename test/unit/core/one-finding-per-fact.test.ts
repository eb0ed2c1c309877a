import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../../src/core/finding';
import { layoutWithMaster, run } from '../helpers';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const example = readFileSync(join(FIXTURES, 'example', 'services-configuration.yaml'), 'utf8');
const step1 = readFileSync(join(FIXTURES, 'deployment-doc', 'step1.yaml'), 'utf8');

/** Broken files the way admins write them: the example's mistakes, and one more each. */
const BROKEN: Record<string, string> = {
  'the example (v1.5, https, many mistakes)': example,
  'the deployment doc\'s step 1 block': step1,
  'the doc\'s market typo': example.replace('    marketplace: true', "    market: 'true'"),
  'a boolean switch off': example.replace('    marketplace: true', '    marketplace: no'),
  'switch as a number': example.replace('    marketplace: true', '    marketplace: 1'),
  'switch as a wrong string': example.replace('    marketplace: true', "    marketplace: 'True'"),
  'null sections': example.replace(/marketplace-db:\n(?: {2}.*\n)+/, 'marketplace-db:\n  # user: x\n'),
  'v1.8 with a manual plugin and string flags': example.replace('tag: v1.5.0', 'tag: v1.8.0').replace('  server-port: 9286\n', '  server-port: 9286\n  marketplace: "false"\n  save-template: "no"\n'),
  'plugin without title or uri': example.replace('      title: Marketplace\n      uri: https://<openpai cluster>/marketplace/plugin.js\n', ''),
  'ports that differ, one in hex': example.replace('  data-path: /mnt/marketplace\n', '  data-path: mnt/marketplace\n  port: 9291\n').replace('  server-port: 9292\n', '  server-port: 9292\n  db_port: 0x245b\n  db_host: postgres\n'),
  'a bad api uri and ignored keys': example.replace('http://10.0.0.1:9292/api', 'https://10.0.0.2/api').replace('  server_port: 9293', '  uri: http://x\n  api-port: 9292'),
  'azure storage without fields': `${example}  azure_storage:\n    storage_account: acct\n`,
  'no rest-server section': example.replace(/rest-server:\n(?: {2}.*\n)+/, ''),
  'cluster-type wrong': example.replace('    cluster-id: pai\n', '    cluster-id: pai\n    cluster-type: yarn\n'),
  'a numeric restserver password that differs': example.replace("  db_password: '123456'", '  db_password: 654321'),
  'an empty api uri and a null plugins list': example.replace('http://10.0.0.1:9292/api', "''").replace(/  plugins:\n(?: {4}.*\n)+/, '  plugins:\n'),
  'placeholders in the api uri and the password': example.replace('http://10.0.0.1:9292/api', 'https://<openpai cluster>/marketplace/api').replace('passwd: 123456', 'passwd: <password>'),
  'null azure_storage and a hand-written azure_storage_json': `${example}  azure_storage:\n  azure_storage_json: '{}'\n`,
  'pylon ssl names that do not match, on a non-443 port': example.replace('    crt_name: pai.crt', '    crt_name: server.crt').replace('  ssl:\n', '  ssl:\n    port: 8443\n'),
  'an http plugin and a different api host on an http cluster': example.replace(/  ssl:\n(?: {4}.*\n)+/, '').replace('https://<openpai cluster>/marketplace/plugin.js', 'http://10.0.0.1/marketplace/plugin.js').replace('http://10.0.0.1:9292/api', 'http://pai.example.com/marketplace/api'),
  'db section as a list, restserver as a string': example.replace(/marketplace-db:\n(?: {2}.*\n)+/, 'marketplace-db:\n  - user: x\n').replace(/marketplace-restserver:\n(?: {2}.*\n)+/, 'marketplace-restserver: on\n'),
  'v1.4 with no api uri, webportal string flags, idp_url': example.replace('tag: v1.5.0', 'tag: v1.4.0').replace(/  marketplace_api_uri: .*\n/, '').replace('  server-port: 9292\n', '  server-port: 9292\n  idp_url: http://x\n'),
};

/** Two facts about one value, each with its own fix: both stay. */
const DIFFERENT_FACTS: readonly (readonly [string, string])[] = [
  // "differs from marketplace-db's" and "becomes a number in the manifest" are two mistakes in one value.
  ['db-credentials', 'unsafe-value'],
];

function differentFacts(fs: readonly Finding[]): boolean {
  const codes = fs.map(f => f.code).sort();
  return codes.length === 2 && DIFFERENT_FACTS.some(pair => [...pair].sort().every((c, i) => c === codes[i]));
}

function collisions(found: Finding[]): string[] {
  const byRange = new Map<string, Finding[]>();
  for (const f of found) {
    const key = JSON.stringify(f.range);
    byRange.set(key, [...(byRange.get(key) ?? []), f]);
  }
  return [...byRange.values()].filter(fs => fs.length > 1 && !differentFacts(fs)).map(fs => fs.map(f => `${f.code}: ${f.message.slice(0, 90)}`).join('\n   and '));
}

describe('one finding per fact', () => {
  it('the doc\'s `market` typo is one finding: switch-off names it, schema does not add an unknown key', () => {
    const found = run(BROKEN['the doc\'s market typo'], { paiVersion: '1.5' }).findings.filter(f => f.range.start.line === 7);
    assert.deepEqual(found.map(f => f.code), ['switch-off']);
    assert.match(found[0].message, /`cluster\.common\.market` is not the switch/);
  });
  it('schema still reports `market` when switch-off does not (no marketplace section)', () => {
    const found = run("cluster:\n  common:\n    market: 'true'\nrest-server: {}\n").findings;
    assert.deepEqual(found.filter(f => f.range.start.line === 2).map(f => f.code), ['schema']);
  });
  for (const [name, text] of Object.entries(BROKEN)) {
    for (const version of ['1.5', '1.8'] as const) {
      it(`${name} (v${version}): no two findings share a range`, () => {
        const found = run(text, { paiVersion: version, files: { 'layout.yaml': layoutWithMaster(), 'config.yaml': 'docker_image_tag: v1.8.0\n' } }).findings;
        assert.deepEqual(collisions(found), []);
      });
    }
  }
});
