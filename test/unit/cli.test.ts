/**
 * The CLI end to end, (--fix, several files, errors, help): the built dist/cli.js run as a child process on
 * temporary copies, the way CI runs it. Rules land over time, so exact assertions use `syntax` and
 * `switch-not-string`; the rest is checked generically (every finding has a well-formed location,
 * the exit code follows the findings).
 */
import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES } from '../../src/core/rules';
import { assertJsonShape, BROKEN_SYNTAX, CLEAN, cli, folder, ONLY_SETTLED, ROOT, SWITCH_BOOLEAN, useCliWorkFolder, work, type JsonReport, type Run } from './cli-run';

describe('cli (dist/cli.js end to end): fixing, files and errors', function () {
  this.timeout(60000);
  useCliWorkFolder();

  describe('--fix', () => {
    it('applies the preferred fix atomically, keeps comments and mode, and changes nothing the second time', () => {
      const file = folder('fix', SWITCH_BOOLEAN);
      const path = join(work, file);
      chmodSync(path, 0o640);
      const first = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(first.stdout, `${file}:6:18: fixed switch-not-string: Quote the value: marketplace: 'true'\nNo problems in 1 file checked as OpenPAI 1.6 (from cluster.docker-registry.tag).\n`);
      assert.equal(readFileSync(path, 'utf8'), SWITCH_BOOLEAN.replace('marketplace: True   # on', "marketplace: 'true'   # on"));
      assert.equal(statSync(path).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(join(work, 'fix')).sort(), ['config.yaml', 'layout.yaml', 'services-configuration.yaml'], 'no temporary file left behind');
      const second = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(second.stdout, `${file}: no fixes to apply\nNo problems in 1 file checked as OpenPAI 1.6 (from cluster.docker-registry.tag).\n`);
      assert.equal(readFileSync(path, 'utf8'), SWITCH_BOOLEAN.replace('marketplace: True   # on', "marketplace: 'true'   # on"));
    });

    it('with every rule on: comments stay, a second run applies nothing and leaves the bytes alone', () => {
      const file = folder('fix-all', SWITCH_BOOLEAN);
      const path = join(work, file);
      const first = cli(work, 'check', '--fix', file);
      assert.ok(first.code === 0 || first.code === 1, first.stderr);
      assert.match(first.stdout, /:6:18: fixed switch-not-string: /);
      const fixed = readFileSync(path, 'utf8');
      for (const comment of ['# cluster settings', '# the marketplace switch', '# on']) { assert.ok(fixed.includes(comment), comment); }
      const second = cli(work, 'check', '--fix', file);
      assert.match(second.stdout, /^.*: no fixes to apply\n/);
      assert.equal(readFileSync(path, 'utf8'), fixed);
      assert.equal(second.code, first.code);
    });

    it('fixes a CR-only file (line breaks as PyYAML and VS Code read them) and keeps its CR line endings', () => {
      const file = folder('fix-cr', SWITCH_BOOLEAN.replace(/\n/g, '\r'));
      const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, `${file}:6:18: fixed switch-not-string: Quote the value: marketplace: 'true'\nNo problems in 1 file checked as OpenPAI 1.6 (from cluster.docker-registry.tag).\n`);
      assert.equal(readFileSync(join(work, file), 'utf8'), SWITCH_BOOLEAN.replace('marketplace: True   # on', "marketplace: 'true'   # on").replace(/\n/g, '\r'));
    });

    it('follows a symbolic link (the link stays a link) and keeps a byte order mark', () => {
      const dir = join(work, 'link');
      folder('link', '\uFEFF' + SWITCH_BOOLEAN, 'real.yaml');
      symlinkSync('real.yaml', join(dir, 'services-configuration.yaml'));
      const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', 'link/services-configuration.yaml');
      assert.match(r.stdout, /^link\/services-configuration\.yaml:6:18: fixed switch-not-string/);
      assert.equal(readFileSync(join(dir, 'real.yaml'), 'utf8'), '\uFEFF' + SWITCH_BOOLEAN.replace('True', "'true'"));
      assert.ok(statSync(join(dir, 'services-configuration.yaml')).isFile());
      assert.equal(readdirSync(dir).includes('services-configuration.yaml'), true);
    });

    it('does not touch a file with YAML syntax errors', () => {
      const text = BROKEN_SYNTAX.replace('cluster-id: [pai', 'marketplace: True\n    cluster-id: [pai');
      const file = folder('fix-broken', text);
      const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`^${file}: not fixed: the file has \\d+ YAML syntax errors?; correct (it|them) first\n`));
      assert.equal(readFileSync(join(work, file), 'utf8'), text);
    });

    it('in json format, the fix lines go to stderr and stdout stays JSON', () => {
      const file = folder('fix-json', SWITCH_BOOLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, '--fix', '--format', 'json', file);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout), { files: [{ file, paiVersion: '1.6', paiVersionSource: 'docker-registry.tag', findings: [] }] });
      assert.match(r.stderr, /fixed switch-not-string/);
    });
  });

  describe('several files', () => {
    it('reports each file and exits by the worst', () => {
      const bad = folder('multi-a', SWITCH_BOOLEAN);
      const good = folder('multi-b', CLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, good, bad);
      assert.equal(r.code, 1);
      assert.equal(r.stdout.split('\n').filter(l => l.startsWith(`${bad}:6:18: error switch-not-string`)).length, 1);
      assert.ok(!r.stdout.includes(`${good}:`));
      assert.match(r.stdout, /^1 error, 0 warnings, 0 info in 2 files checked as OpenPAI 1\.6 \(from config\.yaml's docker_image_tag\) and OpenPAI 1\.6 \(from cluster\.docker-registry\.tag\)\.$/m);
      const json = JSON.parse(cli(work, 'check', '--format', 'json', good, bad).stdout) as JsonReport;
      assertJsonShape(json);
      assert.deepEqual(json.files.map(f => f.file), [good, bad]);
    });

    it('still reports the readable files when one is missing, and exits 2', () => {
      const good = folder('multi-c', CLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, 'missing/services-configuration.yaml', good);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'openpai-marketplace: missing/services-configuration.yaml: no such file\n');
      assert.equal(r.stdout, "No problems in 1 file checked as OpenPAI 1.6 (from config.yaml's docker_image_tag). 1 file could not be checked.\n");
    });
  });

  describe('usage and I/O errors: exit 2, one line on stderr, no stack trace', () => {
    function assertUsageError(r: Run, reason: RegExp): void {
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.equal(r.stderr.split('\n').filter(l => l !== '').length, 1, r.stderr);
      assert.match(r.stderr, reason);
      assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
    }
    it('a missing file', () => { assertUsageError(cli(work, 'check', 'nope.yaml'), /^openpai-marketplace: nope\.yaml: no such file$/m); });
    it('a folder without services-configuration.yaml', () => { mkdirSync(join(work, 'adir'), { recursive: true }); assertUsageError(cli(work, 'check', 'adir'), /^openpai-marketplace: adir: is a folder without services-configuration\.yaml \(paictl reads that file from the config folder\)$/m); });
    it('a binary file', () => {
      writeFileSync(join(work, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01, 0x0a]));
      assertUsageError(cli(work, 'check', 'binary.yaml'), /binary\.yaml: is a binary file \(it contains NUL bytes\)/);
    });
    it('a file over 10 MB', () => {
      writeFileSync(join(work, 'huge.yaml'), '');
      truncateSync(join(work, 'huge.yaml'), 10 * 1024 * 1024 + 1);
      assertUsageError(cli(work, 'check', 'huge.yaml'), /huge\.yaml: is 10\.0 MB, over the 10 MB limit/);
    });
    it('not UTF-8', () => {
      writeFileSync(join(work, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
      assertUsageError(cli(work, 'check', 'latin1.yaml'), /latin1\.yaml: is not UTF-8 text/);
    });
    it('an unknown option', () => { assertUsageError(cli(work, 'check', '--frobnicate', 'x.yaml'), /Unknown option '--frobnicate'/); });
    it('a bad --format', () => { assertUsageError(cli(work, 'check', '--format', 'xml', 'x.yaml'), /--format must be one of text, json, sarif, github \(got 'xml'\)/); });
    it('a bad --pai-version', () => { assertUsageError(cli(work, 'check', '--pai-version', '2.0', 'x.yaml'), /--pai-version must be one of 1\.4, 1\.5, 1\.6, 1\.7, 1\.8 or auto \(got '2\.0'\)/); });
    it('an unknown rule code in --disable', () => { assertUsageError(cli(work, 'check', '--disable', 'syntax,nope', 'x.yaml'), /--disable: unknown rule code 'nope'/); });
    it('no command, an unknown command, no files', () => {
      assertUsageError(cli(work), /missing command/);
      assertUsageError(cli(work, 'lint', 'x.yaml'), /unknown command 'lint'/);
      assertUsageError(cli(work, 'check'), /check: no files given/);
    });
  });

  describe('help, version, rules', () => {
    it('--help prints the usage and exits 0', () => {
      const r = cli(work, '--help');
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage:\n {2}openpai-marketplace check \[options\] <file\|folder>\.\.\./);
      assert.match(r.stdout, /--pai-version/);
    });
    it('--version prints the package version', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(cli(work, '--version'), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
    it('rules lists every code with its severity and description', () => {
      const r = cli(work, 'rules');
      assert.equal(r.code, 0);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.map(l => l.split(/\s+/)[0]), [...RULE_CODES]);
      assert.match(lines.find(l => l.startsWith('switch-not-string'))!, /^switch-not-string\s+error\s+`cluster\.common\.marketplace` is a YAML boolean or number/);
      const json = JSON.parse(cli(work, 'rules', '--format', 'json').stdout) as { code: string; severity: string; description: string }[];
      assert.deepEqual(json.map(x => x.code), [...RULE_CODES]);
      assert.ok(json.every(x => ['error', 'warning', 'info', 'hint'].includes(x.severity) && typeof x.description === 'string'));
    });
  });
});
