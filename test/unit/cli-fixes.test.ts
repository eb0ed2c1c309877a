import * as assert from 'node:assert/strict';
import { applyPreferredFixes, MAX_FIX_ROUNDS } from '../../src/cli/fixes';
import { fix, edit } from '../../src/core/fix';
import type { Rule } from '../../src/core/rule';
import { switchNotString } from '../../src/core/rules/switch-not-string';
import { layoutWithMaster, yaml } from './helpers';

/** A rule that replaces every `old` with `new`, one finding (and preferred fix) per occurrence. */
function replacing(code: string, old: string, replacement: string, preferred = true): Rule {
  return {
    code, severity: 'error', fixable: true, description: code,
    check(ctx) {
      const out = [];
      for (let i = ctx.doc.text.indexOf(old); i >= 0; i = ctx.doc.text.indexOf(old, i + 1)) {
        out.push({ range: ctx.doc.range(i, i + old.length), message: `${old} here`, fixes: [fix(`write ${replacement}`, [edit(ctx.doc, i, i + old.length, replacement)], preferred)] });
      }
      return out;
    },
  };
}

describe('cli: applying preferred fixes', () => {
  it('applies the switch-not-string fix and reports where', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: True # c');
    const out = applyPreferredFixes(text, { rules: [switchNotString] });
    assert.equal(out.text, yaml('cluster:', '  common:', "    marketplace: 'true' # c"));
    assert.deepEqual(out.applied, [{ code: 'switch-not-string', title: "Quote the value: marketplace: 'true'", line: 2, character: 17 }]);
    assert.deepEqual(out.result.findings, []);
  });

  it('applies non-overlapping fixes together and overlapping ones in later rounds', () => {
    // `ab` → `b` and `b` → `c` overlap on "ab": the first wins this round, the second the next.
    const out = applyPreferredFixes('x: ab\n', { rules: [replacing('r1', 'ab', 'b'), replacing('r2', 'b', 'c')] });
    assert.equal(out.text, 'x: c\n');
    assert.deepEqual(out.applied.map(a => a.code), ['r1', 'r2']);
  });

  it('ignores fixes that are not preferred, and fixes that change nothing', () => {
    assert.equal(applyPreferredFixes('x: a\n', { rules: [replacing('r', 'a', 'b', false)] }).applied.length, 0);
    assert.equal(applyPreferredFixes('x: a\n', { rules: [replacing('r', 'a', 'a')] }).applied.length, 0);
  });

  it('stops after MAX_FIX_ROUNDS when fixes never settle', () => {
    const grows: Rule = {
      code: 'grow', severity: 'error', fixable: true, description: 'grow',
      check: ctx => [{ range: ctx.doc.range(3, 4), message: 'grow', fixes: [fix('grow', [edit(ctx.doc, 3, 3, 'a')], true)] }],
    };
    const out = applyPreferredFixes('x: a\n', { rules: [grows] });
    assert.equal(out.applied.length, MAX_FIX_ROUNDS);
    assert.equal(out.text, `x: ${'a'.repeat(MAX_FIX_ROUNDS + 1)}\n`);
  });

  it('--fix on a real-shaped file never rewrites a working custom URI nor copies a `<password>` placeholder', () => {
    const text = yaml(
      'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'", '  docker-registry:', '    tag: v1.5.0',
      'rest-server:', '  server-port: 9186',
      'pylon:', '  domain: pai.example.com', '  ssl:', '    crt_name: pai.crt', '    crt_path: /certs/pai.crt', '    key_name: pai.key', '    key_path: /certs/pai.key',
      'marketplace-db:', '  user: mp', '  passwd: <password>',
      'marketplace-restserver:', '  db_user: mp', '  db_password: Rs-Real-Secret9',
      'marketplace-webportal:', '  marketplace_api_uri: https://pai.example.com:32767',
      'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: https://openpai.github.io/openpaimarketplace/plugin.js');
    const layout = layoutWithMaster('10.0.0.1');
    const out = applyPreferredFixes(text, { fileName: '/c/services-configuration.yaml', readSibling: n => (n === 'layout.yaml' ? layout : undefined) });
    assert.equal(out.text, text);
    assert.deepEqual(out.applied, []);
  });

  it('leaves a text with YAML syntax errors alone', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: True', 'x: [1');
    const out = applyPreferredFixes(text, { rules: [switchNotString] });
    assert.equal(out.text, text);
    assert.deepEqual(out.applied, []);
    assert.equal(out.syntaxErrors, 1);
  });

  it('undoes a round whose fixes would make the YAML invalid', () => {
    const out = applyPreferredFixes('x: a\n', { rules: [replacing('breaks', 'a', '[a')] });
    assert.equal(out.text, 'x: a\n');
    assert.deepEqual(out.applied, []);
    assert.deepEqual(out.rejected, [{ code: 'breaks', title: 'write [a', line: 0, character: 3 }]);
  });
});
