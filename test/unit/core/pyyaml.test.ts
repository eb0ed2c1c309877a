import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ScalarTag } from 'yaml';
import { ParsedDocument } from '../../../src/core/document';
import { PYYAML_TAGS, RESOLVER_FIRST_CHARACTERS, pyTruthy, pyValueOf, python2FloatStr, readPlain11, rendered, type PyValue } from '../../../src/core/pyyaml';
import { Loader } from '../../../src/core/pyyaml/yaml-js-fix';

/**
 * Expected values are PyYAML's (yaml.safe_load, checked by hand with python3-yaml 6.0 against the
 * resolver regexes of yaml/resolver.py) and Python 2.7's str() for the rendered text.
 */
function read(valueText: string): PyValue | undefined {
  const doc = new ParsedDocument(`k: ${valueText}\n`);
  return pyValueOf(doc.locate(['k'])?.node);
}

function valueOf(valueText: string): unknown {
  return (new ParsedDocument(`k: ${valueText}\n`).value as Record<string, unknown>).k;
}

describe('pyyaml: reading values as paictl does', () => {
  it('reads every boolean spelling PyYAML knows, and nothing else', () => {
    for (const t of ['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) { assert.deepEqual(read(t), { kind: 'bool', value: true }, t); }
    for (const t of ['no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) { assert.deepEqual(read(t), { kind: 'bool', value: false }, t); }
    // YAML 1.1's spec lists y/n, PyYAML's resolver does not: they stay strings.
    for (const t of ['y', 'Y', 'n', 'N', 'yEs', 'oN', 'tRUE']) { assert.deepEqual(read(t), { kind: 'str', text: t }, t); }
  });
  it('keeps quoted and block scalars strings', () => {
    assert.deepEqual(read("'no'"), { kind: 'str', text: 'no' });
    assert.deepEqual(read('"0123"'), { kind: 'str', text: '0123' });
    assert.deepEqual(read('!!str 12'), { kind: 'str', text: '12' });
    assert.deepEqual(pyValueOf(new ParsedDocument('k: |\n  off\n').locate(['k'])?.node), { kind: 'str', text: 'off\n' });
  });
  it('reads integers: decimal, octal with a leading 0, hex, binary, underscores, base 60', () => {
    assert.deepEqual(read('9291'), { kind: 'int', value: 9291n });
    assert.deepEqual(read('0123'), { kind: 'int', value: 83n });
    assert.deepEqual(read('0x1f'), { kind: 'int', value: 31n });
    assert.deepEqual(read('0b1_0'), { kind: 'int', value: 2n });
    assert.deepEqual(read('1_000'), { kind: 'int', value: 1000n });
    assert.deepEqual(read('-0_17'), { kind: 'int', value: -15n });
    assert.deepEqual(read('1:30'), { kind: 'int', value: 90n });
    assert.deepEqual(read('190:20:30'), { kind: 'int', value: 685230n });
    assert.deepEqual(read('+1:0:1'), { kind: 'int', value: 3601n });
    assert.deepEqual(read('12345678901234567890'), { kind: 'int', value: 12345678901234567890n });
    // Not integers for PyYAML: 0o (YAML 1.2 only), 08, an upper-case X.
    for (const t of ['0o17', '08', '0X1F', '1:60']) { assert.equal(read(t)?.kind, 'str', t); }
  });
  it('reads floats: a dot, a signed exponent, base 60, .inf and .nan', () => {
    for (const t of ['1.5', '1.', '.5', '1.0e+5', '1_0.5_0', '1:30.5', '.inf', '-.Inf', '.NaN']) { assert.equal(read(t)?.kind, 'float', t); }
    // The exponent needs a sign and a dot before it; `._5` does not start with a digit after the dot.
    for (const t of ['1e5', '1.0e5', '._5', '.']) { assert.equal(read(t)?.kind, 'str', t); }
    assert.equal(valueOf('1:30.5'), 90.5);
    assert.equal(valueOf('1_0.5_0'), 10.5);
    assert.equal(valueOf('-.inf'), -Infinity);
  });
  it('reads null from ~, null spellings and nothing', () => {
    for (const t of ['~', 'null', 'Null', 'NULL', '']) { assert.deepEqual(read(t), { kind: 'null' }, t); }
    for (const t of ['nULL', 'None', '"~"']) { assert.equal(read(t)?.kind, 'str', t); }
  });
  it('reads timestamps (a date, a date and time) and renders them as Python does', () => {
    assert.deepEqual(read('2021-01-20'), { kind: 'timestamp', text: '2021-01-20' });
    assert.equal(rendered(readPlain11('2021-01-20')), '2021-01-20');
    assert.equal(rendered(readPlain11('2001-12-14 21:59:43.10')), '2001-12-14 21:59:43.100000');
    assert.equal(read('2021-1-20')?.kind, 'str');
    assert.equal(valueOf('2021-01-20'), '2021-01-20');
  });
  it('reports what PyYAML resolves but cannot build as a load error', () => {
    for (const t of ['0x_', '0b_', '=']) {
      assert.equal(read(t)?.kind, 'invalid', t);
      const doc = new ParsedDocument(`k: ${t}\n`);
      assert.ok(doc.problems.some(p => p.severity === 'error' && /PyYAML cannot load this value/.test(p.message)), t);
    }
  });
  it('resolves keys and merge keys as PyYAML does', () => {
    const doc = new ParsedDocument('base: &b {port: 0123}\nsvc:\n  <<: *b\n  user: no\n');
    assert.deepEqual(doc.value, { base: { port: 83 }, svc: { port: 83, user: false } });
  });
  it('renders values with Python 2 str(): True, None, 83, 90.5, 1e+16', () => {
    assert.equal(rendered(readPlain11('yes')), 'True');
    assert.equal(rendered(readPlain11('~')), 'None');
    assert.equal(rendered(readPlain11('0123')), '83');
    assert.equal(rendered(readPlain11('1:30.5')), '90.5');
    assert.equal(rendered(readPlain11('1.')), '1.0');
    assert.equal(rendered(readPlain11('.inf')), 'inf');
    assert.equal(python2FloatStr(1e16), '1e+16');
    assert.equal(python2FloatStr(123456789012), '123456789012.0');
    assert.equal(python2FloatStr(0.1 + 0.2), '0.3');
    assert.equal(python2FloatStr(0.00001), '1e-05');
  });
  it('tests truthiness as jinja does', () => {
    assert.equal(pyTruthy(readPlain11('no')), false);
    assert.equal(pyTruthy(readPlain11('0')), false);
    assert.equal(pyTruthy(readPlain11('0.0')), false);
    assert.equal(pyTruthy(readPlain11('~')), false);
    assert.equal(pyTruthy({ kind: 'str', text: 'false' }), true);
    assert.equal(pyTruthy({ kind: 'str', text: '' }), false);
  });

  it('files each resolver under the first characters PyYAML files it under (yaml-js\'s copy of resolver.py)', () => {
    const table = (Loader.prototype as unknown as { yaml_implicit_resolvers: Record<string, [string, RegExp][]> }).yaml_implicit_resolvers;
    const filed = new Map<string, string[]>();
    for (const [first, resolvers] of Object.entries(table)) {
      for (const [tag] of resolvers) { filed.set(tag, [...(filed.get(tag) ?? []), first === '' ? "''" : first]); }
    }
    for (const [tag, first] of RESOLVER_FIRST_CHARACTERS) {
      const ours = first.endsWith("''") ? [...first.slice(0, -2)].concat("''") : [...first];
      assert.deepEqual([...ours].sort(), [...(filed.get(tag) ?? [])].sort(), tag);
    }
  });
  it('gives every plain scalar the tag its resolver pattern gives it, first-character gate or not', () => {
    const tags = PYYAML_TAGS.filter((t): t is ScalarTag & { test: RegExp } => typeof t === 'object' && t.test !== undefined);
    assert.equal(tags.length, RESOLVER_FIRST_CHARACTERS.size);
    for (const tag of tags) {
      const pattern = new RegExp(tag.test.source, tag.test.flags);
      const texts = fc.oneof(fc.string(), fc.stringMatching(pattern), fc.constantFrom('', 'n', 'no', 'null', '~', '0', '.5', '=', '-', '+1', 'x'));
      fc.assert(fc.property(texts, text => tag.test.test(text) === pattern.test(text)), { numRuns: 300 });
    }
  });
});
