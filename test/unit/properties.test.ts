/**
 * Properties of check() on random and mutated services-configuration texts (fast-check). Every rule
 * is on, so these hold for rules that land later too. On failure fast-check prints the seed and
 * path; replay with FC_SEED=<seed> FC_PATH=<path>. Developers' runs draw a new seed each time (that is how
 * the shapes below were found); CI (CI=true) uses one fixed seed, so a landing never hangs on a lucky draw.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CST, Parser, parseAllDocuments, visit, type Document } from 'yaml';
import { applyPreferredFixes } from '../../src/cli/fixes';
import { check, type CheckOptions } from '../../src/core/check';
import { ParsedDocument, scalarKey } from '../../src/core/document';
import { credentialAt, renameCredentialEdits } from '../../src/core/credential-links';
import { applyEdits } from '../../src/core/fix';
import { keyAt } from '../../src/core/key-at';
import type { Finding, Range } from '../../src/core/finding';
import type { SiblingName } from '../../src/core/siblings';
import { layoutWithMaster, yaml } from './helpers';

const FILE = '/cluster/services-configuration.yaml';

const SIBLINGS: Record<SiblingName, string> = {
  'layout.yaml': layoutWithMaster('10.0.0.1'),
  'config.yaml': yaml('user: root', 'docker_image_tag: v1.6.0', 'enable_marketplace: "true"'),
};

// newSecret: the editor's password fixes are on too, so their edits are checked like every other.
const OPTIONS: CheckOptions = { fileName: FILE, readSibling: name => SIBLINGS[name], newSecret: () => 'Gen3ratedPassw0rdXYZabcd' };

/** Realistic bases: the shapes admins write, with comments, anchors and the marketplace sections. */
const BASES = [
  yaml(
    '# services-configuration.yaml',
    'cluster:',
    '  common:',
    '    cluster-id: pai',
    '    cluster-type: k8s',
    '    data-path: "/datastorage"',
    '    # the marketplace switch (a string!)',
    '    marketplace: "true"',
    '  docker-registry:',
    '    namespace: openpai',
    '    domain: docker.io',
    '    tag: v1.6.0',
    '    secret-name: regsecret',
    'rest-server:',
    '  default-pai-admin-username: admin',
    '  default-pai-admin-password: s3cret-Passw0rd',
    'pylon:',
    '  port: 80',
    '  ssl:',
    '    crt_name: pai.crt',
    '    crt_path: /home/pai/ssl/pai.crt',
    '    key_name: pai.key',
    '    key_path: /home/pai/ssl/pai.key',
    'webportal:',
    '  server-port: 9286',
    '  marketplace: false',
    '  plugins:',
    '  - id: marketplace',
    '    title: Marketplace',
    '    uri: https://10.0.0.1/marketplace/plugin.js',
    'marketplace-db:',
    '  user: mpuser',
    '  passwd: mp-Passw0rd',
    '  db: marketplace',
    '  port: 9291',
    '  data-path: /mnt/marketplace',
    'marketplace-restserver:',
    '  server-port: 9292',
    '  azure_storage:',
    '    type: blob',
    '    storage_account: openpaimarketplace',
    '    connection_strings: []',
    'marketplace-webportal:',
    '  server-port: 9293',
    '  marketplace_api_uri: https://10.0.0.1/marketplace/api',
  ),
  yaml(
    'x-db: &db',
    '  user: mpuser',
    "  passwd: 'mp-Passw0rd'",
    '  port: 9291',
    'cluster:',
    '  common: {cluster-id: pai, marketplace: true}',
    '  docker-registry: {tag: v1.4.0}',
    'marketplace-db:',
    '  <<: *db',
    '  db: marketplace',
    'marketplace-restserver:',
    '  db_user: mpuser',
    '  db_password: other',
    '  db: marketplace',
    '  db_port: 9291',
    '  server-port: 9292',
    '  azure_storage:',
    '    connection_strings: ["DefaultEndpointsProtocol=https;AccountName=x"]',
    'marketplace-webportal:',
    '  marketplace_api_uri: http://10.0.0.1:9292/api',
    'webportal:',
    '  plugins:',
    '    - title: Marketplace',
    '      uri: /marketplace/plugin.js',
  ),
  yaml(
    'cluster:',
    '  common:',
    '    cluster-id: pai',
    '    marketplace: True',
    'marketplace-db:',
    '  # user: x',
    'marketplace-webportal:',
    'webportal:',
    '  plugins:',
  ).replace(/\n/g, '\r\n'),
  // Tags, anchors, explicit keys, a flow mapping and a byte order mark: shapes fixes must write around.
  `\uFEFF${yaml(
    '? cluster',
    ':',
    '  common: {cluster-id: pai}',
    '  docker-registry:',
    '    tag: !!str v1.5.0',
    'marketplace-db: &mpdb',
    '  user: !!str mp',
    '  passwd: !!str',
    '  db: !!int 5',
    '? marketplace-restserver',
    ': db_user: *mpdb',
    '  db_password: "pa\\x1bss"',
    '  db_host: postgres',
    'webportal:',
    '  plugins:',
    '  # the manual entry',
    '  - id: marketplace',
    '    title: Marketplace',
    '    uri: /marketplace/plugin.js',
    '  # another one',
    '  - {id: marketplace, title: Marketplace, uri: /marketplace/plugin.js}',
    'marketplace-webportal: !!map',
    '  marketplace_api_uri: !!str <openpai cluster>',
  )}`,
];
// The same shapes with CR-only (classic Mac) and CRLF line breaks: PyYAML and VS Code read a lone CR as a line break.
BASES.push(BASES[0].replace(/\n/g, '\r'), BASES[1].replace(/\n/g, '\r'), BASES[0].replace(/\n/g, '\r\n'));

/** Text fragments that tend to break or bend YAML. */
const FRAGMENTS = [':', ': ', ' ', '  ', '\t', '-', '- ', '#', '# c', '&a ', '*a', '<<: *a', '"', "'", '\n', '---\n', '...\n', '{', '}', '[', ']', ',', '? ', '|', '>', '!!str ', '!tag ', '%YAML 1.1\n', '\uFEFF', '😀', 'é', 'true', 'null', '~', '0x1F', '"true"', '\r\n',
  '!!int ', '!!str\n', '!!bool ', '!!null ', '&x ', '*x', '"\\x1b"', '"\\0"', '\u202e', '\u0085', '"\\u2028"', ': !!str', '? a\n: b\n', '\r'];

type Mutation = (text: string) => string;

function clampIndex(text: string, at: number): number { return text.length === 0 ? 0 : at % (text.length + 1); }

function lineOp(text: string, at: number, op: (lines: string[], i: number) => void): string {
  const lines = text.split('\n');
  op(lines, at % lines.length);
  return lines.join('\n');
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(at => (t: string) => { const i = clampIndex(t, at); return t.slice(0, i) + t.slice(i + 1); }),
  fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([at, s]) => (t: string) => { const i = clampIndex(t, at); return t.slice(0, i) + s + t.slice(i); }),
  fc.tuple(fc.nat(), fc.nat({ max: 3 })).map(([at, n]) => (t: string) => { const i = clampIndex(t, at); return t.slice(0, i) + t.slice(i, i + n + 1).repeat(2) + t.slice(i + n + 1); }),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l.splice(i, 1); })),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l.splice(i, 0, l[i]); })),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([at, d]) => (t: string) => lineOp(t, at, (l, i) => {
    const indent = /^ */.exec(l[i])![0].length;
    l[i] = ' '.repeat(Math.max(0, indent + d)) + l[i].trimStart();
  })),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l[i] = `\t${l[i]}`; })),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => lineOp(t, a, (l, i) => { const j = b % l.length; [l[i], l[j]] = [l[j], l[i]]; })),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l[i] = l[i].replace(/^(\s*[\w-]+:)\s*(.*)$/, '$1 &anchor $2'); l.push('extra:', '  <<: *anchor', '  again: *anchor'); })),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l.splice(i, 0, '---'); })),
  // `key: value` as an explicit key (`? key` / `: value`), or with a tag or an anchor on its value.
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => {
    const m = /^(\s*)([\w-]+):(.*)$/.exec(l[i]);
    if (m) { l.splice(i, 1, `${m[1]}? ${m[2]}`, `${m[1]}:${m[3] === '' ? '' : m[3]}`); }
  })),
  // (A scalar tag goes on a scalar value only: `!!str` on a mapping is refused by PyYAML, not by yaml.)
  fc.tuple(fc.nat(), fc.constantFrom('!!str', '!!int', '!!bool', '&t', '!!str &t')).map(([at, p]) => (t: string) => lineOp(t, at, (l, i) => {
    l[i] = l[i].replace(/^(\s*[\w-]+:) (?=[^\s#{[&*!|>])/, `$1 ${p} `);
  })),
  fc.nat().map(at => (t: string) => lineOp(t, at, (l, i) => { l[i] = l[i].replace(/^(\s*[\w-]+:)(\s*)$/, '$1 &t$2'); })),
  fc.constant((t: string) => (t.startsWith('\uFEFF') ? t : `\uFEFF${t}`)),
  fc.constant((t: string) => t.replace(/\r?\n/g, '\r\n')),
);

const mutatedText: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, ms]) => ms.reduce((t, m) => m(t), base));

const YAMLISH = fc.string({ unit: fc.constantFrom(...'abc:- \n\r\t#&*!|>\'"{}[],?%@`<~0123456789'.split(''), '\r\n', '😀', 'é'), maxLength: 200 });

const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mutatedText }, { weight: 1, arbitrary: YAMLISH });

const CI_SEED = 20261201;

/** Runs per property; together at least 10,000 inputs per unit-test run. */
function runParams<T extends unknown[] = [string]>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? CI_SEED : undefined;
  return { numRuns, ...(seed !== undefined ? { seed, path: process.env.FC_PATH } : {}) };
}

/** What PyYAML's reader refuses raw in a file (C0/C1 controls other than tab and line breaks, DEL, U+FFFE/U+FFFF). */
const NON_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/g;

function count(re: RegExp, text: string): number { return (text.match(re) ?? []).length; }

const SCALAR_TOKENS = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar']);

/**
 * Whether yaml kept every scalar it tokenized. On a few invalid shapes (text indented under an
 * explicit key that has no `:` line) it drops lines without an error, where PyYAML refuses the
 * file; edits computed on such a parse may not parse, and --fix rightly undoes them.
 */
function parsedWhole(text: string): boolean {
  let tokens = 0;
  const scalar = (t: CST.Token | undefined) => { if (t && SCALAR_TOKENS.has(t.type) && 'source' in t && t.source !== '') { tokens++; } };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') { continue; }
    scalar(token.value);
    CST.visit(token, item => { scalar(item.key ?? undefined); scalar(item.value); });
  }
  let nodes = 0;
  for (const d of parseAllDocuments(text) as Document.Parsed[]) {
    visit(d, { Scalar(_k, node) { if (node.range && node.range[0] !== node.range[1]) { nodes++; } } });
  }
  return nodes >= tokens;
}

function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/); // lines as VS Code counts them
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside 0..${lines.length - 1}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} outside line ${p.line} (length ${lines[p.line].length})`);
  }
  assert.ok(range.start.line < range.end.line || range.start.line === range.end.line && range.start.character <= range.end.character, `${what}: range ends before it starts`);
}

function textOf(file: string, own: string): string | undefined {
  if (file === FILE) { return own; }
  const name = Object.keys(SIBLINGS).find(n => file.endsWith(`/${n}`)) as SiblingName | undefined;
  return name ? SIBLINGS[name] : undefined;
}

function assertFindingInside(text: string, f: Finding): void {
  assertInside(text, f.range, `${f.code} range`);
  for (const r of f.related) {
    const target = textOf(r.file, text);
    assert.ok(target !== undefined, `${f.code}: related location in an unknown file ${r.file}`);
    assertInside(target, r.range, `${f.code} related`);
  }
  for (const x of f.fixes) { for (const e of x.edits) { assertInside(text, e.range, `${f.code} fix "${x.title}"`); } }
  assert.ok(f.fixes.filter(x => x.preferred).length <= 1, `${f.code}: more than one preferred fix`);
}

describe('properties of check() on random and mutated YAML', function () {
  this.timeout(300000);

  it('every base is checked without a rule crash', () => {
    for (const base of BASES) {
      const crashed = check(base, OPTIONS).findings.filter(f => /could not check this file/.test(f.message));
      assert.deepEqual(crashed.map(f => f.message), []);
    }
  });

  it('never throws, and every range, related location and fix edit lies inside its text', () => {
    fc.assert(fc.property(anyText, text => {
      for (const f of check(text, OPTIONS).findings) { assertFindingInside(text, f); }
    }), runParams(3000));
  });

  it('never throws on nesting deep enough to exhaust the JavaScript stack: one syntax error, inside the text', () => {
    for (const text of [`a: ${'['.repeat(100000)}\n`, `a: ${'{b: '.repeat(50000)}\n`, `${'- '.repeat(30000)}x\n`]) {
      const found = check(text, OPTIONS).findings.filter(f => f.code === 'syntax');
      assert.equal(found.length, 1, found.map(f => f.message).join('\n'));
      assert.match(found[0].message, /^Nested more than 480 levels deep/);
      assertFindingInside(text, found[0]);
      assert.equal(found[0].severity, 'error');
    }
  });

  it('no rule crashes (a crash becomes an info finding "could not check this file")', () => {
    fc.assert(fc.property(anyText, text => {
      const crashed = check(text, OPTIONS).findings.filter(f => /could not check this file/.test(f.message));
      assert.deepEqual(crashed.map(f => `${f.code}: ${f.message}`), []);
    }), runParams(2000));
  });

  it('applying the preferred fixes reaches a fixed point within a few rounds, never breaks the YAML, and is stable', () => {
    fc.assert(fc.property(mutatedText, text => {
      const first = applyPreferredFixes(text, OPTIONS);
      for (const f of first.result.findings) { assertFindingInside(first.text, f); }
      if (parsedWhole(text)) {
        assert.deepEqual(first.rejected.map(r => `${r.code}: ${r.title}`), [], `a round of fixes made the YAML invalid and was undone\n--- text ---\n${text}`);
      }
      assert.ok(count(NON_PRINTABLE, first.text) <= count(NON_PRINTABLE, text), `a fix wrote a raw control character\n--- text ---\n${first.text}`);
      assert.equal(first.text.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'the byte order mark changed');
      const again = applyPreferredFixes(first.text, OPTIONS);
      assert.equal(again.applied.length, 0, `fixes still apply after a full --fix: ${again.applied.map(a => `${a.code}: ${a.title}`).join('; ')}\n--- text ---\n${first.text}`);
      assert.equal(again.text, first.text);
    }), runParams(3500));
  });

  it('keyAt (hovers) never throws, and a key it finds is at its offset and is found again by its path', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, at) => {
      const doc = new ParsedDocument(text, FILE);
      const offset = text.length === 0 ? 0 : at % (text.length + 1);
      const found = keyAt(doc, offset);
      if (!found) { return; }
      assert.ok(found.start <= offset && offset <= found.end, `key ${found.start}-${found.end} does not hold offset ${offset}`);
      const key = found.path[found.path.length - 1];
      assert.equal(typeof key, 'string');
      // A duplicate key or a merge may make the path find another pair of the same name; the name still matches.
      const located = doc.locate(found.path);
      if (located?.pair) { assert.equal(scalarKey(located.pair.key), key); }
    }), runParams<[string, number]>(1000));
  });

  it('renaming a credential (F2) on any text sets it on both sides, or refuses; it never throws or breaks the YAML', () => {
    fc.assert(fc.property(mutatedText, fc.nat(), (text, at) => {
      const doc = new ParsedDocument(text, FILE);
      if (doc.problems.some(p => p.severity === 'error')) { return; }
      const offset = text.length === 0 ? 0 : at % (text.length + 1);
      const found = credentialAt(doc, offset);
      if (!found?.value) { return; }
      const after = new ParsedDocument(applyEdits(text, renameCredentialEdits(doc, '1.5', found, 'N3wValue')), FILE);
      assert.deepEqual(after.problems.filter(p => p.severity === 'error').map(p => p.message), [], 'the rename broke the YAML');
      assert.equal(String(after.valueAt(found.path)), 'N3wValue');
      assert.equal(String(after.valueAt(found.partnerPath)), 'N3wValue');
    }), runParams<[string, number]>(1000));
  });
});
