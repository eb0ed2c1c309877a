/**
 * The manifest's localized strings: every `%key%` of package.json has its English text in
 * package.nls.json and a translation in each package.nls.<locale>.json, nothing is left over, and a
 * translation keeps what must not be translated (code spans, command links, settings names).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;

function placeholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') { for (const m of value.matchAll(/^%([\w.-]+)%$/g)) { out.add(m[1]); } } else if (Array.isArray(value)) { value.forEach(v => placeholders(v, out)); } else if (value && typeof value === 'object') { Object.values(value).forEach(v => placeholders(v, out)); }
  return out;
}

/** What a translation must keep verbatim: `code spans`, link targets, and `openpai.*` setting names. */
function invariants(text: string): string[] {
  return [...text.matchAll(/`[^`]*`|\]\([^)]*\)|\bopenpai\.[\w.]+/g)].map(m => m[0]).sort();
}

const used = placeholders(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
const english = read('package.nls.json');
const locales = readdirSync(root).filter(f => /^package\.nls\.[\w-]+\.json$/.test(f));

describe('localized manifest strings', () => {
  it('has English text for every %key% of package.json, and no unused key', () => {
    assert.ok(used.size > 40, `only ${used.size} placeholders found`);
    assert.deepEqual([...used].filter(k => !(k in english)), []);
    assert.deepEqual(Object.keys(english).filter(k => !used.has(k)), []);
  });

  it('points every walkthrough media entry, in every language, at a file that exists', () => {
    for (const file of ['package.nls.json', ...locales]) {
      for (const [key, value] of Object.entries(read(file)).filter(([k]) => k.endsWith('.media'))) {
        assert.ok(existsSync(join(root, value)), `${file}: ${key} -> ${value}`);
      }
    }
  });

  it('has at least the Simplified Chinese translation', () => {
    assert.ok(locales.includes('package.nls.zh-cn.json'), locales.join(', '));
  });

  for (const file of locales) {
    it(`${file}: translates every key, and keeps code spans, command links and setting names as they are`, () => {
      const translated = read(file);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        assert.ok(translated[key].trim() !== '', `${file}: ${key} is empty`);
        assert.deepEqual(invariants(translated[key]), invariants(text), `${file}: ${key}`);
      }
    });
  }
});
