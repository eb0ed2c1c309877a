import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutWithMaster, run } from '../helpers';

const example = readFileSync(join(__dirname, '..', '..', 'fixtures', 'example', 'services-configuration.yaml'), 'utf8');
const FILES = { 'layout.yaml': layoutWithMaster(), 'config.yaml': 'docker_image_tag: v1.8.0\n' };

/** PyYAML loads nothing from these, so paictl does nothing with them. */
const UNLOADABLE: Record<string, string> = {
  'a stray indent inside marketplace-db': example.replace('  passwd: 123456', '   passwd: 123456'),
  'an unclosed quote in a plugin entry': example.replace('      title: Marketplace', '      title: "Marketplace'),
  'a tab before a key': example.replace('  db_user: user', '\tdb_user: user'),
  'a second document': `${example}---\nfoo: bar\n`,
  'a value PyYAML cannot build': example.replace('  server-port: 9292', '  server-port: 0x_'),
};

describe('a file PyYAML cannot load', () => {
  for (const [name, text] of Object.entries(UNLOADABLE)) {
    it(`${name}: only syntax findings, no side effect of the half-parsed value`, () => {
      const found = run(text, { files: FILES }).findings;
      assert.ok(found.length > 0);
      assert.deepEqual([...new Set(found.map(f => f.code))], ['syntax'], found.map(f => `${f.code}: ${f.message}`).join('\n'));
    });
  }
  it('still gets the file-level findings: the wrong file name, the missing layout.yaml', () => {
    const text = UNLOADABLE['a stray indent inside marketplace-db'];
    const found = run(text, { fileName: '/cluster/service-configuration.yaml', files: {} }).findings;
    assert.deepEqual([...new Set(found.map(f => f.code))].sort(), ['config-folder', 'file-name', 'syntax']);
  });
  it('a duplicate key does not stop PyYAML (the last value wins): the other rules still run', () => {
    const text = example.replace('  user: marketplace\n', '  user: marketplace\n  user: mp\n');
    const codes = new Set(run(text, { files: FILES }).findings.map(f => f.code));
    assert.ok(codes.has('syntax'));
    assert.ok(codes.has('switch-not-string'));
  });
  it('a layout.yaml PyYAML cannot load gives no layout findings from its half-parsed machines', () => {
    const layout = layoutWithMaster().replace('    pai-master: "true"', '    pai-master: "true\n');
    const codes = run(example, { files: { ...FILES, 'layout.yaml': layout } }).findings.map(f => f.code);
    assert.ok(!codes.includes('layout-master'));
  });
});
