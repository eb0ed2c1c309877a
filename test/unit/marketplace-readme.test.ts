/** The admins' README (the .vsix's page) names only commands and settings that exist, by their real titles. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.marketplace.md'), 'utf8');
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> }[] } };

describe('README.marketplace.md', () => {
  it('names each command by the start of its title in the manifest', () => {
    const titles = Object.entries(nls).filter(([k]) => /^command\..+\.title$/.test(k)).map(([, v]) => v);
    const named = [...readme.matchAll(/OpenPAI: ([^*|\n]+?)(?:\*\*| \||\n| \()/g)].map(m => m[1].trim());
    assert.ok(named.length >= 6, named.join('; '));
    for (const name of named.flatMap(n => n.split(' / '))) {
      assert.ok(titles.some(t => t.startsWith(name)), `"${name}" does not start a command title (${titles.join('; ')})`);
    }
  });

  it('names only settings the manifest contributes', () => {
    const settings = new Set(manifest.contributes.configuration.flatMap(c => Object.keys(c.properties)));
    const named = [...readme.matchAll(/`(openpai\.[\w.]+)`/g)].map(m => m[1]);
    assert.ok(named.length >= 3);
    for (const s of named) { assert.ok(settings.has(s), `${s} is not a setting`); }
  });

  it('is for admins: no development commands', () => {
    assert.doesNotMatch(readme, /npm (ci|test|run)|mocha|code-server/);
  });
});
