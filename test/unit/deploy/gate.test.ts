import * as assert from 'node:assert/strict';
import type { SiblingName } from '../../../src/core';
import { gateDecision, paictlVersionOf } from '../../../src/deploy/gate';
import { layoutWithMaster, yaml } from '../helpers';

const good = (tag: string) => yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', '    marketplace: "true"',
  '  docker-registry:', `    tag: ${tag}`,
  'rest-server:', '  default-pai-admin-username: admin',
);
const files = (f: Partial<Record<SiblingName, string>>) => (name: SiblingName) => f[name];

describe('deploy: the gate before a push', () => {
  it('lets a clean folder through', () => {
    const d = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: files({ 'layout.yaml': layoutWithMaster() }) });
    assert.equal(d.kind, 'ok');
  });

  it('stops on core errors, listing them with line and code', () => {
    const text = good('v1.6.0').replace('marketplace: "true"', 'marketplace: true');
    const d = gateDecision({ folder: '/c', configText: text, readSibling: files({ 'layout.yaml': layoutWithMaster() }) });
    assert.equal(d.kind, 'errors');
    if (d.kind !== 'errors') { return; }
    assert.ok(d.errors.some(f => f.code === 'switch-not-string'));
    assert.match(d.detail, /line 5 \[switch-not-string\]/);
    assert.match(d.message, /error/);
  });

  it('a disabled rule does not stop it', () => {
    const text = good('v1.6.0').replace('marketplace: "true"', 'marketplace: true');
    const d = gateDecision({ folder: '/c', configText: text, readSibling: files({ 'layout.yaml': layoutWithMaster() }), disabledRules: ['switch-not-string'] });
    const codes = d.kind === 'errors' ? d.errors.map(f => f.code) : [];
    assert.equal(codes.includes('switch-not-string'), false);
  });

  it('never lets a YAML error through, even with syntax in openpai.rules.disabled (paictl cannot load the file)', () => {
    const text = good('v1.6.0').replace('    cluster-id: pai', '    cluster-id: [pai');
    const d = gateDecision({ folder: '/c', configText: text, readSibling: files({ 'layout.yaml': layoutWithMaster() }), disabledRules: ['syntax'] });
    assert.equal(d.kind, 'errors');
    assert.ok(d.kind === 'errors' && d.errors.some(f => f.code === 'syntax'));
  });

  it('stops a push of a config for a release before the marketplace (v1.0): only its YAML was checked', () => {
    const d = gateDecision({ folder: '/c', configText: good('v1.0.1'), readSibling: files({ 'layout.yaml': layoutWithMaster() }) });
    assert.equal(d.kind, 'errors');
    if (d.kind !== 'errors') { return; }
    assert.match(d.message, /OpenPAI v1\.0, which has no marketplace services/);
    assert.match(d.detail, /cluster\.docker-registry\.tag/);
    assert.match(d.detail, /only the YAML syntax was checked/);
  });

  it('a v1.0 config pushed by a v1.8 paictl: the warning names v1.0, not the first marketplace release', () => {
    const d = gateDecision({
      folder: '/c', configText: good('v1.0.1'), readSibling: files({ 'layout.yaml': layoutWithMaster(), 'config.yaml': 'docker_image_tag: v1.0.1\n' }),
      paictlVersion: paictlVersionOf('v1.8.0'),
    });
    assert.match(d.kind === 'missing' ? d.message : d.versionWarning ?? '', /the config is for v1\.0 /);
  });

  it('stops when layout.yaml is missing, whatever the version', () => {
    const d = gateDecision({ folder: '/c', configText: good('v1.4.0'), readSibling: files({}) });
    assert.equal(d.kind, 'missing');
    if (d.kind !== 'missing') { return; }
    assert.deepEqual(d.files, ['layout.yaml']);
    assert.match(d.message, /\/c lacks layout\.yaml/);
  });

  it('stops when config.yaml is missing from v1.7 on, not before', () => {
    const v17 = gateDecision({ folder: '/c', configText: good('v1.7.0'), readSibling: files({ 'layout.yaml': layoutWithMaster() }) });
    assert.equal(v17.kind, 'missing');
    if (v17.kind === 'missing') {
      assert.deepEqual(v17.files, ['config.yaml']);
      assert.match(v17.message, /Some configuration files not found/);
      assert.match(v17.message, /version 1\.7 from cluster\.docker-registry\.tag/);
    }
    const v16 = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: files({ 'layout.yaml': layoutWithMaster() }) });
    assert.equal(v16.kind, 'ok');
  });

  it('the version setting decides which files are needed', () => {
    const asked17 = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: files({ 'layout.yaml': layoutWithMaster() }), paiVersion: '1.7' });
    assert.equal(asked17.kind, 'missing');
    if (asked17.kind === 'missing') { assert.match(asked17.message, /version 1\.7 from the openpai\.paiVersion setting/); }
    const asked16 = gateDecision({ folder: '/c', configText: good('v1.8.0'), readSibling: files({ 'layout.yaml': layoutWithMaster() }), paiVersion: '1.6' });
    assert.equal(asked16.kind, 'ok');
  });

  it('stops when services-configuration.yaml itself is missing', () => {
    const d = gateDecision({ folder: '/c', configText: undefined, readSibling: files({}) });
    assert.equal(d.kind, 'missing');
    if (d.kind === 'missing') { assert.deepEqual(d.files, ['services-configuration.yaml']); }
  });
});

describe('deploy: the gate checks the config as the version paictl deploys', () => {
  const layout = files({ 'layout.yaml': layoutWithMaster() });
  it('reads version/PAI.VERSION as pai writes it (a tag and a line end)', () => {
    assert.deepEqual(paictlVersionOf('v1.8.0\n'), { tag: 'v1.8.0', version: '1.8' });
    assert.equal(paictlVersionOf(undefined), undefined);
    assert.equal(paictlVersionOf('latest'), undefined);
  });
  it('the same version as the config: no warning', () => {
    const d = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: layout, paictlVersion: { tag: 'v1.6.0', version: '1.6' } });
    assert.equal(d.kind, 'ok');
    assert.equal(d.kind === 'ok' && d.version, '1.6');
    assert.equal(d.kind === 'ok' ? d.versionWarning : 'x', undefined);
  });
  it('a v1.8 paictl pushing a v1.6 config: checked as v1.8 (config.yaml required), with a warning naming both', () => {
    const d = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: layout, paictlVersion: { tag: 'v1.8.0', version: '1.8' } });
    assert.equal(d.kind, 'missing');
    assert.match(d.kind === 'missing' ? d.message : '', /lacks config\.yaml .*version 1\.8 from paictl's version\/PAI\.VERSION/);
    const withConfigYaml = gateDecision({ folder: '/c', configText: good('v1.6.0'), readSibling: files({ 'layout.yaml': layoutWithMaster(), 'config.yaml': 'docker_image_tag: v1.6.0\n' }), paictlVersion: { tag: 'v1.8.0', version: '1.8' } });
    assert.equal(withConfigYaml.kind, 'ok');
    assert.equal(withConfigYaml.kind === 'ok' && withConfigYaml.version, '1.8');
    assert.equal(withConfigYaml.kind === 'ok' ? withConfigYaml.versionWarning : '',
      "paictl will deploy the v1.8 templates (its version/PAI.VERSION says v1.8.0), but the config is for v1.6 (cluster.docker-registry.tag); the files were checked as v1.8. Use a paictl checkout of the cluster's version, or update cluster.docker-registry.tag.");
  });
});
