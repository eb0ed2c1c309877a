import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const ON = ['cluster:', '  common:', "    marketplace: 'true'"];

describe('plugin-missing', () => {
  it('v1.4 with other plugins: error at plugins, appends the entry with the computed URI', () => {
    const text = yaml(...ON, 'webportal:', '  plugins:', '    - id: jobs  # keep', '      title: Jobs', '      uri: /jobs.js', '  server-port: 9286');
    const [f, ...rest] = findings(text, 'plugin-missing', { files, paiVersion: '1.4' });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'plugins');
    assert.match(f.message, /no Marketplace item/);
    assert.equal(textAt(text, f.related[0].range), 'marketplace');
    const fixed = assertFixResolves(text, 'plugin-missing', { files, paiVersion: '1.4' });
    assert.equal(fixed, text.replace('/jobs.js\n', '/jobs.js\n    - id: marketplace\n      title: Marketplace\n      uri: http://10.0.0.1/marketplace/plugin.js\n'));
  });
  it('v1.5 without webportal and without layout.yaml: creates the section, root-relative URI', () => {
    const text = yaml(...ON, 'rest-server: {}');
    const [f] = findings(text, 'plugin-missing', { paiVersion: '1.5' });
    assert.equal(textAt(text, f.range), 'marketplace');
    const fixed = assertFixResolves(text, 'plugin-missing', { paiVersion: '1.5' });
    assert.equal(fixed, `${text}webportal:\n  plugins:\n  - id: marketplace\n    title: Marketplace\n    uri: /marketplace/plugin.js\n`);
  });
  it('replaces an empty list', () => {
    const text = yaml(...ON, 'webportal:', '  plugins: []', '  server-port: 9286');
    const fixed = assertFixResolves(text, 'plugin-missing', { files, paiVersion: '1.4' });
    assert.equal(fixed, text.replace('  plugins: []\n', '  plugins:\n  - id: marketplace\n    title: Marketplace\n    uri: http://10.0.0.1/marketplace/plugin.js\n'));
  });
  it('no entry written into a flow mapping (block lines would not fit); v1.6+ still sets the flag', () => {
    const [old] = findings(yaml(...ON, 'webportal: {server-port: 9286}'), 'plugin-missing', { files, paiVersion: '1.4' });
    assert.deepEqual(old.fixes, []);
    const text = yaml(...ON, 'webportal: {marketplace: false, server-port: 9286}');
    const [f] = findings(text, 'plugin-missing', { files, paiVersion: '1.8' });
    assert.deepEqual(f.fixes.map(x => x.title), ['Set webportal.marketplace: true']);
    assert.equal(assertFixResolves(text, 'plugin-missing', { files, paiVersion: '1.8' }), text.replace('marketplace: false', 'marketplace: true'));
  });
  it('no fix into a non-empty flow list', () => {
    const [f] = findings(yaml(...ON, 'webportal:', '  plugins: [{title: Jobs, uri: /jobs.js}]'), 'plugin-missing', { files, paiVersion: '1.4' });
    assert.deepEqual(f.fixes, []);
  });
  it('v1.6+ with webportal.marketplace false and no manual entry: error at the flag, fix sets it back to true', () => {
    const text = yaml(...ON, 'rest-server:', '  server-port: 9186', 'webportal:', '  server-port: 9286', '  marketplace: false   # no duplicate entry, we thought', '  plugins: []');
    for (const paiVersion of ['1.6', '1.7', '1.8'] as const) {
      const [f, ...rest] = findings(text, 'plugin-missing', { files, paiVersion });
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'error');
      assert.equal(textAt(text, f.range), 'false');
      assert.match(said(f), /nobody can reach it/);
      assert.equal(textAt(text, f.related[0].range), 'marketplace');
    }
    assert.equal(assertFixResolves(text, 'plugin-missing', { files, paiVersion: '1.8' }), text.replace('marketplace: false ', 'marketplace: true '));
    const manual = assertFixResolves(text, 'plugin-missing', { files, paiVersion: '1.8' }, 1);
    assert.equal(manual, text.replace('  plugins: []\n', '  plugins:\n  - id: marketplace\n    title: Marketplace\n    uri: http://10.0.0.1/marketplace/plugin.js\n'));
  });
  it('v1.6+: a null flag is false; the string "false" is true (webportal-flag reports it)', () => {
    assert.equal(findings(yaml(...ON, 'webportal:', '  marketplace:'), 'plugin-missing', { files, paiVersion: '1.6' }).length, 1);
    assert.deepEqual(findings(yaml(...ON, 'webportal:', '  marketplace: "false"'), 'plugin-missing', { files, paiVersion: '1.6' }), []);
  });
  it('is silent on v1.6+ with the automatic entry or a manual one, with the marketplace off, or with a Marketplace entry', () => {
    assert.deepEqual(findings(yaml(...ON), 'plugin-missing', { files, paiVersion: '1.6' }), []);
    assert.deepEqual(findings(yaml(...ON, 'webportal:', '  marketplace: true'), 'plugin-missing', { files, paiVersion: '1.8' }), []);
    assert.deepEqual(findings(yaml(...ON, 'webportal:', '  marketplace: false', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: /marketplace/plugin.js'), 'plugin-missing', { files, paiVersion: '1.8' }), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', "    marketplace: 'false'", 'webportal:', '  marketplace: false'), 'plugin-missing', { files, paiVersion: '1.8' }), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    marketplace: true'), 'plugin-missing', { files, paiVersion: '1.4' }), []);
    assert.deepEqual(findings(yaml(...ON, 'webportal:', '  plugins:', '  - title: Marketplace', '    uri: /marketplace/plugin.js'), 'plugin-missing', { files, paiVersion: '1.4' }), []);
  });
});
