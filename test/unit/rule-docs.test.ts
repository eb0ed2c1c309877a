/**
 * One source of truth for the rules: the registry (src/core/rules). The README table and rule sections and the
 * manifest's rule enum are written from it by `npm run build` (scripts/sync-rules.mjs); this fails when either file
 * has drifted (committed without building), and when a rule that says it has no fix makes one.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check } from '../../src/core/check';
import { RULES } from '../../src/core/rules';
import type { SiblingName } from '../../src/core/siblings';

const ROOT = join(__dirname, '../..');
interface Sync {
  manifestWithRules(text: string, rules: unknown): string;
  readmeWithRules(text: string, rules: unknown): string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
  });
}

describe('rule docs from the registry (npm run build)', () => {
  let sync: Sync;
  before(async () => { sync = await import('../../scripts/sync-rules.mjs') as Sync; });

  it('package.json lists every rule code with its description', () => {
    const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
    assert.equal(text, sync.manifestWithRules(text, RULES), 'package.json has drifted: run npm run build');
  });

  it('the README rule table and rule sections are the registry\'s', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(text, sync.readmeWithRules(text, RULES), 'the README table or a rule section has drifted: run npm run build');
  });

  it('a rule that says "no fix" makes none, on every fixture the tests use', () => {
    const files = yamlFiles(join(ROOT, 'test/fixtures')).filter(f => !/layout\.yaml$|config\.yaml$/.test(f));
    assert.ok(files.length > 20, `${files.length} fixtures`);
    const fixless = new Set(RULES.filter(r => !r.fixable).map(r => r.code));
    const offending: string[] = [];
    for (const file of files) {
      const read = (name: SiblingName) => { try { return readFileSync(join(dirname(file), name), 'utf8'); } catch { return undefined; } };
      const result = check(readFileSync(file, 'utf8'), { fileName: file.replace(/[^/]+$/, 'services-configuration.yaml'), readSibling: read, newSecret: () => 'Fresh1Secret2Made3Here4x' });
      for (const f of result.findings) { if (fixless.has(f.code) && f.fixes.length > 0) { offending.push(`${f.code} in ${file}`); } }
    }
    assert.deepEqual(offending, []);
  });
});
