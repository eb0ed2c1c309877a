import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ParsedDocument } from '../../../src/core/document';
import { PYYAML_TAGS } from '../../../src/core/pyyaml';
import { check } from '../../../src/core/check';
import { pyValueAt } from '../../../src/core/effective/py-value';
import { distanceStats, editDistance, suggestKeys } from '../../../src/core/schema-suggest';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SHAPES = (JSON.parse(readFileSync(join(FIXTURES, 'yaml-test-suite', 'paictl-shapes.json'), 'utf8')) as { id: string; yaml: string }[]);
const VERDICTS = (JSON.parse(readFileSync(join(FIXTURES, 'yaml-test-suite', 'pyyaml-verdicts.json'), 'utf8')) as { shapes: Record<string, { loads: boolean; value?: unknown }> }).shapes;

function yamlOwn(text: string) {
  const [doc] = parseAllDocuments(text, { merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error', schema: 'pyyaml', customTags: [...PYYAML_TAGS] }) as ReturnType<typeof parseAllDocuments> & unknown[];
  return doc as unknown as { toJS(o: object): unknown; errors: { code: string; pos: [number, number] }[] };
}

const ALIASES = [
  'base: &b {port: 9291, user: mp}\nsvc:\n  <<: *b\n  user: other\nlist: &l [1, 2, *b]\ncopy: *l\n',
  'a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: [*a, *b]\n  z: 3\nd:\n  z: 0\n  <<: *b\n',
  'a: &x 1\nb: *x\na2: &x 2\nc: *x\n',
  'seq:\n  - &i {k: v}\n  - *i\n  - [a: b]\n',
];

describe('the plain value in one walk', () => {
  it('equals yaml\'s toJS on alias and merge shapes and on every fixture', () => {
    const texts = [...ALIASES];
    for (const dir of ['example', 'deploy/cluster-cfg', 'editor', 'openpai-samples']) {
      for (const f of readdirSync(join(FIXTURES, dir)).filter(n => n.endsWith('.yaml'))) { texts.push(readFileSync(join(FIXTURES, dir, f), 'utf8')); }
    }
    for (const text of texts) {
      assert.deepEqual(new ParsedDocument(text).value, yamlOwn(text).toJS({ maxAliasCount: 1000 }), text.slice(0, 80));
    }
  });
  it('equals what PyYAML 3.11 returns on every services-configuration shape whose value the fixture records', () => {
    const recorded = SHAPES.filter(s => VERDICTS[s.id].value !== undefined);
    assert.ok(recorded.length >= 20 && recorded.some(s => s.id === 'merge-two-keys'), `${recorded.length} shapes with a value`);
    for (const s of recorded) { assert.deepEqual(new ParsedDocument(s.yaml).value, VERDICTS[s.id].value, s.id); }
  });
  it('finds duplicate keys where yaml\'s own check does, including through the PyYAML reading (no and false are one key)', () => {
    const text = 'a:\n  x: 1\n  y: 2\n  x: 3\nb: {p: 1, p: 2}\nc:\n  no: 1\n  false: 2\n';
    const mine = new ParsedDocument(text).problems.filter(p => p.code === 'DUPLICATE_KEY').map(p => p.start);
    const theirs = yamlOwn(text).errors.filter(e => e.code === 'DUPLICATE_KEY').map(e => e.pos[0]);
    assert.deepEqual(mine, theirs);
    assert.equal(mine.length, 3);
  });
  it('reports an alias without an anchor before it, as PyYAML does', () => {
    const doc = new ParsedDocument('a: *nowhere\nb: &nowhere 1\n');
    assert.ok(doc.problems.some(p => p.code === 'UNDEFINED_ALIAS' && p.severity === 'error'));
  });
  it('reads a merged mapping where it stands, as PyYAML composes it: its anchor serves the keys below it', () => {
    // python3 -c "import yaml; print(yaml.safe_load(...))" gives {'a': {'k': 1, 'b': {'k': 1}}} (PyYAML 3.11 and 6.0.3).
    const doc = new ParsedDocument('a:\n  <<: &x {k: 1}\n  b: *x\n');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.value, { a: { k: 1, b: { k: 1 } } });
    // And the other way round: a merge of an anchor defined further down is an undefined alias there.
    const later = check('a:\n  <<: *x\n  b: &x {k: 1}\n', { fileName: 'services-configuration.yaml' }).findings;
    assert.deepEqual(later.map(f => [f.code, f.range.start.line, f.range.start.character, f.message]),
      [['syntax', 1, 6, 'Found undefined alias *x: an alias must come after its anchor.']]);
  });
  it('of two `<<` keys in one mapping the later wins, of one key\'s list the first, in the value and in lookups (PyYAML\'s flatten_mapping)', () => {
    // PyYAML 6.0.3 and 3.11: {'p': 'later', 'q': 'first', 'r': 'a'}.
    const text = 'a: &a {p: first, q: first, r: a}\nb: &b {p: b, q: b}\nc: &c {p: later}\nd:\n  <<: [*a, *b]\n  <<: *c\n';
    const doc = new ParsedDocument(text);
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.value, { a: { p: 'first', q: 'first', r: 'a' }, b: { p: 'b', q: 'b' }, c: { p: 'later' }, d: { p: 'later', q: 'first', r: 'a' } });
    const at = (path: string[]) => doc.text.slice(...doc.nodeOffsets(doc.locate(path)?.node)!);
    assert.deepEqual([at(['d', 'p']), at(['d', 'q']), at(['d', 'r'])], ['later', 'first', 'a']);
    assert.deepEqual(pyValueAt(doc, ['d']), { p: 'later', q: 'first', r: 'a' });
  });
  it('a merge of an alias to a list of mappings merges each (a lookup finds the merged key where it is written)', () => {
    const doc = new ParsedDocument(SHAPES.find(s => s.id === 'merge-alias-of-list')!.yaml);
    assert.equal(doc.text.slice(...doc.nodeOffsets(doc.locate(['marketplace-db', 'port'])?.node)!), '9291');
    assert.equal(doc.locate(['marketplace-db', 'port'])?.pair?.key?.range?.[0], doc.text.indexOf('port'));
  });
  it('a quoted \'<<\' is an ordinary key: nothing is merged through it', () => {
    const doc = new ParsedDocument("base: &b {port: 9291}\nsvc:\n  '<<': *b\n");
    assert.deepEqual(doc.value, { base: { port: 9291 }, svc: { '<<': { port: 9291 } } });
    assert.equal(doc.locate(['svc', 'port']), undefined);
  });
  it('`yes` and `1` are one key to PyYAML (True == 1 in a Python dict): a duplicate key', () => {
    const doc = new ParsedDocument('m:\n  1: a\n  yes: b\n  0: c\n  off: d\n');
    assert.deepEqual(doc.problems.map(p => [p.code, doc.text.slice(p.start, p.start + 3)]), [['DUPLICATE_KEY', 'yes'], ['DUPLICATE_KEY', 'off']]);
  });
  it('follows aliases for ranges from the walk', () => {
    const doc = new ParsedDocument('base: &b\n  port: 9291\nmarketplace-db: *b\n');
    assert.equal(doc.text.slice(...doc.nodeOffsets(doc.locate(['marketplace-db', 'port'])?.node)!), '9291');
  });
});

describe('suggestions stay linear', () => {
  it('bounded distance: same answers as the full table within the bound', () => {
    assert.equal(editDistance('marketplace', 'marketpalce'), 1);
    assert.equal(editDistance('server_port', 'server-port'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 2), 3);
    assert.deepEqual(suggestKeys('server_prot', ['server-port', 'db_port']), ['server-port']);
  });
  it('a 1 MB key is never compared letter by letter with the known keys', () => {
    const text = `marketplace-webportal:\n  ? ${'k'.repeat(1_000_000)}\n  : x\nrest-server: {}\n`;
    const before = distanceStats.runs;
    const found = check(text, { fileName: 'services-configuration.yaml' }).findings.filter(f => f.code === 'schema');
    assert.equal(distanceStats.runs, before);
    assert.equal(found.length, 1);
    assert.ok(found[0].message.length < 400, 'the message quotes the key cut short');
  });
  it('20,000 unknown keys: each compared with the known keys once, not with each other', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `  pasted-setting-${i}: v`);
    const text = `marketplace-webportal:\n${keys.join('\n')}\nrest-server: {}\n`;
    const before = distanceStats.runs;
    const found = check(text, { fileName: 'services-configuration.yaml' }).findings.filter(f => f.code === 'schema');
    assert.equal(found.length, 20000);
    assert.ok(distanceStats.runs - before < 20000 * 40, `${distanceStats.runs - before} distance tables`);
  });
});
