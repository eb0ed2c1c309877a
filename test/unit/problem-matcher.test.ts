/** `$openpai-marketplace`, the problem matcher of the manifest, reads the CLI's real text output. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, folder, ROOT, useCliWorkFolder, work } from './cli-run';
import { yaml } from './helpers';

interface Matcher { name: string; owner: string; fileLocation: string[]; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };

describe('problem matcher $openpai-marketplace', () => {
  useCliWorkFolder();
  const matcher = manifest.contributes.problemMatchers.find(m => m.name === 'openpai-marketplace')!;

  it('is contributed under the CLI\'s name', () => {
    assert.ok(matcher);
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
  });

  it('turns every finding line of `check` into file, line, column, severity, code and message, and nothing else', () => {
    const file = folder('matcher', yaml('cluster:', '  common:', '    marketplace: true', 'marketplace-db:', "  passwd: 'a'", 'marketplace-restserver:', "  db_password: 'b'", 'rest-server: {}'));
    const r = cli(work, 'check', file);
    const lines = r.stdout.trimEnd().split('\n');
    const re = new RegExp(matcher.pattern.regexp);
    const matched = lines.map(l => re.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    const p = matcher.pattern;
    const problems = matched.map(m => ({ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] }));
    const sw = problems.find(x => x.code === 'switch-not-string');
    assert.ok(sw, r.stdout);
    assert.deepEqual({ file: sw.file, line: sw.line, column: sw.column, severity: sw.severity }, { file, line: 3, column: 18, severity: 'error' });
    assert.ok(problems.some(x => x.code === 'db-credentials'), r.stdout);
    // the related locations (indented) and the summary are not problems of their own
    for (const l of lines.filter(l => l.startsWith(' ') || /checked/.test(l))) { assert.equal(re.exec(l), null, l); }
    assert.equal(problems.length, lines.filter(l => !l.startsWith(' ') && !/ checked/.test(l)).length, r.stdout);
  });
});
