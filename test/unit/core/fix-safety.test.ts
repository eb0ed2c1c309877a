/**
 * Fixes never damage the file: what `--fix` writes is valid YAML that reads back as meant, a second
 * run has nothing to do, and the user's tags, anchors, comments and layout survive.
 */
import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { applyPreferredFixes } from '../../../src/cli/fixes';
import { ParsedDocument } from '../../../src/core/document';
import { applyEdits, quoteString, setKey } from '../../../src/core/fix';
import { yaml } from '../helpers';

const OPTIONS = { fileName: '/cluster/services-configuration.yaml' };

/** Runs --fix twice: returns the fixed text after asserting it parses and the second run changes nothing. */
function fixTwice(text: string): { text: string; applied: string[] } {
  const first = applyPreferredFixes(text, OPTIONS);
  assert.deepEqual(first.rejected, [], 'a round was undone');
  const errors = new ParsedDocument(first.text).problems.filter(p => p.severity === 'error');
  assert.deepEqual(errors.map(p => p.message), [], `the fixed text does not parse:\n${first.text}`);
  const again = applyPreferredFixes(first.text, OPTIONS);
  assert.deepEqual(again.applied.map(a => `${a.code}: ${a.title}`), [], `a second --fix still changes the text:\n${first.text}`);
  return { text: first.text, applied: first.applied.map(a => a.code) };
}

/** PyYAML's reader refuses these raw (and a tab or YAML 1.1 line break inside a quoted value folds). */
const RAW_UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u2028\u2029\ufffe\uffff]/;

describe('fixes: safe by construction', () => {
  it('a tag with no value (`marketplace: !!str`) gets its value once, and the tag still loads', () => {
    const { text } = fixTwice(yaml('cluster:', '  common:', '    cluster-type: k8s', '    marketplace: !!str', 'marketplace-db:', '  user: mp'));
    assert.match(text, /^ {4}marketplace: !!str 'true'$/m);
    assert.equal(parseDocument(text, { version: '1.1' }).getIn(['cluster', 'common', 'marketplace']), 'true');
  });

  it('a replaced value drops a tag it no longer fits (`!!int` on a name), and keeps its anchor', () => {
    const { text } = fixTwice(yaml(
      'cluster:', '  common:', '    cluster-type: k8s', "    marketplace: 'true'",
      'marketplace-db:', '  db: mp', 'marketplace-restserver:', '  db: !!int &dbname 5', 'other: *dbname',
    ));
    assert.match(text, /^ {2}db: &dbname 'mp'$/m);
    assert.equal((parseDocument(text, { version: '1.1' }).toJS() as Record<string, unknown>).other, 'mp');
  });

  it('a copied credential with control characters is written with escapes, never raw', () => {
    const { text } = fixTwice(yaml(
      'cluster:', '  common:', '    cluster-type: k8s', "    marketplace: 'true'",
      'marketplace-db:', '  user: "mp\\x1b[31mred\\0x"', 'marketplace-restserver:', '  db_user: other',
    ));
    assert.doesNotMatch(text, RAW_UNSAFE);
    assert.equal(parseDocument(text).getIn(['marketplace-restserver', 'db_user']), 'mp\x1b[31mred\0x');
  });

  it('"add cluster-type" and "rename to cluster-type" in one round: one waits, the rest of the round applies', () => {
    const result = applyPreferredFixes(yaml(
      'cluster:', '  common:', '    cluster-typ: k8s', '    marketplace: True', 'marketplace-db:', '  user: mp', '  host: 10.0.0.9',
    ), OPTIONS);
    assert.deepEqual(result.rejected, []);
    assert.ok(result.applied.some(a => a.code === 'ignored-key'), 'the unrelated fix was dropped with the clash');
    const doc = parseDocument(result.text, { uniqueKeys: true });
    assert.deepEqual(doc.errors.map(e => e.message), []);
    assert.equal(doc.getIn(['cluster', 'common', 'cluster-type']), 'k8s');
  });

  it('a new key beside a tagged key (`!!str marketplace: True`) is indented as the key\'s line, not after its tag', () => {
    const { text } = fixTwice(yaml('cluster:', '  common:', '    cluster-id: pai', '    !!str marketplace: True', 'rest-server: {}'));
    assert.match(text, /\n {4}cluster-type: k8s\n/);
  });
  it('an empty tagged value before a comment (`!!null  # note`) keeps a space before the comment', () => {
    const { text } = fixTwice(yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-db:', ' !!null  # user: x', 'rest-server: {}'));
    assert.match(text, /\nmarketplace-db:\n +\{\} # user: x\n/);
  });
  it('a file starting with an explicit key (`? a`) gets new sections at the top level', () => {
    const { text } = fixTwice(yaml('? a', ': 1', 'marketplace-db:', '  user: mp'));
    assert.equal(text, yaml('? a', ': 1', 'marketplace-db:', '  user: mp', 'cluster:', '  common:', "    marketplace: 'true'", '    cluster-type: k8s'));
  });

  it('a key under an explicit parent key lands in its mapping', () => {
    const { text } = fixTwice(yaml('cluster:', '  ? common', '  : cluster-id: pai', "    marketplace: 'true'", 'marketplace-db:', '  user: mp'));
    assert.match(text, /^ {4}cluster-type: k8s$/m);
  });

  it('text with a byte order mark gets the file\'s own indentation', () => {
    const { text } = fixTwice(`\uFEFF${yaml('marketplace-db:', '  user: mp', 'rest-server:', '  x: 1')}`);
    assert.equal(text, `\uFEFF${yaml('marketplace-db:', '  user: mp', 'rest-server:', '  x: 1', 'cluster:', '  common:', "    marketplace: 'true'", '    cluster-type: k8s')}`);
  });

  it('a top-level flow mapping gets new keys inside it', () => {
    const { text } = fixTwice('{marketplace-db: {user: mp}, rest-server: {x: 1}}\n');
    assert.equal(text, "{marketplace-db: {user: mp}, rest-server: {x: 1}, cluster: { common: { marketplace: 'true', cluster-type: k8s } }}\n");
  });

  it('CRLF files stay CRLF', () => {
    const { text } = fixTwice(yaml('marketplace-db:', '  user: mp', 'rest-server:', '  x: 1').replace(/\n/g, '\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
  });

  const V16 = ['cluster:', '  common:', '    cluster-type: k8s', "    marketplace: 'true'", '  docker-registry:', '    tag: v1.6.0', 'webportal:', '  plugins:'];
  const MANUAL = ['  - id: marketplace', '    title: Marketplace', '    uri: /marketplace/plugin.js'];

  it('removing a plugin entry keeps the own-line comments around it', () => {
    const { text } = fixTwice(yaml(...V16, '  # the manual one', ...MANUAL, '  # about the next one', '  - id: other', '    title: Other', '    uri: /x.js', '  # end of the list', 'rest-server:', '  x: 1'));
    assert.equal(text, yaml(...V16, '  # the manual one', '  # about the next one', '  - id: other', '    title: Other', '    uri: /x.js', '  # end of the list', 'rest-server:', '  x: 1'));
  });

  it('removing the only plugin entry leaves [] and keeps the comments', () => {
    const { text } = fixTwice(yaml(...V16, '  # the manual one', ...MANUAL, '  # end of the list', 'rest-server:', '  x: 1'));
    assert.equal(text, yaml(...V16.slice(0, -1), '  plugins: []', '  # the manual one', '  # end of the list', 'rest-server:', '  x: 1'));
  });

  it('removing the only key of a section leaves {} and keeps the comments', () => {
    const text = yaml('marketplace-db:', '  # no host: paictl computes it', '  host: 10.0.0.9', '# next', 'rest-server:', '  x: 1');
    const fixed = applyPreferredFixes(text, OPTIONS).text;
    assert.match(fixed, /^marketplace-db: \{\}\n {2}# no host: paictl computes it\n# next\n/);
  });
});

describe('scalar text: one writer for every value a fix writes', () => {
  const VALUES = ['plain', 'it\'s', 'true', '0755', 'a: b', ' lead', '<<', 'x\x1by', 'nul\0', 'del\x7f', 'c1\u009b', 'nel\u0085', 'ls\u2028', 'bom\ufeff', 'bidi\u202e', 'tab\tx', 'nl\nx', 'back\\slash', '😀é', 'x'.repeat(200)];
  for (const style of ['plain', 'single', 'double'] as const) {
    it(`writes every value as one line that reads back the same (${style})`, () => {
      for (const v of VALUES) {
        const text = quoteString(v, style);
        assert.doesNotMatch(text, RAW_UNSAFE, JSON.stringify(text));
        assert.doesNotMatch(text, /[\r\n\t\ufeff\u202e]/, JSON.stringify(text));
        for (const version of ['1.1', '1.2'] as const) {
          const doc = parseDocument(`k: ${text}\n`, { version });
          assert.deepEqual(doc.errors, [], `${JSON.stringify(v)} as ${text}`);
          assert.equal(doc.get('k'), v, `${JSON.stringify(v)} as ${text} (YAML ${version})`);
        }
      }
    });
  }

  it('setKey puts a value with escapes in double quotes, whatever style the old value had', () => {
    const text = "marketplace-db:\n  user: 'old'\n";
    const out = applyEdits(text, [setKey(new ParsedDocument(text), ['marketplace-db', 'user'], quoteString('a\x1bb', 'single'))]);
    assert.equal(out, 'marketplace-db:\n  user: "a\\eb"\n');
  });
});
