import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { keyAt } from '../../../src/core/key-at';
import { yaml } from '../helpers';

/** keyAt at the `|` in the text (the marker is removed before parsing). */
function at(text: string) {
  const offset = text.indexOf('|');
  const doc = new ParsedDocument(text.slice(0, offset) + text.slice(offset + 1));
  const found = keyAt(doc, offset);
  return found && { path: found.path, key: doc.text.slice(found.start, found.end) };
}

describe('core keyAt', () => {
  it('gives the full path of a key, through sequence items', () => {
    assert.deepEqual(at(yaml('webportal:', '  plugins:', '    - id: marketplace', '      u|ri: x')),
      { path: ['webportal', 'plugins', 0, 'uri'], key: 'uri' });
    assert.deepEqual(at(yaml('webportal:', '  plugins:', '    - id: a', '    - |id: b')), { path: ['webportal', 'plugins', 1, 'id'], key: 'id' });
  });

  it('covers the whole key, from its first character to just after its last, quotes included', () => {
    assert.deepEqual(at(yaml('|marketplace-db:', '  port: 1')), { path: ['marketplace-db'], key: 'marketplace-db' });
    assert.deepEqual(at(yaml('marketplace-db|:', '  port: 1')), { path: ['marketplace-db'], key: 'marketplace-db' });
    assert.deepEqual(at(yaml('marketplace-db:', '  "po|rt": 1')), { path: ['marketplace-db', 'port'], key: '"port"' });
  });

  it('finds nothing on a value, a comment or after the colon', () => {
    assert.equal(at(yaml('marketplace-db:', '  port: 9|291')), undefined);
    assert.equal(at(yaml('marketplace-db:', '  port: 9291 # po|rt')), undefined);
    assert.equal(at(yaml('# marketplace-db:', '#   po|rt: 1', 'a: 1')), undefined);
  });

  it('does not take `key:` text inside a block scalar for a key (indentation would)', () => {
    assert.equal(at(yaml('rest-server:', '  note: |', '    marketplace_api_uri: x', '    po|rt: 1')), undefined);
  });

  it('works in flow mappings and sequences', () => {
    assert.deepEqual(at(yaml('marketplace-db: {user: a, pas|swd: b}')), { path: ['marketplace-db', 'passwd'], key: 'passwd' });
    assert.deepEqual(at(yaml('webportal: {plugins: [{id: m, u|ri: x}]}')), { path: ['webportal', 'plugins', 0, 'uri'], key: 'uri' });
  });

  it('returns nothing on an empty, scalar or broken document rather than throwing', () => {
    assert.equal(at('|'), undefined);
    assert.equal(at('just a |scalar\n'), undefined);
    assert.doesNotThrow(() => at(yaml('a:', '  b: [1, 2', '  c|: :')));
  });
});
