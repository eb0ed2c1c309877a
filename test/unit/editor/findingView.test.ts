import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/finding';
import { tooLargeMessage, tooLargeToCheck } from '../../../src/editor/checkLimits';
import { findingOf, ruleDocUrl } from '../../../src/editor/findingView';

const range = (l: number, a: number, b: number) => ({ start: { line: l, character: a }, end: { line: l, character: b } });
const finding = (code: string, r: Finding['range'], message = 'm'): Finding => ({ code, severity: 'error', message, range: r, related: [], fixes: [] });

describe('editor findingView', () => {
  it('links a rule code to its README anchor', () => {
    assert.equal(ruleDocUrl('switch-not-string'), 'https://github.com/openpai-tools/openpai-marketplace-tools#rule-switch-not-string');
  });

  it('finds the finding a diagnostic came from by code and range, then message', () => {
    const a = finding('api-uri', range(3, 2, 9), 'first');
    const b = finding('api-uri', range(3, 2, 9), 'second');
    const c = finding('schema', range(3, 2, 9));
    assert.equal(findingOf([a, b, c], { code: 'api-uri', range: range(3, 2, 9), message: 'second' }), b);
    assert.equal(findingOf([a, b, c], { code: 'schema', range: range(3, 2, 9), message: 'other' }), c);
    assert.equal(findingOf([a, b, c], { code: 'api-uri', range: range(4, 2, 9), message: 'first' }), undefined);
  });

  it('stops checking past 50,000 lines or 2 MB and says so', () => {
    assert.equal(tooLargeToCheck(1_000_000, 20_000), false);
    assert.equal(tooLargeToCheck(1_000, 50_001), true);
    assert.equal(tooLargeToCheck(2_000_001, 10), true);
    assert.match(tooLargeMessage(3_000_000, 60_000), /60,000 lines.*50,000 lines/);
  });
});
