import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const TEXT = yaml('rest-server: {}', 'marketplace-db:', '  user: mp');
const FILE = '/cluster/services-configuration.yaml';

function layout(...machines: string[][]): string {
  return yaml('machine-sku:', '  m:', '    mem: 1', 'machine-list:', ...machines.flat());
}

describe('layout-master', () => {
  it('explains a boolean pai-master, pointing into layout.yaml at the value', () => {
    const text = layout(['  - hostname: a', '    hostip: 10.0.0.1', '    pai-master: true']);
    const [f] = findings(TEXT, 'layout-master', { files: { 'layout.yaml': text } });
    assert.equal(f.severity, 'error');
    assert.equal(textAt(TEXT, f.range), 'marketplace-db');
    assert.match(said(f), /the boolean `pai-master: true`/);
    assert.match(f.message, /`pai-master: "true"` \(with the quotes\)/);
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0].file, '/cluster/layout.yaml');
    assert.equal(textAt(text, f.related[0].range), 'true');
    assert.deepEqual(f.data, { file: '/cluster/layout.yaml', range: f.related[0].range, newText: '"true"' });
  });
  it('reports no master at all, and two masters with both locations', () => {
    const none = layout(['  - hostname: a', '    hostip: 10.0.0.1']);
    const [f] = findings(TEXT, 'layout-master', { files: { 'layout.yaml': none } });
    assert.match(f.message, /no machine with `pai-master: "true"`/);
    assert.equal(textAt(none, f.related[0].range), 'machine-list');
    const two = layout(['  - hostname: a', '    hostip: 10.0.0.1', '    pai-master: "true"'], ['  - hostname: b', '    hostip: 10.0.0.2', "    pai-master: 'true'"]);
    const [g] = findings(TEXT, 'layout-master', { files: { 'layout.yaml': two } });
    assert.match(said(g), /2 machines .*\n.*masters are a, b/);
    assert.match(said(g), /Only one pai-master node supported/);
    assert.deepEqual(g.related.map(r => textAt(two, r.range)), ['"true"', "'true'"]);
  });
  it('a master without a hostip key: every parser raises KeyError, so every service command fails', () => {
    const text = layout(['  - hostname: pai-master', '    machine-type: master-machine', '    pai-master: "true"'],
      ['  - hostname: pai-worker-0', '    hostip: 10.0.0.2', '    machine-type: worker-machine', '    pai-worker: "true"']);
    const [f] = findings(TEXT, 'layout-master', { files: { 'layout.yaml': text } });
    assert.match(f.message, /has no `hostip`/);
    assert.match(said(f), /KeyError: 'hostip'/);
    assert.match(f.message, /every `paictl service` command fails/);
  });
  it('a master with `hostip:` left empty: paictl reads None, the services point at "None"', () => {
    const text = layout(['  - hostname: pai-master', '    hostip:', '    machine-type: master-machine', '    pai-master: "true"']);
    const [f] = findings(TEXT, 'layout-master', { files: { 'layout.yaml': text } });
    assert.match(f.message, /`hostip` is empty/);
    assert.match(said(f), /"None"/);
    assert.doesNotMatch(f.message, /KeyError/);
  });
  it('is silent with one string master, without layout.yaml, with a broken layout, or without marketplace config', () => {
    assert.deepEqual(findings(TEXT, 'layout-master', { files: { 'layout.yaml': layoutWithMaster() } }), []);
    assert.deepEqual(findings(TEXT, 'layout-master', { files: {} }), []);
    assert.deepEqual(findings(TEXT, 'layout-master', { files: { 'layout.yaml': '- a\n' } }), []);
    assert.deepEqual(findings(yaml('rest-server: {}'), 'layout-master', { files: { 'layout.yaml': layout() }, fileName: FILE }), []);
  });
});
