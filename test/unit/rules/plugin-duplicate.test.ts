import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, findings, textAt, yaml } from '../helpers';

const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const MANUAL = ['  - id: marketplace', '    title: Marketplace', '    uri: /marketplace/plugin.js'];

describe('plugin-duplicate', () => {
  const text = yaml(...ON, 'webportal:', '  plugins:', ...MANUAL, '  server-port: 9286');
  it('v1.6+: a manual entry next to the automatic one: warning over the entry', () => {
    const [f, ...rest] = findings(text, 'plugin-duplicate', { paiVersion: '1.6' });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'id: marketplace\n    title: Marketplace\n    uri: /marketplace/plugin.js');
    assert.match(f.message, /twice/);
    assert.equal(textAt(text, f.related[0].range), 'marketplace');
  });
  it('preferred fix removes the entry, leaving [] (never a null list)', () => {
    assert.equal(assertFixResolves(text, 'plugin-duplicate', { paiVersion: '1.7' }), yaml(...ON, 'webportal:', '  plugins: []', '  server-port: 9286'));
  });
  it('other fix sets webportal.marketplace: false', () => {
    const [f] = findings(text, 'plugin-duplicate');
    assert.equal(f.fixes.filter(x => x.preferred).length, 1);
    const fixed = applyFix(text, f, 1);
    assert.equal(fixed, `${text}  marketplace: false\n`);
    assert.deepEqual(findings(fixed, 'plugin-duplicate'), []);
  });
  it('the string "false" is truthy: still fires, and the fix writes the boolean', () => {
    const quoted = yaml(...ON, 'webportal:', '  marketplace: "false"', '  plugins:', ...MANUAL);
    const [f] = findings(quoted, 'plugin-duplicate');
    assert.equal(textAt(quoted, f.related[1].range), '"false"');
    assert.equal(applyFix(quoted, f, 1), quoted.replace('"false"', 'false'));
  });
  it('v1.4/1.5: two manual entries, the second is the duplicate', () => {
    const two = yaml(...ON, 'webportal:', '  plugins:', ...MANUAL, '  - id: marketplace', '    title: Marketplace again', '    uri: /marketplace/plugin.js');
    const [f, ...rest] = findings(two, 'plugin-duplicate', { paiVersion: '1.4' });
    assert.equal(rest.length, 0);
    assert.equal(f.range.start.line, 8);
    assert.equal(assertFixResolves(two, 'plugin-duplicate', { paiVersion: '1.4' }), yaml(...ON, 'webportal:', '  plugins:', ...MANUAL));
  });
  it('is silent with webportal.marketplace: false, on v1.5, or with the marketplace off', () => {
    assert.deepEqual(findings(yaml(...ON, 'webportal:', '  marketplace: false', '  plugins:', ...MANUAL), 'plugin-duplicate'), []);
    assert.deepEqual(findings(text, 'plugin-duplicate', { paiVersion: '1.5' }), []);
    assert.deepEqual(findings(text.replace("'true'", "'false'"), 'plugin-duplicate'), []);
  });
});
