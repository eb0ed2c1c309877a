import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('null-section', () => {
  it('flags a section whose keys are all commented out, and writes {} keeping the comments', () => {
    const text = yaml('rest-server: {}', 'marketplace-db:', '#  user: mp', '#  passwd: x', 'marketplace-webportal:', '  server-port: 9293');
    const [f, ...rest] = findings(text, 'null-section');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(said(f), /TypeError/);
    assert.match(said(f), /fail for EVERY service/);
    assert.equal(f.fixes[0].preferred, true);
    assert.equal(assertFixResolves(text, 'null-section'), text.replace('marketplace-db:\n', 'marketplace-db: {}\n'));
  });
  it('keeps a trailing comment on the key line, and replaces an explicit null', () => {
    const text = yaml('marketplace-restserver:   # api', 'marketplace-webportal: ~');
    const found = findings(text, 'null-section');
    assert.deepEqual(found.map(f => textAt(text, f.range)), ['marketplace-restserver', 'marketplace-webportal']);
    assert.equal(assertFixResolves(text, 'null-section'), yaml('marketplace-restserver: {}   # api', 'marketplace-webportal: ~'));
    const second = findings(text, 'null-section')[1];
    assert.equal(assertFixResolves(yaml('marketplace-webportal: ~'), 'null-section'), yaml('marketplace-webportal: {}'));
    assert.match(second.message, /`marketplace-webportal: \{\}`/);
  });
  it('handles the last line without a line break', () => {
    assert.equal(assertFixResolves('marketplace-db:', 'null-section'), 'marketplace-db: {}');
  });
  it('is silent for mappings, empty mappings, absent sections and other null keys', () => {
    assert.deepEqual(findings(yaml('marketplace-db: {}', 'marketplace-restserver:', '  db_user: x', 'webportal:', 'pylon:'), 'null-section'), []);
  });
});
