import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { appendSeqItem, applyEdits, isPlainSafe, quoteString, removeSeqItem, setKey, type BlockValue } from '../../../src/core/fix';
import type { YamlPath } from '../../../src/core/document';

function set(text: string, path: YamlPath, value: string | BlockValue): string {
  return applyEdits(text, [setKey(new ParsedDocument(text), path, value)]);
}

describe('fix: setKey', () => {
  it('inserts a missing key at the end of its mapping, keeping comments and order', () => {
    const text = 'rest-server:\n  port: 1\ncluster:\n  common:\n    cluster-id: pai # c\n# trailing comment\n';
    assert.equal(set(text, ['cluster', 'common', 'marketplace'], "'true'"),
      'rest-server:\n  port: 1\ncluster:\n  common:\n    cluster-id: pai # c\n    marketplace: \'true\'\n# trailing comment\n');
  });
  it('creates missing parents with the document\'s indentation step', () => {
    assert.equal(set('rest-server:\n    port: 1\n', ['cluster', 'common', 'marketplace'], "'true'"),
      "rest-server:\n    port: 1\ncluster:\n    common:\n        marketplace: 'true'\n");
  });
  it('replaces only the value of an existing key, leaving its comment', () => {
    assert.equal(set('cluster:\n  common:\n    marketplace: true # on\n', ['cluster', 'common', 'marketplace'], "'true'"),
      "cluster:\n  common:\n    marketplace: 'true' # on\n");
  });
  it('fills a key that has no value', () => {
    assert.equal(set('marketplace-db:\nfoo: 1\n', ['marketplace-db'], '{}'), 'marketplace-db: {}\nfoo: 1\n');
    assert.equal(set('marketplace-db:\n  # user: x\nfoo: 1\n', ['marketplace-db', 'user'], 'bob'), 'marketplace-db:\n  user: bob\n  # user: x\nfoo: 1\n');
  });
  it('writes into flow mappings in flow style', () => {
    assert.equal(set('marketplace-db: {}\n', ['marketplace-db', 'user'], 'bob'), 'marketplace-db: { user: bob }\n');
    assert.equal(set('marketplace-db: {a: 1}\n', ['marketplace-db', 'user'], 'bob'), 'marketplace-db: {a: 1, user: bob}\n');
  });
  it('quotes a URI it writes into a flow mapping: PyYAML 3.11 cannot load `{uri: http://x}`', () => {
    const out = set('marketplace-webportal: {}\n', ['marketplace-webportal', 'marketplace_api_uri'], 'http://10.0.0.1/marketplace/api');
    assert.equal(out, "marketplace-webportal: { marketplace_api_uri: 'http://10.0.0.1/marketplace/api' }\n");
    assert.deepEqual(new ParsedDocument(out).problems, []);
    assert.equal(set('a: {b: 1}\n', ['a', 'c'], "'x:y'"), "a: {b: 1, c: 'x:y'}\n");
    assert.equal(set('marketplace-webportal: {marketplace_api_uri: x}\n', ['marketplace-webportal', 'marketplace_api_uri'], 'http://h/api'),
      "marketplace-webportal: {marketplace_api_uri: 'http://h/api'}\n", 'a value replaced inside { } too');
    assert.equal(set('a:\n  b: x\n', ['a', 'b'], 'http://h/api'), 'a:\n  b: http://h/api\n', 'a block mapping keeps it plain');
  });
  it('inserts block values (a sequence) under a new key', () => {
    assert.equal(set('webportal:\n  server-port: 9286\n', ['webportal', 'plugins'], { lines: ['- id: marketplace', '  title: Marketplace'] }),
      'webportal:\n  server-port: 9286\n  plugins:\n  - id: marketplace\n    title: Marketplace\n');
  });
  it('handles empty files, files without a final newline, and CRLF', () => {
    assert.equal(set('', ['cluster', 'common', 'marketplace'], "'true'"), "cluster:\n  common:\n    marketplace: 'true'\n");
    assert.equal(set('a: 1', ['b'], '2'), 'a: 1\nb: 2');
    assert.equal(set('x:\r\n  y: 1\r\n', ['x', 'z'], '2'), 'x:\r\n  y: 1\r\n  z: 2\r\n');
  });
});

describe('fix: sequences', () => {
  const text = 'webportal:\n  plugins:\n  - id: a\n    uri: b\n  - id: m # c\n    uri: x\n  marketplace: true\n';
  it('removes one item with its lines', () => {
    const doc = new ParsedDocument(text);
    assert.equal(applyEdits(text, [removeSeqItem(doc, ['webportal', 'plugins'], 1)!]), 'webportal:\n  plugins:\n  - id: a\n    uri: b\n  marketplace: true\n');
    assert.equal(applyEdits(text, [removeSeqItem(doc, ['webportal', 'plugins'], 0)!]), 'webportal:\n  plugins:\n  - id: m # c\n    uri: x\n  marketplace: true\n');
  });
  it('leaves [] when the last item goes (a null list crashes paictl)', () => {
    const only = 'webportal:\n  plugins:\n    - id: m\n      uri: x\n';
    assert.equal(applyEdits(only, [removeSeqItem(new ParsedDocument(only), ['webportal', 'plugins'], 0)!]), 'webportal:\n  plugins: []\n');
  });
  it('appends at the existing dash column', () => {
    const only = 'webportal:\n  plugins:\n    - id: m\n      uri: x\n';
    assert.equal(applyEdits(only, [appendSeqItem(new ParsedDocument(only), ['webportal', 'plugins'], ['- id: n', '  uri: y'])!]),
      'webportal:\n  plugins:\n    - id: m\n      uri: x\n    - id: n\n      uri: y\n');
  });
});

describe('fix: scalars', () => {
  it('knows which strings survive unquoted in YAML 1.1 and 1.2', () => {
    for (const s of ['user', 'http://10.0.0.1:9292', '/mnt/marketplace', 'pai-master']) { assert.ok(isPlainSafe(s), s); }
    for (const s of ['true', 'yes', 'on', '~', '123', '1e3', '0x1F', '*x', 'a: b', 'a #b', '', ' x', 'null']) { assert.ok(!isPlainSafe(s), s); }
  });
  it('quotes in the asked style', () => {
    assert.equal(quoteString("it's", 'single'), "'it''s'");
    assert.equal(quoteString('x', 'double'), '"x"');
    assert.equal(quoteString('plain', 'plain'), 'plain');
    assert.equal(quoteString('yes', 'plain'), "'yes'");
  });
});
