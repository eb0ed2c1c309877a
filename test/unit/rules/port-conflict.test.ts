import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
/** A v1.8 cluster file with the marketplace on, as the deploy_v1.6.0_later doc builds it. */
const config = (...extra: string[]) => yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'",
  '  docker-registry:', '    domain: docker.io', '    namespace: openpai', '    tag: v1.8.0',
  'rest-server:', '  server-port: 9186',
  'webportal:', '  server-port: 9286',
  ...extra,
);

describe('port-conflict', () => {
  it('the restserver on the PAI rest-server\'s port: error at the marketplace key, related at the rest-server key', () => {
    const text = config('marketplace-restserver:', '  server-port: 9186   # same as the API');
    const [f, ...rest] = findings(text, 'port-conflict', { files });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), '9186');
    assert.equal(f.range.start.line, text.split('\n').indexOf('  server-port: 9186   # same as the API'));
    assert.match(said(f), /`marketplace-restserver\.server-port` is 9186, which rest-server already takes.*\nPort 9186 is taken by rest-server \(`rest-server\.server-port`, a host port\)/);
    assert.match(said(f), /use 9292, which is free/);
    assert.equal(textAt(text, f.related[0].range), '9186');
    assert.equal(f.related[0].range.start.line, text.split('\n').indexOf('  server-port: 9186'));
  });
  it('a default marketplace port taken by a service the user moved: error at that service\'s key', () => {
    const text = config('prometheus:', '  port: 9293', 'marketplace-webportal: {}');
    const [f] = findings(text, 'port-conflict', { files });
    assert.equal(textAt(text, f.range), '9293');
    assert.match(said(f), /^`prometheus\.port` is 9293, the port marketplace-webportal listens on: choose another.*\n.*\(`marketplace-webportal\.server-port`, default 9293\) with `hostNetwork: true`/);
    assert.match(said(f), /9294 is free/);
    assert.equal(textAt(text, f.related[0].range), 'marketplace-webportal');
  });
  it('two marketplace ports alike: one finding, at the one written', () => {
    const text = config('marketplace-db:', '  port: 9292');
    const found = findings(text, 'port-conflict', { files });
    assert.equal(found.length, 1);
    assert.equal(textAt(text, found[0].range), '9292');
    assert.match(said(found[0]), /`marketplace-db\.port` is 9292, which marketplace-restserver/);
  });
  it('fixed and version-dependent ports: grafana 3000, pylon 443 before v1.8 always, on v1.8 only with ssl', () => {
    assert.match(findings(config('marketplace-db:', '  port: 3000'), 'port-conflict', { files })[0].detail ?? '', /grafana \(a fixed port/);
    const https = config('marketplace-webportal:', '  server-port: 8443');
    assert.deepEqual(findings(https, 'port-conflict', { files }), []);
    const onV17 = config('marketplace-db:', '  port: 443');
    assert.equal(findings(onV17, 'port-conflict', { files, paiVersion: '1.7' }).length, 1);
    assert.deepEqual(findings(onV17, 'port-conflict', { files, paiVersion: '1.8' }), []);
    const ssl = config('pylon:', '  ssl:', '    port: 8443', '    crt_name: a.crt', '    crt_path: /c/a.crt', '    key_name: a.key', '    key_path: /c/a.key', 'marketplace-webportal:', '  server-port: 8443');
    assert.match(findings(ssl, 'port-conflict', { files })[0].detail ?? '', /pylon \(`pylon\.ssl\.port`/);
  });
  it('reads the port as PyYAML does (`9_291` is 9291, a quoted "9186" renders as 9186)', () => {
    assert.equal(findings(config('marketplace-restserver:', "  server-port: '9186'"), 'port-conflict', { files }).length, 1);
    assert.equal(findings(config('prometheus:', '  port: 9_391', 'marketplace-db: {}'), 'port-conflict', { files }).length, 0);
    assert.equal(findings(config('prometheus:', '  port: 9_291', 'marketplace-db: {}'), 'port-conflict', { files }).length, 1);
  });
  it('conditional services count only when deployed: k8s-dashboard (layout.yaml port) with k8s-rbac, dshuttle with its switch', () => {
    const dash = config('marketplace-db:', '  port: 9090');
    assert.deepEqual(findings(dash, 'port-conflict', { files }), []);
    const rbac = dash.replace("    marketplace: 'true'\n", "    marketplace: 'true'\n    k8s-rbac: \"true\"\n");
    assert.match(findings(rbac, 'port-conflict', { files })[0].message, /k8s-dashboard/);
    const layout = `${layoutWithMaster('10.0.0.1')}kubernetes:\n  api-servers-url: https://10.0.0.1:6443\n  dashboard-url: https://10.0.0.1:9292\n`;
    const [fromLayout] = findings(rbac.replace('port: 9090', 'user: mp'), 'port-conflict', { files: { 'layout.yaml': layout } });
    assert.equal(fromLayout.related[0].file, '/cluster/layout.yaml');
    assert.match(said(fromLayout), /`marketplace-restserver\.server-port` is 9292, which k8s-dashboard.*\n.*k8s-dashboard \(layout\.yaml `kubernetes\.dashboard-url`, on the host network, deployed because `cluster\.common\.k8s-rbac` is not "false"\)/);
    const shuttle = config('marketplace-db:', '  port: 30998');
    assert.deepEqual(findings(shuttle, 'port-conflict', { files }), []);
    assert.equal(findings(shuttle.replace("    marketplace: 'true'\n", "    marketplace: 'true'\n    dshuttle: 'true'\n"), 'port-conflict', { files }).length, 1);
  });
  it('is silent for the defaults and for free ports', () => {
    assert.deepEqual(findings(config(), 'port-conflict', { files }), []);
    assert.deepEqual(findings(config('marketplace-db:', '  port: 9391', 'marketplace-restserver:', '  server-port: 9392', 'marketplace-webportal:', '  server-port: 9393'), 'port-conflict', { files }), []);
  });
});
