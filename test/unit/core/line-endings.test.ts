/**
 * CR-only (classic Mac) and mixed line endings: PyYAML reads a lone `\r` as a line break, and so does
 * VS Code, so a CR-only file must be checked like its LF twin, at the same lines, and fixed in place
 * with its own line endings.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPreferredFixes } from '../../../src/cli/fixes';
import { ParsedDocument } from '../../../src/core/document';
import type { Finding } from '../../../src/core/finding';
import type { SiblingName } from '../../../src/core/siblings';
import { run, yaml } from '../helpers';

const example = (name: string) => readFileSync(join(__dirname, '../../fixtures/example', name), 'utf8');
const files: Record<SiblingName, string> = { 'layout.yaml': example('layout.yaml'), 'config.yaml': example('config.yaml') };
const OPTIONS = { fileName: '/cluster/services-configuration.yaml', readSibling: (n: SiblingName) => files[n] };

/** A config with findings that have fixes (a boolean switch) and findings that do not. */
const LF = example('services-configuration.yaml').replace(/marketplace: "?true"?/, 'marketplace: True');
const CR = LF.replace(/\n/g, '\r');
const CRLF = LF.replace(/\n/g, '\r\n');
/** Every third line break a lone CR (not before an empty line: CR then LF would be one CRLF), the rest LF. */
const MIXED = LF.split('\n').map((l, i, all) => (i === all.length - 1 ? l : l + (i % 3 === 0 && all[i + 1] !== '' ? '\r' : '\n'))).join('');

const seen = (fs: Finding[]) => fs.map(f => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`);

describe('line endings: CR-only, CRLF and mixed files', () => {
  it('the LF config has findings, fixable ones among them, and no syntax error', () => {
    const found = run(LF, OPTIONS).findings;
    assert.ok(found.some(f => f.code === 'switch-not-string' && f.fixes.length > 0));
    assert.deepEqual(found.filter(f => f.code === 'syntax'), []);
  });

  for (const [name, text] of [['CR-only', CR], ['CRLF', CRLF], ['mixed CR and LF', MIXED]] as const) {
    it(`a ${name} config gives the same findings, at the same lines, as its LF version`, () => {
      assert.deepEqual(seen(run(text, OPTIONS).findings), seen(run(LF, OPTIONS).findings));
    });
  }

  it('counts lines as VS Code does: a lone CR, LF and CRLF each end one line', () => {
    const doc = new ParsedDocument('a: 1\rb: 2\r\nc: 3\nd: x\r');
    assert.equal(doc.lineCount, 5);
    assert.deepEqual(doc.positionAt(doc.text.indexOf('d')), { line: 3, character: 0 });
    assert.equal(doc.lineTextAt(5), 'b: 2');
    assert.deepEqual(doc.value, { a: 1, b: 2, c: 3, d: 'x' });
  });

  it('--fix on a CR-only file applies the fixes to it and keeps its CR line endings', () => {
    const lf = applyPreferredFixes(LF, OPTIONS);
    const cr = applyPreferredFixes(CR, OPTIONS);
    assert.equal(cr.syntaxErrors, 0);
    assert.ok(cr.applied.length > 0);
    assert.deepEqual(cr.applied, lf.applied);
    assert.equal(cr.text, lf.text.replace(/\n/g, '\r'));
    assert.ok(!cr.text.includes('\n'));
    const again = applyPreferredFixes(cr.text, OPTIONS);
    assert.deepEqual(again.applied, [], 'a second --fix applies nothing');
    assert.equal(again.text, cr.text);
  });

  it('a fix that adds lines writes them with the file\'s own line break', () => {
    const lf = yaml('cluster:', '  common:', '    cluster-id: pai', '    marketplace: "true"', '  docker-registry:', '    tag: v1.6.0', 'marketplace-db:', '  passwd: x', 'marketplace-webportal:', '  server-port: 9293');
    const fixedLf = applyPreferredFixes(lf, OPTIONS);
    assert.ok(fixedLf.text.split('\n').length > lf.split('\n').length, `no fix adds a line here:\n${fixedLf.text}`);
    const fixedCr = applyPreferredFixes(lf.replace(/\n/g, '\r'), OPTIONS);
    assert.equal(fixedCr.text, fixedLf.text.replace(/\n/g, '\r'));
    assert.deepEqual(applyPreferredFixes(fixedCr.text, OPTIONS).applied, []);
  });
});
