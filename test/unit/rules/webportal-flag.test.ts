import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('webportal-flag', () => {
  it('warns that the string "false" is truthy and writes the boolean', () => {
    const text = yaml('webportal:', '  marketplace: "false"  # no auto plugin', '  server-port: 9286');
    const [f] = findings(text, 'webportal-flag');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), '"false"');
    assert.match(said(f), /reads as true.*\n.*treats any non-empty string as true/);
    assert.match(said(f), /still adds the Marketplace sidebar entry/);
    assert.equal(assertFixResolves(text, 'webportal-flag'), text.replace('"false"', 'false'));
  });
  it('covers save-template too, and is info for "true"', () => {
    const text = yaml('webportal:', "  marketplace: 'true'", "  save-template: 'off'");
    const found = findings(text, 'webportal-flag');
    assert.deepEqual(found.map(f => [textAt(text, f.range), f.severity]), [["'true'", 'info'], ["'off'", 'warning']]);
    assert.match(said(found[1]), /save to template/);
    assert.equal(assertFixResolves(text, 'webportal-flag'), text.replace("'true'", 'true'));
    assert.equal(applyFix(text, found[1]), text.replace("'off'", 'false'));
  });
  it('is silent for booleans, and before v1.6 (the keys do not exist there)', () => {
    assert.deepEqual(findings(yaml('webportal:', '  marketplace: false', '  save-template: true'), 'webportal-flag'), []);
    assert.deepEqual(findings(yaml('webportal:', '  marketplace: "false"'), 'webportal-flag', { paiVersion: '1.5' }), []);
  });
});
