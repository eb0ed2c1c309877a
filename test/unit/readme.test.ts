import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_CODES } from '../../src/core/rules';
import { USAGE } from '../../src/cli/args';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The text of a `## <title>` section, up to the next `## ` heading. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has no "## ${title}" section`);
  const next = README.indexOf('\n## ', start + 1);
  return README.slice(start, next < 0 ? undefined : next);
}

/** Rows of the first Markdown table in a text, as arrays of trimmed cells. */
function firstTable(text: string): string[][] {
  const lines = text.split('\n');
  const first = lines.findIndex(l => l.startsWith('|'));
  assert.ok(first >= 0, 'no table found');
  const rows: string[][] = [];
  for (let i = first; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(lines[i].split('|').slice(1, -1).map(c => c.trim()));
  }
  return rows.slice(2); // header and separator
}

describe('README', () => {
  const rules = section('Rules');

  it('has an anchor `<a id="rule-<code>"></a>` for every rule (the editor and SARIF helpUri link there)', () => {
    const missing = RULE_CODES.filter(code => !README.includes(`<a id="rule-${code}"></a>`));
    assert.deepEqual(missing, []);
  });

  it('anchors only codes that exist, each once', () => {
    const anchored = [...README.matchAll(/<a id="rule-([a-z0-9-]+)"><\/a>/g)].map(m => m[1]);
    assert.deepEqual([...anchored].sort(), [...RULE_CODES].sort());
  });

  it('lists every rule once in the summary table, linked to its section, with its default severity', () => {
    const rows = firstTable(rules);
    const byCode = new Map(rows.map(r => [r[0], r]));
    assert.equal(rows.length, RULE_CODES.length, 'one row per rule');
    for (const rule of RULES) {
      const row = byCode.get(`[\`${rule.code}\`](#rule-${rule.code})`);
      assert.ok(row, `no summary row for ${rule.code}`);
      assert.equal(row[1], rule.severity, `severity of ${rule.code}`);
      assert.match(row[2], /^(?:yes|no)$/, `fix column of ${rule.code}`);
      assert.ok(row[3].length > 0, `description of ${rule.code}`);
    }
  });

  it('gives every rule its own section heading after its anchor, written from the rule\'s docs in registry order', () => {
    const block = /<!-- rule-sections:begin[^\n]*-->\n([\s\S]*)<!-- rule-sections:end -->/.exec(rules);
    assert.ok(block, 'no rule-sections block in the README\'s Rules section');
    const headings = [...block[1].matchAll(/<a id="rule-([a-z0-9-]+)"><\/a>\n### `([a-z0-9-]+)`\n/g)];
    assert.deepEqual(headings.map(m => m[1]), [...RULE_CODES]);
    assert.deepEqual(headings.map(m => m[2]), [...RULE_CODES]);
  });

  it('explains every rule: what it catches, why, the fix and the versions (the rule\'s `docs`)', () => {
    for (const rule of RULES) {
      for (const part of ['Catches', 'Why', 'Fix', 'Versions']) {
        assert.ok(rule.docs.some(line => line.startsWith(`- **${part}:**`)), `${rule.code}: no "- **${part}:**" line in its docs`);
      }
    }
  });

  it('names the test and start commands', () => {
    assert.match(README, /`npm test`|npm ci && npm test/);
    assert.match(README, /`npm start`|npm ci && npm start/);
  });
});

describe('README: the command line', () => {
  it('shows the CLI\'s --help text as it is', () => {
    const block = /```text\n(Usage:\n {2}openpai-marketplace check[\s\S]*?)```\n/.exec(section('Command line'));
    assert.ok(block, 'no usage block in the README');
    assert.equal(block[1], USAGE);
  });
});
