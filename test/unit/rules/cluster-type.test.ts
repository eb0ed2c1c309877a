import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('cluster-type', () => {
  it('advises adding cluster-type under cluster.common, placed at `common`', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai   # id', '  docker-registry:', '    tag: v1.8.0', 'rest-server: {}');
    const [f] = findings(text, 'cluster-type');
    assert.equal(f.severity, 'info');
    assert.equal(textAt(text, f.range), 'common');
    assert.match(said(f), /pauses 15 s/);
    assert.match(said(f), /every comment is lost/);
    assert.equal(assertFixResolves(text, 'cluster-type'), text.replace('cluster-id: pai   # id\n', 'cluster-id: pai   # id\n    cluster-type: k8s\n'));
  });
  it('creates cluster.common for a marketplace-only file, placed at the section', () => {
    const text = yaml('rest-server: {}', 'marketplace-db:', '  user: mp');
    const [f] = findings(text, 'cluster-type');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.equal(assertFixResolves(text, 'cluster-type'), `${text}cluster:\n  common:\n    cluster-type: k8s\n`);
  });
  it('is an error for another cluster type, and keeps the quoting', () => {
    const text = yaml('cluster:', '  common:', '    cluster-type: "yarn"');
    const [f] = findings(text, 'cluster-type');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), '"yarn"');
    assert.equal(assertFixResolves(text, 'cluster-type'), text.replace('"yarn"', '"k8s"'));
  });
  it('is silent with k8s, and for files with neither cluster.common nor marketplace config', () => {
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-type: k8s', 'marketplace-db: {}'), 'cluster-type'), []);
    assert.deepEqual(findings(yaml('rest-server: {}', 'pylon:', '  port: 80'), 'cluster-type'), []);
  });
});
