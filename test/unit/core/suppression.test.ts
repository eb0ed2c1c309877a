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

describe('broken YAML', () => {
  it('offers no fixes while the file does not parse, so fixes never pile up', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: true', '    marketplace: true', 'rest-server: {}');
    const result = run(text);
    assert.ok(result.findings.some(f => f.code === 'syntax'));
    assert.deepEqual(result.findings.filter(f => f.fixes.length > 0), []);
  });
  it('reports at most ten syntax errors', () => {
    const text = Array.from({ length: 40 }, (_, i) => `k${i}: [\n`).join('');
    const syntax = run(text).findings.filter(f => f.code === 'syntax');
    assert.ok(syntax.length > 0 && syntax.length <= 10, String(syntax.length));
  });
});
