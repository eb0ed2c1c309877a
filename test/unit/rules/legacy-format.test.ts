import * as assert from 'node:assert/strict';
import { findings, textAt, yaml } from '../helpers';

describe('legacy-format', () => {
  it('flags a file without rest-server at the first marketplace section, with no fix', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-db:', '  user: mp', 'marketplace-webportal: {}');
    const [f, ...rest] = findings(text, 'legacy-format');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /no top-level `rest-server` section/);
    assert.match(f.message, /marketplace sections are dropped/);
    assert.match(f.message, /config pull -o <dir>/);
    assert.deepEqual(f.fixes, []);
  });
  it('places at the switch when only the switch is there', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'");
    const [f] = findings(text, 'legacy-format');
    assert.equal(textAt(text, f.range), 'marketplace');
  });
  it('flags a hadoop section even with rest-server, pointing at it', () => {
    const text = yaml('hadoop:', '  custom-hadoop-binary-path: /x', 'rest-server: {}', 'marketplace-db: {}');
    const [f] = findings(text, 'legacy-format', { fileName: '/c/services-configuration.yaml' });
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /top-level `hadoop` section/);
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0].file, '/c/services-configuration.yaml');
    assert.equal(textAt(text, f.related[0].range), 'hadoop');
  });
  it('is silent with rest-server (even empty), and without marketplace config', () => {
    assert.deepEqual(findings(yaml('rest-server: {}', 'marketplace-db: {}'), 'legacy-format'), []);
    assert.deepEqual(findings(yaml('rest-server:', 'marketplace-db: {}'), 'legacy-format'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-id: pai'), 'legacy-format'), []);
  });
});
