import * as assert from 'node:assert/strict';
import { findings, textAt, yaml, said } from '../helpers';

const TEXT = yaml('# cluster config', 'marketplace-db:', '  user: mp');

describe('file-name', () => {
  it('flags the deployment doc\'s singular name on the first line, with rename data', () => {
    const [f] = findings(TEXT, 'file-name', { fileName: '/home/me/cfg/service-configuration.yaml' });
    assert.equal(f.severity, 'error');
    assert.equal(textAt(TEXT, f.range), '# cluster config');
    assert.match(said(f), /paictl reads only `services-configuration\.yaml`/);
    assert.match(f.message, /never reads a file named `service-configuration\.yaml`/);
    assert.match(said(f), /deployment doc's spelling `service-configuration\.yaml` is wrong/);
    assert.deepEqual(f.data, { rename: 'services-configuration.yaml' });
    assert.deepEqual(f.fixes, []);
  });
  it('flags other near misses (Windows path, .yml, case)', () => {
    assert.equal(findings(TEXT, 'file-name', { fileName: 'C:\\cfg\\services-configuration.yml' }).length, 1);
    const [f] = findings(TEXT, 'file-name', { fileName: 'Services-Configuration.yaml' });
    assert.doesNotMatch(f.message, /deployment doc/);
  });
  it('is silent for the right name, unrelated names, unnamed buffers and files without marketplace config', () => {
    assert.deepEqual(findings(TEXT, 'file-name', { fileName: '/c/services-configuration.yaml' }), []);
    assert.deepEqual(findings(TEXT, 'file-name', { fileName: '/c/marketplace.yaml' }), []);
    assert.deepEqual(findings(TEXT, 'file-name', { fileName: '' }), []);
    assert.deepEqual(findings(yaml('rest-server: {}'), 'file-name', { fileName: '/c/service-configuration.yaml' }), []);
  });
});
