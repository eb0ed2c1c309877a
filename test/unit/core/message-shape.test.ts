import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { check } from '../../../src/core/check';
import { checkLayout } from '../../../src/core/layout-check';
import { PAI_VERSIONS } from '../../../src/core/version';
import { MAX_MESSAGE, messageShapeProblems, sentenceBreaks } from '../message-shape';

/** Every YAML fixture a user could open (the YAML test suite's inputs are the syntax rule's, through its tests). */
function fixtures(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { return name === 'yaml-test-suite' || name === 'node_modules' || name.startsWith('.') ? [] : fixtures(p); }
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

describe('message shape: one sentence that reads alone, the explanation in detail', () => {
  it('knows a sentence break from a dot in a code span, a quote, an abbreviation or a version', () => {
    assert.deepEqual(sentenceBreaks('`a. b` is wrong: write "x. y" instead.'), []);
    assert.deepEqual(sentenceBreaks('It redirects to 443, i.e. to nothing: write `:8443`.'), []);
    assert.deepEqual(sentenceBreaks('Checked as v1.8, e.g. for `x`.'), []);
    assert.equal(sentenceBreaks('It is wrong. Write `x`.').length, 1);
  });

  it('fails on two sentences, a long line, no full stop, and a detail that repeats the message', () => {
    const f = (message: string, detail?: string) => messageShapeProblems({ code: 'r', message, detail });
    assert.deepEqual(f('`x` is wrong: write `y`.', 'Because pai reads it so.'), []);
    assert.match(f('`x` is wrong. Write `y`.').join(), /more than one sentence/);
    assert.match(f(`${'a'.repeat(MAX_MESSAGE)}.`).join(), /characters/);
    assert.match(f('`x` is wrong').join(), /does not end a sentence/);
    assert.match(f('`x` is wrong: write `y`.', '`x` is wrong: write `y`. More.').join(), /repeats the message/);
  });

  for (const file of fixtures('test/fixtures')) {
    it(`every finding on ${file.replace(/\\/g, '/')}, at every OpenPAI version`, () => {
      const text = readFileSync(file, 'utf8');
      const folder = dirname(file);
      const readSibling = (name: string) => { try { return readFileSync(join(folder, name), 'utf8'); } catch { return undefined; } };
      const problems: string[] = [];
      if (basename(file) === 'layout.yaml') {
        problems.push(...checkLayout(text, { fileName: file }).findings.flatMap(messageShapeProblems));
      }
      for (const paiVersion of ['auto', ...PAI_VERSIONS] as const) {
        const name = basename(file) === 'services-configuration.yaml' ? file : join(folder, 'services-configuration.yaml');
        problems.push(...check(text, { fileName: name, paiVersion, readSibling }).findings.flatMap(messageShapeProblems));
      }
      assert.deepEqual([...new Set(problems)], []);
    });
  }
});
