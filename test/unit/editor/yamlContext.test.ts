import * as assert from 'node:assert/strict';
import { containerPath, cursorContext, lineShape } from '../../../src/editor/yamlContext';

/** Lines of a text, with `|` marking the cursor; returns the line accessor and the cursor. */
function at(...lines: string[]) {
  const line = lines.findIndex(l => l.includes('|'));
  const character = lines[line].indexOf('|');
  const clean = lines.map(l => l.replace('|', ''));
  return { lineAt: (i: number) => clean[i], line, character };
}

describe('editor yamlContext', () => {
  it('reads a line: dashes, key, value without its comment', () => {
    assert.deepEqual(lineShape('  - id: marketplace  # the id'), { blank: false, dashCols: [2], keyCol: 4, key: 'id', keyEnd: 6, colonEnd: 7, rest: 'marketplace' });
    assert.equal(lineShape("  'odd key': 1").key, 'odd key');
    assert.equal(lineShape('  # comment').blank, true);
    assert.equal(lineShape('  url: http://a:80/x').key, 'url');
    assert.equal(lineShape('  marketplace-d').key, undefined);
  });

  it('finds the mapping of a half-typed key from indentation', () => {
    const c = at('cluster:', '  common:', '    cluster-id: pai', '    mark|', 'pylon:', '  port: 80');
    assert.deepEqual(cursorContext(c.lineAt, c.line, c.character), { kind: 'key', parentPath: ['cluster', 'common'], prefix: 'mark', start: 4, end: 8, hasColon: false });
  });

  it('puts a key on an empty line under its parent, and at the root at column 0', () => {
    const c = at('marketplace-db:', '  user: u', '  |');
    assert.deepEqual(cursorContext(c.lineAt, c.line, c.character)?.kind === 'key' && cursorContext(c.lineAt, c.line, c.character), { kind: 'key', parentPath: ['marketplace-db'], prefix: '', start: 2, end: 2, hasColon: false });
    const r = at('marketplace-db:', '  user: u', 'mar|');
    assert.deepEqual(cursorContext(r.lineAt, r.line, r.character), { kind: 'key', parentPath: [], prefix: 'mar', start: 0, end: 3, hasColon: false });
  });

  it('counts sequence items, indented or not', () => {
    const c = at('webportal:', '  plugins:', '    - id: a', '      title: A', '    - id: b', '      ti|');
    assert.deepEqual((cursorContext(c.lineAt, c.line, c.character) as { parentPath: unknown }).parentPath, ['webportal', 'plugins', 1]);
    const d = at('webportal:', '  plugins:', '  - id: a', '  - |');
    assert.deepEqual((cursorContext(d.lineAt, d.line, d.character) as { parentPath: unknown }).parentPath, ['webportal', 'plugins', 1]);
  });

  it('gives the value context after the colon, with the written value', () => {
    const c = at('marketplace-webportal:', '  marketplace_api_uri: http://x|  # old');
    assert.deepEqual(cursorContext(c.lineAt, c.line, c.character), { kind: 'value', path: ['marketplace-webportal', 'marketplace_api_uri'], key: 'marketplace_api_uri', value: 'http://x', start: 23, end: 31 });
    const e = at('cluster:', '  common:', '    marketplace: |');
    assert.deepEqual(cursorContext(e.lineAt, e.line, e.character), { kind: 'value', path: ['cluster', 'common', 'marketplace'], key: 'marketplace', value: '', start: 17, end: 17 });
  });

  it('offers nothing inside a comment or a block scalar header', () => {
    const c = at('# mark|');
    assert.equal(cursorContext(c.lineAt, c.line, c.character), undefined);
    const d = at('a:', '  b: >', '    text|');
    assert.notEqual(cursorContext(d.lineAt, d.line, d.character)?.kind, 'value');
  });

  it('finds the mapping of a key inside a sequence item', () => {
    const c = at('webportal:', '  plugins:', '    - id: marketplace', '      u|ri: x');
    assert.deepEqual(containerPath(c.lineAt, 2, 6, [4]), ['webportal', 'plugins', 0]);
    assert.deepEqual(containerPath(c.lineAt, c.line, 6, []), ['webportal', 'plugins', 0]);
  });
});
