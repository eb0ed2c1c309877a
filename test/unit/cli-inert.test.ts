import * as assert from 'node:assert/strict';
import { inert, inertJson, inertLine } from '../../src/cli/inert';

describe('cli: inert output (one escaping helper for every format)', () => {
  it('shows control characters, separators and bidi controls as escapes', () => {
    assert.equal(inert('a\x1b[31mb\x07c\nd\re\tf\x7f\u009b\u2028\u202eg\u2066'), 'a\\x1b[31mb\\x07c\\nd\\re\\tf\\x7f\\x9b\\u2028\\u202eg\\u2066');
    assert.equal(inert('plain `text`: 100% é 😀'), 'plain `text`: 100% é 😀');
  });

  it('escapes a line start of :: and any ##[ (GitHub workflow commands)', () => {
    assert.equal(inertLine('::error::x'), '\\x3a:error::x');
    assert.equal(inertLine('  ::stop-commands::t'), '  \\x3a:stop-commands::t');
    assert.equal(inertLine('file:1:1: a ##[error]b'), 'file:1:1: a \\x23#[error]b');
    assert.equal(inertLine(inertLine('::x')), '\\x3a:x');
  });

  it('keeps JSON data the same while writing what JSON.stringify leaves raw as \\u escapes', () => {
    const data = { m: 'a\u202eb\u2028c\x85d ##[error] e\x1bf' };
    const json = inertJson(JSON.stringify(data, null, 2));
    assert.doesNotMatch(json, /[\u202e\u2028\x85\x1b]|##\[/);
    assert.deepEqual(JSON.parse(json), data);
  });
});
