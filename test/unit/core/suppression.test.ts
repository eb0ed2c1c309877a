import * as assert from 'node:assert/strict';
import { findings, run, yaml } from '../helpers';

describe('suppression comments and disabled rules', () => {
  const bad = ['cluster:', '  common:'];
  it('silences the named code on the next line only', () => {
    const text = yaml(...bad, '    # openpai-disable-next-line switch-not-string', '    marketplace: true');
    assert.deepEqual(findings(text, 'switch-not-string'), []);
    const other = yaml(...bad, '    # openpai-disable-next-line placeholder', '    marketplace: true');
    assert.equal(findings(other, 'switch-not-string').length, 1);
  });
  it('takes a comma-separated list, and no code means every rule', () => {
    assert.deepEqual(findings(yaml(...bad, '    # openpai-disable-next-line placeholder, switch-not-string', '    marketplace: true'), 'switch-not-string'), []);
    assert.deepEqual(run(yaml(...bad, '    # openpai-disable-next-line', '    marketplace: true')).findings.filter(f => f.range.start.line === 3), []);
  });
  it('skips disabled rules', () => {
    assert.deepEqual(findings(yaml(...bad, '    marketplace: true'), 'switch-not-string', { disabled: ['switch-not-string'] }), []);
  });
});
