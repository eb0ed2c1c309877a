import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, run, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1'), 'config.yaml': yaml('docker_image_tag: v1.8.0') };
const TEXT = yaml('cluster:', '  common:', '    cluster-id: pai', "    marketplace: 'true'", 'rest-server: {}');
const at = (fileName: string) => run(TEXT, { files, fileName }).findings.filter(f => f.code === 'folder-path');

describe('folder-path', () => {
  it('a folder with a space: warning on the first line, naming the unquoted cp', () => {
    const [f, ...rest] = at('/home/admin/pai cluster/services-configuration.yaml');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(TEXT, f.range), 'cluster:');
    assert.match(said(f), /`cp -r \/home\/admin\/pai cluster\/\* \.\/tmp-config-<time>`/);
    assert.match(said(f), /holds a space.*failed to copy/);
  });
  it('$(…) or a backtick: the shell would run it', () => {
    assert.match(at('/srv/cfg-$(date)/services-configuration.yaml')[0].detail ?? '', /runs the text inside as a command/);
    assert.match(at('/srv/cfg-`id`/services-configuration.yaml')[0].detail ?? '', /runs the text inside/);
    assert.match(at("/srv/o'neil/services-configuration.yaml")[0].detail ?? '', /character the shell interprets/);
  });
  it('is silent for a plain POSIX folder, a Windows path (copied to the dev-box first), no folder, and without a folder reader', () => {
    assert.deepEqual(at('/root/pai-deploy/cluster-cfg/services-configuration.yaml'), []);
    assert.deepEqual(at('C:\\Users\\Admin\\My Cluster\\services-configuration.yaml'), []);
    assert.deepEqual(at('services-configuration.yaml'), []);
    assert.deepEqual(findings(TEXT, 'folder-path', { fileName: '/home/a b/services-configuration.yaml' }), []);
  });
});
