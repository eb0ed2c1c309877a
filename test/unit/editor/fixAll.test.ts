import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { applyEdits, fix, setKey } from '../../../src/core/fix';
import type { Rule } from '../../../src/core/rule';
import { fixAllEdits } from '../../../src/editor/fixAll';
import { yaml } from '../helpers';

/** A rule that wants `key: value` at the root, with a preferred fix that appends it. */
function wants(key: string, value: string): Rule {
  return {
    code: `wants-${key}`, severity: 'error', fixable: true, description: '',
    check(ctx) {
      if (String(ctx.doc.valueAt([key])) === value) { return []; }
      return [{ range: ctx.doc.keyRange([key]), message: `${key} should be ${value}`, fixes: [fix(`set ${key}`, [setKey(ctx.doc, [key], value)], true), fix('other', [setKey(ctx.doc, [key], 'x')])] }];
    },
  };
}

describe('editor fixAll', () => {
  it('applies every preferred fix that does not touch another in one pass, as the fixes\' own edits', () => {
    const text = yaml('# keep me', 'a: 0   # and me', 'b: 0');
    const rules = [wants('a', '1'), wants('b', '2')];
    const result = check(text, { rules });
    const edits = fixAllEdits(result, t => check(t, { rules }));
    assert.equal(edits.length, 2);
    assert.equal(applyEdits(text, edits), yaml('# keep me', 'a: 1   # and me', 'b: 2'));
  });

  it('re-checks for fixes that insert at the same place, and returns one minimal edit', () => {
    const text = yaml('# head', 'z: 0');
    const rules = [wants('a', '1'), wants('b', '2')];
    const result = check(text, { rules });
    const edits = fixAllEdits(result, t => check(t, { rules }));
    assert.equal(edits.length, 1);
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, yaml('# head', 'z: 0', 'a: 1', 'b: 2'));
    assert.deepEqual(check(fixed, { rules }).findings, []);
    assert.equal(edits[0].range.start.line, 2, 'the edit starts where the text changes, not at the top');
  });

  it('returns nothing when no finding has a preferred fix', () => {
    const rules = [wants('a', '1')];
    assert.deepEqual(fixAllEdits(check(yaml('a: 1'), { rules }), t => check(t, { rules })), []);
  });

  it('quotes the marketplace switch with the real rules', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: true  # on', 'rest-server: {}');
    const result = check(text, { fileName: '/c/services-configuration.yaml' });
    const fixed = applyEdits(text, fixAllEdits(result, t => check(t, { fileName: '/c/services-configuration.yaml' })));
    assert.match(fixed, /^ {4}marketplace: 'true' {2}# on$/m);
  });
});
