import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const TEXT = yaml('cluster:', '  common:', '    cluster-id: pai');

describe('config-folder', () => {
  it('on v1.7+ reports a missing layout.yaml and config.yaml with paictl\'s words, on the first line', () => {
    const found = findings(TEXT, 'config-folder', { files: {}, paiVersion: '1.7' });
    assert.deepEqual(found.map(f => f.data?.missing), ['layout.yaml', 'config.yaml']);
    assert.ok(found.every(f => textAt(TEXT, f.range) === 'cluster:' && f.severity === 'error'));
    assert.match(said(found[0]), /"Cannot find layout\.yaml in your config folder\."/);
    assert.match(said(found[1]), /"Cannot find config\.yaml in your config folder\."/);
    assert.match(said(found[1]), /~\/pai-deploy\/cluster-cfg\/config\.yaml/);
  });
  it('before v1.7 needs only layout.yaml, and says when it fails', () => {
    const [f, ...rest] = findings(TEXT, 'config-folder', { files: {}, paiVersion: '1.6' });
    assert.equal(rest.length, 0);
    assert.match(said(f), /after you have answered the cluster-id prompt/);
    assert.deepEqual(findings(TEXT, 'config-folder', { files: { 'layout.yaml': layoutWithMaster() }, paiVersion: '1.5' }), []);
  });
  it('takes the version from config.yaml, and is silent when the folder is complete or unknown', () => {
    assert.deepEqual(findings(TEXT, 'config-folder', { files: { 'layout.yaml': layoutWithMaster(), 'config.yaml': 'docker_image_tag: v1.8.0\n' } }), []);
    assert.deepEqual(findings(TEXT, 'config-folder'), []);
  });
});
