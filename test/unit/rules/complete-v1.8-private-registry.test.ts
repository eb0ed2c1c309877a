/**
 * A complete v1.8 services-configuration.yaml of a cluster behind a company registry, https through
 * pylon, as an admin writes it from the v1.6+ deployment doc plus the mistakes the newer rules catch:
 * every finding the file gets, so a rule that fires where it should not shows up here too.
 */
import * as assert from 'node:assert/strict';
import { run, textAt, yaml, said } from '../helpers';

const LAYOUT = yaml(
  'machine-sku:', '  master-machine:', '    mem: 60GB', '    cpu:', '      vcore: 24',
  'machine-list:',
  '  - hostname: pai-master', '    hostip: 10.1.0.4', '    machine-type: master-machine', '    pai-master: "true"',
  '  - hostname: pai-worker1', '    hostip: 10.1.0.5', '    machine-type: master-machine', '    pai-worker: "true"',
);
const CONFIG = yaml('user: pai', 'docker_image_tag: v1.8.0', 'enable_marketplace: "true"');

const TEXT = yaml(
  'cluster:',
  '  common:',
  '    cluster-id: pai-prod',
  '    cluster-type: k8s',
  '    k8s-rbac: "true"',
  "    marketplace: 'true'",
  '  docker-registry:',
  '    namespace: openpai',
  '    domain: harbor.corp.example.com',
  '    tag: v1.8.0',
  '    secret-name: pai-secret',
  '',
  'rest-server:',
  '  default-pai-admin-username: admin',
  '  default-pai-admin-password: Adm1n-Pa55',
  '',
  'pylon:',
  '  port: 80',
  '  domain: pai.corp.example.com',
  '  ssl:',
  '    crt_name: pai.crt',
  '    crt_path: /root/certs/pai.crt',
  '    key_name: pai.key',
  '    key_path: certs/pai.key',
  '',
  'webportal:',
  '  server-port: 9286',
  '  marketplace: false',
  '',
  'marketplace-db:',
  '  user: mpadmin',
  '  passwd: Mp-Secret-42',
  '  port: 9090   # moved off 9291',
  '',
  'marketplace-restserver:',
  '  idp_url: https://pai.corp.example.com/rest-server/api',
);

describe('a complete v1.8 file behind a company registry', () => {
  const result = run(TEXT, { files: { 'layout.yaml': LAYOUT, 'config.yaml': CONFIG } });
  const at = (code: string) => result.findings.filter(f => f.code === code).map(f => `${f.range.start.line + 1} ${textAt(TEXT, f.range)}`);

  it('gets exactly the findings of its mistakes', () => {
    assert.deepEqual(result.findings.map(f => f.code).sort(), ['idp-url', 'plugin-missing', 'port-conflict', 'pylon-ssl', 'registry-images']);
  });
  it('each where the admin looks for it', () => {
    assert.deepEqual(at('registry-images'), ['9 harbor.corp.example.com']);
    assert.deepEqual(at('pylon-ssl'), ['24 certs/pai.key']);
    assert.deepEqual(at('plugin-missing'), ['28 false']);
    assert.deepEqual(at('port-conflict'), ['33 9090']);
    assert.deepEqual(at('idp-url'), ['36 https://pai.corp.example.com/rest-server/api']);
  });
  it('k8s-dashboard is named as the other side of the port conflict (k8s-rbac on, layout default 9090)', () => {
    const [f] = result.findings.filter(x => x.code === 'port-conflict');
    assert.match(f.message, /k8s-dashboard/);
    assert.match(said(f), /use 9291, which is free/);
  });
});
