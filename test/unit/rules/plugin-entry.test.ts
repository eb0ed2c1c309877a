import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const ON = ['cluster:', '  common:', "    marketplace: 'true'"];

describe('plugin-entry', () => {
  it('a null plugins: crashes the parser; fix writes []', () => {
    const text = yaml('webportal:', '  plugins:', '  #  - id: marketplace', '  server-port: 9286');
    const [f] = findings(text, 'plugin-entry');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'plugins');
    assert.match(f.message, /every `paictl service` command fails/);
    assert.equal(assertFixResolves(text, 'plugin-entry'), text.replace('  plugins:\n', '  plugins: []\n'));
  });
  it('no title (any version): KeyError, on the entry\'s first line, no guessed title for other plugins', () => {
    const text = yaml('webportal:', '  plugins:', '  - id: jobs', '    uri: /jobs.js');
    const [f, ...rest] = findings(text, 'plugin-entry', { paiVersion: '1.4' });
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, f.range), 'id: jobs');
    assert.match(said(f), /KeyError: 'title'/);
    assert.deepEqual(f.fixes, []);
  });
  it('the Marketplace entry without uri: fix inserts the computed one', () => {
    const text = yaml(...ON, 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace  # sidebar');
    const [f] = findings(text, 'plugin-entry', { files, paiVersion: '1.5' });
    assert.match(said(f), /KeyError: 'uri'/);
    assert.equal(assertFixResolves(text, 'plugin-entry', { files, paiVersion: '1.5' }), `${text}    uri: http://10.0.0.1/marketplace/plugin.js\n`);
  });
  it('v1.6+: no id renders None (pai#5455); fix adds id: marketplace', () => {
    const text = yaml(...ON, 'webportal:', '  plugins:', '  - title: Marketplace', '    uri: /marketplace/plugin.js');
    const [f] = findings(text, 'plugin-entry', { paiVersion: '1.6' });
    assert.equal(textAt(text, f.range), 'title: Marketplace');
    assert.match(said(f), /`None`/);
    assert.equal(assertFixResolves(text, 'plugin-entry', { paiVersion: '1.6' }), `${text}    id: marketplace\n`);
    assert.deepEqual(findings(text, 'plugin-entry', { paiVersion: '1.5' }), [], 'JSON on v1.5: fine');
  });
  it('v1.6+: another plugin without id gets an id from its title, also in a flow entry', () => {
    const text = yaml('webportal:', '  plugins:', '  - {title: Job Tools!, uri: /tools.js}');
    const [f] = findings(text, 'plugin-entry');
    assert.equal(textAt(text, f.range), '{title: Job Tools!, uri: /tools.js}');
    assert.equal(assertFixResolves(text, 'plugin-entry'), text.replace('/tools.js}', '/tools.js, id: job-tools}'));
  });
  it('v1.6+: a YAML 1.1 boolean or null value renders True/None; fix quotes it', () => {
    const text = yaml('webportal:', '  plugins:', "  - id: yes", "    title: 'Yes'", '    uri: /y.js');
    const [f] = findings(text, 'plugin-entry', { paiVersion: '1.8' });
    assert.equal(textAt(text, f.range), 'yes');
    assert.match(said(f), /Python literal `True`/);
    assert.equal(assertFixResolves(text, 'plugin-entry'), text.replace('id: yes', "id: 'yes'"));
    const nul = yaml('webportal:', '  plugins:', '  - id: x', '    title: ~', '    uri: /y.js');
    const [n] = findings(nul, 'plugin-entry');
    assert.match(said(n), /`None`/);
    assert.deepEqual(n.fixes, []);
    assert.deepEqual(findings(text, 'plugin-entry', { paiVersion: '1.4' }), []);
  });
  it('v1.6+: non-ASCII text renders u\'…\'', () => {
    const text = yaml('webportal:', '  plugins:', '  - id: market', '    title: Marché', '    uri: /m.js');
    const [f] = findings(text, 'plugin-entry');
    assert.equal(textAt(text, f.range), 'Marché');
    assert.match(said(f), /u'…'/);
  });
  it('an entry that is not a mapping', () => {
    const text = yaml('webportal:', '  plugins:', '  - /marketplace/plugin.js');
    const [f] = findings(text, 'plugin-entry', { paiVersion: '1.4' });
    assert.equal(textAt(text, f.range), '/marketplace/plugin.js');
  });
  it('is silent for complete entries', () => {
    assert.deepEqual(findings(yaml('webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: /marketplace/plugin.js', '    config: {a: b}'), 'plugin-entry'), []);
    assert.deepEqual(findings(yaml('webportal:', '  plugins: []'), 'plugin-entry'), []);
  });
});
