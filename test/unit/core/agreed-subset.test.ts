/**
 * The second read (PyYAML's port) is skipped for texts in the agreed subset that `yaml` parses without a
 * problem (core/pyyaml/agreed-subset.ts). These tests hold that skip to PyYAML's own verdict: on random
 * block-YAML texts made of the pieces admins write, and of pieces just outside the subset, whenever the
 * skip would be taken, PyYAML's port loads the text too. Seeds as in properties.test.ts.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { inAgreedSubset } from '../../../src/core/pyyaml/agreed-subset';
import { pyyamlFailure } from '../../../src/core/pyyaml/load';
import { ParsedDocument } from '../../../src/core/document';
import { yaml } from '../helpers';

const CI_SEED = 20261201;
const params = (numRuns: number): fc.Parameters<[string]> => {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
  return { numRuns, ...(seed !== undefined ? { seed, path: process.env.FC_PATH } : {}) };
};

/** What `yaml` says of the text: any error or warning sends it to PyYAML's port. */
function yamlAccepts(text: string): boolean {
  const docs = parseAllDocuments(text, { uniqueKeys: false });
  const all = Array.isArray(docs) ? docs : [];
  return all.length <= 1 && all.every(d => d.errors.length === 0 && d.warnings.length === 0);
}

const KEYS = ['a', 'b', 'db_user', 'cluster-id', 'x.y', '0', 'yes', 'on', 'null', 'k8s', '1:2', 'a/b'];
const VALUES = [
  'v', 'a b', 'http://10.0.0.1:9292/api', '1:30', '0123', '0x1F', '0b101', '.5', '.inf', '~', 'yes', 'no', 'Off', 'true',
  "'q'", '"d"', "''", '""', 'a,b', 'a*b', 'a!b', 'x:y', 'x: y', 'x:', 'a #c', '=', '<<', '-1', '- x', '2021-02-30', '0b_', '._',
  '&a x', '&b', '&a', '*a', '*b', '*c', '&a [1, 2]', '[]', '{}', '[a, "b", 1]', '{cpu: "1", memory: 1Gi}', '[a, ]', '[a: b]', '{a: [1]}', '[2021-02-30]', '[0b_]', '{a: ._}', '[a , b ]', '{ a: 1 }', '[*a]',
  '!!str x', '[1, 2]', '{a: 1}', '|', '>', '@x', '`x`', '%x', '?x', 'a\tb', 'é', '#', "'a''b'", '"a\\"b"', '$HOME', '(x)', '+1',
];
/** The values inside the subset, so that most texts of `insideText` reach PyYAML's verdict. */
const INSIDE = VALUES.filter(v => inAgreedSubset(`a: ${v}\n`));
const INDENT = fc.constantFrom('', '', ' ', '  ', '   ', '    ', '      ');
const lineOf = (values: readonly string[]): fc.Arbitrary<string> => fc.oneof(
  fc.tuple(INDENT, fc.constantFrom(...KEYS)).map(([i, k]) => `${i}${k}:`),
  fc.tuple(INDENT, fc.constantFrom(...KEYS), fc.constantFrom(...values)).map(([i, k, v]) => `${i}${k}: ${v}`),
  fc.tuple(INDENT, fc.constantFrom(...values)).map(([i, v]) => `${i}- ${v}`),
  fc.tuple(INDENT, fc.constantFrom(...KEYS), fc.constantFrom(...values)).map(([i, k, v]) => `${i}- ${k}: ${v}`),
  fc.tuple(INDENT, fc.constantFrom(...KEYS)).map(([i, k]) => `${i}- ${k}:`),
  fc.tuple(INDENT, fc.constantFrom('# c', '#', '# ü')).map(([i, c]) => `${i}${c}`),
  fc.constantFrom('', '---', '...', '%YAML 1.1', '  continued', '-', 'a: b # c', 'x'.repeat(1100) + ': 1', '\ta: 1'),
);
const textOf = (line: fc.Arbitrary<string>, maxLength: number) =>
  fc.tuple(fc.array(line, { minLength: 1, maxLength }), fc.constantFrom('\n', '\r\n')).map(([ls, nl]) => ls.join(nl) + nl);
/** Texts of every piece, inside the subset and just outside it. */
const blockText = textOf(lineOf(VALUES), 12);
/** Texts of the subset's values only (their layout is still random). */
const insideText = textOf(lineOf(INSIDE), 8);

describe('core: the agreed subset (PyYAML read skipped)', () => {
  it('on random block texts, a skip is taken only where PyYAML loads the text too', () => {
    fc.assert(fc.property(fc.oneof(blockText, insideText), text => {
      if (inAgreedSubset(text) && yamlAccepts(text)) {
        const failure = pyyamlFailure(text);
        assert.equal(failure, undefined, `PyYAML: ${failure?.problem} in ${JSON.stringify(text)}`);
      }
    }), params(4000));
  });

  it('holds a realistic services-configuration file, and lets out what PyYAML may refuse', () => {
    const realistic = yaml(
      '# services-configuration.yaml', 'cluster:', '  common:', '    cluster-id: pai', '    marketplace: "true"', '',
      'marketplace-db:', "  passwd: 'S3cret'", '  port: 9391', 'webportal:', '  plugins:', '    - id: marketplace', '      uri: http://10.0.0.1/marketplace/plugin.js # pylon',
    );
    assert.equal(inAgreedSubset(realistic), true);
    for (const outside of ['a: !local x', 'b: &x 1\nc: &x 2', 'a: [1, [2]]', 'a: {b: {c: 1}}', 'a: [2021-02-30]', '<<: *x', 'a: |', 'a:\tb', '? a', '--- ', 'a: 2021-02-30', 'a: =', 'a: <<', 'a: b\n  c', 'a: é', 'a: "é"', "a: 'ü'", 'x: a &b\ny: *b', "x: 'a &b'\ny: *b", 'x: 1 # &b\ny: *b', `${'k'.repeat(1001)}: 1`, 'a: 1\rb: 2']) {
      assert.equal(inAgreedSubset(`x: 1\n${outside}\n`), false, outside);
    }
  });

  it('a file outside it still gets PyYAML\'s verdict (the duplicate anchor yaml accepts)', () => {
    const doc = new ParsedDocument('a: &x 1\nb: &x 2\n');
    assert.equal(doc.problems.some(p => p.code === 'PYYAML' && /duplicate anchor/.test(p.message)), true);
  });
});
