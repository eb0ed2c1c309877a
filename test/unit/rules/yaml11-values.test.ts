import * as assert from 'node:assert/strict';
import { layoutWithMaster, run, textAt, yaml, said } from '../helpers';

/** A v1.8 file shaped like a real one (pulled with `paictl config pull`), with the marketplace on. */
function servicesConfiguration(overrides: { common?: string[]; webportal?: string[]; db?: string[]; restserver?: string[] } = {}): string {
  return yaml(
    'cluster:',
    '  common:',
    '    cluster-id: pai-prod',
    '    cluster-type: k8s',
    ...(overrides.common ?? ["    marketplace: 'true'"]),
    '  docker-registry:',
    '    namespace: openpai',
    '    domain: docker.io',
    '    tag: v1.8.0',
    'rest-server:',
    '  default-pai-admin-username: admin',
    '  default-pai-admin-password: admin-password',
    'webportal:',
    '  server-port: 9286',
    ...(overrides.webportal ?? []),
    'marketplace-db:',
    '  user: mpadmin',
    '  passwd: Xq4vLr8TzP2wNc7K',
    ...(overrides.db ?? []),
    'marketplace-restserver:',
    '  db_user: mpadmin',
    '  db_password: Xq4vLr8TzP2wNc7K',
    ...(overrides.restserver ?? []),
    'marketplace-webportal: {}',
  );
}

const MANUAL_PLUGIN = ['  plugins:', '    - id: marketplace', '      title: Marketplace', '      uri: /marketplace/plugin.js'];

function codes(text: string, layout = layoutWithMaster()): string[] {
  return run(text, { files: { 'layout.yaml': layout, 'config.yaml': 'docker_image_tag: v1.8.0\n' } }).findings.map(f => f.code);
}

describe('values read as PyYAML reads them, on whole files', () => {
  it('webportal.marketplace: no is the boolean false: no duplicate Marketplace entry, no "truthy string"', () => {
    const text = servicesConfiguration({ webportal: ['  marketplace: no', ...MANUAL_PLUGIN] });
    const found = codes(text);
    assert.ok(!found.includes('plugin-duplicate'), found.join());
    assert.ok(!found.includes('webportal-flag'), found.join());
    assert.ok(!found.includes('schema'), found.join());
  });
  it('webportal.marketplace: "no" (quoted) is a truthy string: both findings stay', () => {
    const found = codes(servicesConfiguration({ webportal: ['  marketplace: "no"', ...MANUAL_PLUGIN] }));
    assert.ok(found.includes('plugin-duplicate'));
    assert.ok(found.includes('webportal-flag'));
  });
  it('webportal.save-template: off is false: no webportal-flag', () => {
    assert.ok(!codes(servicesConfiguration({ webportal: ['  save-template: off'] })).includes('webportal-flag'));
  });
  it('marketplace-db.port written in octal is the same port as db_port: 9291', () => {
    const text = servicesConfiguration({ db: ['  port: 022113'], restserver: ['  db_port: 9291'] });
    assert.ok(!codes(text).includes('db-credentials'));
  });
  it('db_port: 0x245b is 9307, not marketplace-db\'s 9291', () => {
    const text = servicesConfiguration({ restserver: ['  db_port: 0x245b'] });
    const f = run(text).findings.find(x => x.code === 'db-credentials');
    assert.ok(f);
    assert.match(said(f), /connects to port 9307/);
    assert.match(said(f), /listens on 9291/);
  });
  it('compares credentials as the text paictl writes: `0123` is 83, not the string \'0123\'', () => {
    const text = servicesConfiguration({ db: ['  db: 0123'], restserver: ["  db: '0123'"] });
    const f = run(text).findings.find(x => x.code === 'db-credentials');
    assert.ok(f);
    assert.match(said(f), /opens database `0123`.*marketplace-db's is `83`/);
  });
  it('compares credentials as the text paictl writes: db: yes and db: \'True\' both give True', () => {
    const text = servicesConfiguration({ db: ['  db: yes'], restserver: ["  db: 'True'"] });
    assert.ok(!codes(text).includes('db-credentials'));
  });
  it('cluster.common.marketplace: yes is the boolean true: switch-not-string, not switch-off', () => {
    const text = servicesConfiguration({ common: ['    marketplace: yes'] });
    const found = run(text).findings.filter(f => f.code.startsWith('switch-'));
    assert.deepEqual(found.map(f => f.code), ['switch-not-string']);
    assert.match(said(found[0]), /`marketplace: yes` is not the string 'true'.*\n.*a YAML boolean \(PyYAML, YAML 1.1, reads `yes` as true\)/);
    assert.equal(textAt(text, found[0].range), 'yes');
  });
  it('cluster.common.marketplace: off is off on purpose: one switch-off warning, no switch-not-string', () => {
    const text = servicesConfiguration({ common: ['    marketplace: off'] });
    const found = run(text).findings.filter(f => f.code.startsWith('switch-'));
    assert.deepEqual(found.map(f => [f.code, f.severity]), [['switch-off', 'warning']]);
  });
  it('layout.yaml pai-master: yes is a boolean: no master for paictl', () => {
    const layout = layoutWithMaster().replace('pai-master: "true"', 'pai-master: yes');
    const f = run(servicesConfiguration(), { files: { 'layout.yaml': layout } }).findings.find(x => x.code === 'layout-master');
    assert.ok(f);
    assert.match(f.message, /`pai-master: yes`/);
  });
  it('a password PyYAML reads as a date stays the same text: no unsafe-value', () => {
    const text = servicesConfiguration().replace(/Xq4vLr8TzP2wNc7K/g, '2021-01-20');
    assert.ok(!codes(text).includes('unsafe-value'));
  });
  it('a value PyYAML cannot build stops the load: a syntax finding', () => {
    const text = servicesConfiguration({ restserver: ['  db_port: 0x_'] });
    const found = run(text).findings;
    assert.ok(found.some(f => f.code === 'syntax' && /PyYAML cannot (load|construct) this value/.test(f.message)), found.map(f => f.message).join('\n'));
  });
});
