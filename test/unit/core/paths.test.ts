import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyPath } from '../../../src/core/paths';
import { findings, yaml } from '../helpers';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? (name === 'generated' ? [] : sources(p)) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('key paths (one formatter)', () => {
  it('writes keys with dots and list indexes in brackets, as admins read them', () => {
    assert.equal(keyPath(['marketplace-db', 'passwd']), 'marketplace-db.passwd');
    assert.equal(keyPath(['webportal', 'plugins', 0, 'uri']), 'webportal.plugins[0].uri');
    assert.equal(keyPath(['marketplace-restserver', 'azure_storage', 'connection_strings', 1]), 'marketplace-restserver.azure_storage.connection_strings[1]');
    assert.equal(keyPath([]), '');
  });

  it('is the form a message shows for a list item', () => {
    const text = yaml('webportal:', '  plugins:', '    - id: marketplace', '      uri: http://<openpai cluster>/marketplace/plugin.js');
    const [f] = findings(text, 'placeholder', { paiVersion: '1.5' });
    assert.ok(f, 'expected a placeholder finding');
    assert.match(f.message, /`webportal\.plugins\[0\]\.uri`/);
    assert.doesNotMatch(`${f.message} ${f.detail ?? ''}`, /plugins\.0/);
  });

  it('is the only place that joins a path with dots (no other form creeps back)', () => {
    const joins = sources('src').filter(p => !p.endsWith(join('core', 'paths.ts')))
      .flatMap(p => readFileSync(p, 'utf8').split('\n').map((l, i) => ({ at: `${p}:${i + 1}`, l })))
      .filter(({ l }) => /\.join\('\.'\)|\.map\(String\)\.join\('\.'/.test(l));
    assert.deepEqual(joins.map(j => j.at), []);
  });
});
