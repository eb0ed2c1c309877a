import * as assert from 'node:assert/strict';
import { checkLayout } from '../../../src/core/layout-check';
import { findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const TEXT = yaml('cluster:', '  common:', "    marketplace: 'true'", 'rest-server: {}', 'marketplace-db: {}');

describe('layout-machines', () => {
  it('a hostname used twice: an error in the services file, related to both lines of layout.yaml', () => {
    const layout = `${layoutWithMaster()}  - hostname: pai-master\n    hostip: 10.0.0.2\n    machine-type: master-machine\n`;
    const [f, ...rest] = findings(TEXT, 'layout-machines', { files: { 'layout.yaml': layout } });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(TEXT, f.range), 'marketplace-db');
    assert.match(said(f), /"duplicate hostname \[pai-master\] in kubernetes-configuration"/);
    assert.deepEqual(f.related.map(r => [r.file, r.range.start.line]), [['/cluster/layout.yaml', 10], ['/cluster/layout.yaml', 6]]);
  });
  it('no machine-sku is an error; an unknown machine-type a warning naming the known ones', () => {
    const noSku = yaml('machine-list:', '  - hostname: m', '    hostip: 10.0.0.1', '    pai-master: "true"');
    assert.match(said(findings(TEXT, 'layout-machines', { files: { 'layout.yaml': noSku } })[0]), /no `machine-sku`.*\n.*KeyError: 'machine-sku'/);
    const typo = layoutWithMaster().replace('machine-type: master-machine', 'machine-type: master-machin');
    const [w] = findings(TEXT, 'layout-machines', { files: { 'layout.yaml': typo } });
    assert.equal(w.severity, 'warning');
    assert.match(said(w), /`machine-type: master-machin` \(pai-master\) is not in `machine-sku`.*\nmachine-sku has master-machine\./);
  });
  it('is silent on a sound layout, without a layout, or when the file says nothing about the marketplace', () => {
    assert.deepEqual(findings(TEXT, 'layout-machines', { files: { 'layout.yaml': layoutWithMaster() } }), []);
    assert.deepEqual(findings(TEXT, 'layout-machines', { files: {} }), []);
    assert.deepEqual(findings(yaml('rest-server: {}'), 'layout-machines', { files: { 'layout.yaml': 'machine-list: []\n' } }), []);
  });
});

describe('checkLayout (a layout.yaml on its own)', () => {
  it('reports at layout.yaml\'s own lines, sorted, with the rule codes; --disable applies', () => {
    const text = layoutWithMaster().replace('pai-master: "true"', 'pai-master: true');
    const result = checkLayout(text, { fileName: 'cfg/layout.yaml' });
    assert.deepEqual(result.findings.map(f => [f.code, textAt(text, f.range)]), [['layout-master', 'true']]);
    assert.deepEqual(checkLayout(text, { disabled: ['layout-master'] }).findings, []);
  });
  it('a syntax error stops the layout checks', () => {
    const result = checkLayout('machine-list:\n  - hostname: [a\n');
    assert.ok(result.findings.length > 0);
    assert.ok(result.findings.every(f => f.code === 'syntax'));
  });
});
