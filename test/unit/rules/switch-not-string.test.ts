import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml } from '../helpers';

describe('switch-not-string', () => {
  it('flags a YAML boolean at the value and quotes it', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai # keep', '    marketplace: true  # on', 'rest-server: {}');
    const [f] = findings(text, 'switch-not-string');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'true');
    assert.match(f.message, /the marketplace stays off/);
    const fixed = assertFixResolves(text, 'switch-not-string');
    assert.equal(fixed, text.replace('marketplace: true', "marketplace: 'true'"));
  });
  it('follows the file\'s double quotes', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: "pai"', '    marketplace: True');
    assert.equal(assertFixResolves(text, 'switch-not-string'), text.replace('True', '"true"'));
  });
  it('is silent for the string, and when absent', () => {
    assert.deepEqual(findings(yaml('cluster:', '  common:', "    marketplace: 'true'"), 'switch-not-string'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    marketplace: "false"'), 'switch-not-string'), []);
    assert.deepEqual(findings(yaml('cluster: {}'), 'switch-not-string'), []);
  });
});
