/**
 * PyYAML's second read is skipped when `yaml`'s clean parse, composed as PyYAML composes it, surely loads
 * (core/pyyaml/loads-as-parsed.ts). These tests hold that skip to PyYAML's verdict (its port, load.ts, itself
 * held to PyYAML 3.11 on the yaml-test-suite in syntax.test.ts): on random texts made of the pieces admins
 * write and of pieces PyYAML reads otherwise, whenever the skip is taken, PyYAML loads the text too.
 * Seeds as in properties.test.ts.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAllDocuments, type Node } from 'yaml';
import { cases as benchCases } from '../../../bench/generate.mjs';
import { ParsedDocument } from '../../../src/core/document';
import { loadsAsParsed } from '../../../src/core/pyyaml/loads-as-parsed';
import { MAX_NESTING } from '../../../src/core/pyyaml/recursion';
import { pyyamlFailure } from '../../../src/core/pyyaml/load';
import { yaml } from '../helpers';

const CI_SEED = 20261202;
const params = (numRuns: number): fc.Parameters<[string]> => {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
  return { numRuns, ...(seed !== undefined ? { seed, path: process.env.FC_PATH } : {}) };
};

/** The skip as ParsedDocument takes it: yaml's parse has no error or warning, then the composed tree loads. */
function skipped(text: string): boolean {
  const docs = parseAllDocuments(text.replace(/\r(?!\n)/g, '\n'), { merge: true, uniqueKeys: false });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length > 1 || all.some(d => d.errors.length > 0 || d.warnings.length > 0)) { return false; }
  return loadsAsParsed((all[0]?.contents ?? null) as Node | null, text) === true;
}

/** The walk's verdict: true (loads), false (the full read decides) or where PyYAML surely stops. */
function verdict(text: string): ReturnType<typeof loadsAsParsed> {
  const docs = parseAllDocuments(text, { merge: true, uniqueKeys: false });
  return loadsAsParsed(((Array.isArray(docs) ? docs[0] : docs)?.contents ?? null) as Node | null, text);
}

/** `levels` mappings, one inside the other, and a last key in the innermost. */
function nested(levels: number, before = ''): string {
  const lines = [before];
  for (let d = 0; d < levels - 1; d++) { lines.push(`${'  '.repeat(d)}k${d}:`); }
  lines.push(`${'  '.repeat(levels - 1)}v: 1`);
  return `${lines.filter(l => l !== '').join('\n')}\n`;
}

const KEYS = ['a', 'b', 'db_user', 'cluster-id', 'x.y', '0', 'yes', 'on', 'null', '<<', '=', '1:2', 'a/b', '"q"', "'s'", '[k]', '{k: v}', 'é', '&a k', '*a', 'k'.repeat(1030)];
const VALUES = [
  'v', 'a b', 'http://10.0.0.1:9292/api', '1:30', '0123', '0x1F', '0b101', '0o17', '0o_', '.5', '.inf', '~', 'yes', 'no', 'Off', 'true',
  "'q'", '"d"', "''", '""', 'a,b', 'a*b', 'a!b', 'x:y', 'x:', 'a #c', '=', '<<', '-1', '2021-02-30', '2021-02-28', '2001-12-14t21:59:43.10-05:00', '0b_', '._', '1_000',
  '&a x', '&b', '&a', '*a', '*b', '*c', '&c [1, 2]', '[]', '{}', '[a, "b", 1]', '{cpu: "1", memory: 1Gi}', '[a, ]', '[a: b]', '{a: [1]}', '[[1], {b: [2]}]',
  '[2021-02-30]', '[0b_]', '{a: ._}', '[a , b ]', '{ a: 1 }', '[*a]', '[*a, *b]', '{a, b: }', '[?x]', '[a?b]', '[a:b]', '{a:1}', '{"a":1}', '[-]', '[- a]', '&a[1]', '*a:',
  '!!str x', '!local x', '|', '>', '|-', '@x', '`x`', '%x', '?x', ':x', '-x', 'a\tb', 'é', 'ü x', '#', "'a''b'", '"a\\"b"', '"\\/"', '"\\x41"', '$HOME', '(x)', '+1',
  '\uFEFF', '\u0085', 'a\u2028b', "'multi\n  line'", 'plain\n  more', '{a: 1,\n  b: 2}', 'k'.repeat(1030), `x: ${'k'.repeat(1030)}`,
];
const INDENT = fc.constantFrom('', '', '', ' ', '  ', '  ', '   ', '    ', '      ');
const lineOf = (keys: readonly string[], values: readonly string[]): fc.Arbitrary<string> => fc.oneof(
  { weight: 3, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys)).map(([i, k]) => `${i}${k}:`) },
  { weight: 5, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys), fc.constantFrom(...values)).map(([i, k, v]) => `${i}${k}: ${v}`) },
  { weight: 3, arbitrary: fc.tuple(INDENT, fc.constantFrom(...values)).map(([i, v]) => `${i}- ${v}`) },
  { weight: 2, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys), fc.constantFrom(...values)).map(([i, k, v]) => `${i}- ${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys)).map(([i, k]) => `${i}- ${k}:`) },
  { weight: 1, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys), fc.constantFrom(...values)).map(([i, k, v]) => `${i}? ${k}\n${i}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(INDENT, fc.constantFrom(...keys)).map(([i, k]) => `${i}<<: ${k.startsWith('*') ? k : '*a'}`) },
  { weight: 1, arbitrary: fc.tuple(INDENT, fc.constantFrom('# c', '#', '# ü', '# &a', '# *a', '#\t')).map(([i, c]) => `${i}${c}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '---', '...', '%YAML 1.1', '  continued', '-', '?', ':', ': x', '? ', 'a: b # c', 'a: b #c', "a: 'b'#c", '\ta: 1', '- - x', '- ? k', '<<: [*a, *b]', '&a\n  x: 1', 'a: &b\n  - 1') },
);
const textOf = (line: fc.Arbitrary<string>, maxLength: number) =>
  fc.tuple(fc.array(line, { minLength: 1, maxLength }), fc.constantFrom('\n', '\n', '\r\n')).map(([ls, nl]) => ls.join(nl) + nl);

/** Texts of every piece. */
const anyText = textOf(lineOf(KEYS, VALUES), 12);
/** The pieces the skip can take, alone. */
const SAFE_KEYS = KEYS.filter(k => skipped(`${k}: 1\n`));
const SAFE_VALUES = VALUES.filter(v => skipped(`a: ${v}\n`) && skipped(`- ${v}\n`));

type Tree = { scalar: string } | { map: [string, Tree][] } | { seq: Tree[] };
const { tree } = fc.letrec<{ tree: Tree }>(tie => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SAFE_VALUES).map(scalar => ({ scalar })),
    fc.array(fc.tuple(fc.constantFrom(...SAFE_KEYS), tie('tree')), { minLength: 1, maxLength: 4 }).map(map => ({ map })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map(seq => ({ seq }))),
}));
/** Block YAML of a tree, laid out as admins lay it out; `extras` picks anchors, aliases, merges, `?` keys and comments. */
function render(t: Tree, extras: number[]): string {
  let anchors = 0;
  let n = 0;
  const pick = () => extras[n++ % extras.length];
  const lines: string[] = [];
  const put = (pad: string, head: string, child: Tree) => {
    if ('scalar' in child) { lines.push(`${head} ${child.scalar}`); return; }
    const choice = pick();
    if (choice === 1) { lines.push(`${head} &n${anchors++}`); } else if (choice === 2 && anchors > 0) { lines.push(`${head} *n${anchors - 1}`); return; } else { lines.push(head); }
    walk(child, `${pad}  `);
  };
  const walk = (node: Tree, pad: string) => {
    if ('map' in node) {
      for (const [k, v] of node.map) {
        const choice = pick();
        if (choice === 3) { lines.push(`${pad}# ${k}`); }
        if (choice === 4 && anchors > 0) { lines.push(`${pad}<<: *n${anchors - 1}`); }
        if (choice === 5 && 'scalar' in v) { lines.push(`${pad}? ${k}`, `${pad}: ${v.scalar}`); continue; }
        put(pad, `${pad}${k}:`, v);
      }
    } else if ('seq' in node) {
      for (const v of node.seq) { put(pad, `${pad}-`, v); }
    } else {
      lines.push(`${pad}${node.scalar}`);
    }
  };
  walk(t, '');
  return lines.join('\n') + '\n';
}
/** Well-formed block texts of those pieces, so that most of them reach PyYAML's verdict. */
const safeText = fc.tuple(tree, fc.array(fc.nat(7), { minLength: 1, maxLength: 9 })).map(([t, extras]) => render(t, extras));

describe('core: PyYAML\'s read skipped where yaml\'s parse, read as PyYAML composes it, surely loads', () => {
  it('on random texts, the skip is taken only where PyYAML loads the text too, and is taken often', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(fc.property(fc.oneof(anyText, safeText, safeText), text => {
      runs++;
      if (skipped(text)) {
        taken++;
        const failure = pyyamlFailure(text);
        assert.equal(failure, undefined, `PyYAML: ${failure?.problem} in ${JSON.stringify(text)}`);
      }
    }), params(6000));
    assert.ok(taken > runs / 3, `the skip was taken on ${taken} of ${runs} texts`);
  });

  it('the pieces that keep the skip include merges, dates, nested flow, explicit keys and non-ASCII', () => {
    for (const safe of ['2021-02-28', '[[1], {b: [2]}]', '[a: b]', 'é', "'a''b'", '&c [1, 2]', '1_000', '0o17']) { assert.ok(SAFE_VALUES.includes(safe), safe); }
    assert.equal(skipped(yaml('x: &d {port: 1}', 'y:', '  <<: *d', '  ? k', '  : v', '  when: 2021-02-28')), true);
    // A `=` key is a string to SafeConstructor (flatten_mapping), and PyYAML loads it.
    assert.equal(skipped('=: 1\n'), true);
    assert.equal(pyyamlFailure('=: 1\n'), undefined);
  });

  it('gives up where PyYAML reads the text otherwise, or cannot load it', () => {
    const outside = [
      'a: !local x', 'b: &x 1\nc: &x 2', 'a: [2021-02-30]', 'a: 2021-02-30', '<<: 1', 'a: |\n  x', 'a:\tb', '? k\n-', '? k\n- a', '? \n  \'s\'\'k\':|', ': x', '--- a',
      'a: =', 'a: b\n  c', 'a: "\\/"', 'a: [x:y]', 'a: [?x]', 'x: *b\ny: &b 1', 'x: &a [*a]', `${'k'.repeat(1030)}: 1`, 'a: 1\rb: 2', '\uFEFFa: 1', 'a: b\u2028c', 'a: {b: 1,\n  c: 2}', '[k]: v', 'a: 0b_', 'a: <<', '0b_: 1', 'm: &m {a: 1}\n<<: [*m, 1]', '<<:', '- =',
    ];
    for (const text of outside) {
      assert.equal(skipped(`x: 1\n${text}\n`), false, JSON.stringify(text));
    }
  });

  it('every bench input, 1 MB explicit key included, takes the walk; deep-1000 is too deep for paictl, and the walk says where', () => {
    assert.deepEqual(benchCases().filter(c => verdict(c.text) === false).map(c => c.name), []);
    const deep = benchCases().find(c => c.name === 'deep-1000')!.text;
    assert.deepEqual(verdict(deep), pyyamlFailure(deep));
    assert.equal((verdict(deep) as { kind: string }).kind, 'depth');
  });

  it(`stops, as Python's recursion limit stops PyYAML, at a value inside more than ${MAX_NESTING} mappings and lists`, () => {
    // Measured with PyYAML 6.0.3's pure-Python SafeLoader (the composer is 3.11's): 491 mappings load from a script.
    const fits = nested(MAX_NESTING);
    assert.equal(verdict(fits), true);
    assert.equal(pyyamlFailure(fits), undefined);
    for (const text of [nested(MAX_NESTING + 1), nested(MAX_NESTING + 300)]) {
      const failure = pyyamlFailure(text);
      assert.deepEqual(verdict(text), failure);
      assert.equal(failure?.kind, 'depth');
      assert.equal(failure?.problem, 'maximum recursion depth exceeded');
      assert.equal(text.slice(0, failure!.start).split('\n').length - 1, MAX_NESTING, 'on the line of the first key too deep');
    }
    // Lists count as mappings do, and flow collections as block ones.
    const flow = `a: ${'['.repeat(MAX_NESTING)}x${']'.repeat(MAX_NESTING)}\n`;
    assert.equal(pyyamlFailure(flow)?.kind, 'depth');
    assert.deepEqual(verdict(flow), pyyamlFailure(flow));
    assert.equal(pyyamlFailure(`a: ${'['.repeat(MAX_NESTING - 1)}x${']'.repeat(MAX_NESTING - 1)}\n`), undefined);
    // PyYAML composes the whole document before it constructs: a bad date before the nesting is not what stops it.
    const dated = nested(MAX_NESTING + 5, 'when: 2021-02-30');
    assert.equal(verdict(dated), false);
    assert.equal(pyyamlFailure(dated)?.kind, 'depth');
  });

  it('a file outside it still gets PyYAML\'s verdict (the duplicate anchor yaml accepts)', () => {
    const doc = new ParsedDocument('a: &x 1\nb: &x 2\n');
    assert.equal(doc.problems.some(p => p.code === 'PYYAML' && /duplicate anchor/.test(p.message)), true);
  });
});
