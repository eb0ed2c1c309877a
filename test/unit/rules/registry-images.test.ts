import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
/** An air-gapped cluster's file: every PAI image from the company registry. */
const config = (domain: string, tag = 'v1.8.0') => yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'",
  '  docker-registry:', '    namespace: openpai', `    domain: ${domain}`, `    tag: ${tag}`, '    secret-name: pai-secret',
  'rest-server:', '  server-port: 9186',
  'marketplace-db:', '  user: mp', '  passwd: mp-Secret-42',
);

describe('registry-images', () => {
  it('a private registry on v1.8: warning at the domain naming the two Docker Hub images to mirror', () => {
    const text = config('registry.corp.example.com:5000');
    const [f, ...rest] = findings(text, 'registry-images', { files });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'registry.corp.example.com:5000');
    assert.match(said(f), /`openpai\/pai-marketplace-restserver:v1\.8\.0` and `openpai\/pai-marketplace-webportal:v1\.8\.0`/);
    assert.match(said(f), /ImagePullBackOff/);
    assert.deepEqual(f.fixes, []);
  });
  it('names the images of the version in use (v1.6.0, v1.7.0)', () => {
    assert.match(findings(config('10.0.0.5:5000', 'v1.6.0'), 'registry-images', { files })[0].detail ?? '', /pai-marketplace-webportal:v1\.6\.0/);
    assert.match(findings(config('10.0.0.5:5000', 'v1.7.0'), 'registry-images', { files })[0].detail ?? '', /pai-marketplace-restserver:v1\.7\.0/);
  });
  it('is silent for Docker Hub, before v1.6 (the images follow the registry), and without the marketplace', () => {
    assert.deepEqual(findings(config('docker.io'), 'registry-images', { files }), []);
    assert.deepEqual(findings(config('registry.corp.example.com', 'v1.5.0'), 'registry-images', { files }), []);
    assert.deepEqual(findings(yaml('cluster:', '  docker-registry:', '    domain: registry.corp.example.com', '    tag: v1.8.0', 'rest-server: {}'), 'registry-images', { files }), []);
  });
});
