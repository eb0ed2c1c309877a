/**
 * The CLI end to end: the built dist/cli.js run as a child process on temporary copies, the way CI
 * runs it. Rules land over time, so exact assertions use `syntax` and `switch-not-string`; the rest
 * is checked generically (every finding has a well-formed location, the exit code follows the
 * findings).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RULE_CODES } from '../../src/core/rules';
import { layoutWithMaster, yaml } from './helpers';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run { code: number | null; stdout: string; stderr: string }

function cli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Only the two rules whose behaviour is settled: exact assertions stay valid as other rules land. */
const ONLY_SETTLED = ['--disable', RULE_CODES.filter(c => c !== 'syntax' && c !== 'switch-not-string').join(',')];

const SWITCH_BOOLEAN = yaml(
  '# cluster settings',
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  '    # the marketplace switch',
  '    marketplace: True   # on',
  '  docker-registry:',
  '    tag: v1.6.0',
);

const CLEAN = yaml(
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  "    marketplace: 'true'",
);

const BROKEN_SYNTAX = yaml('cluster:', '  common:', '    cluster-id: [pai', 'foo: 1');

let work: string;

/** A config folder with a services-configuration.yaml, layout.yaml and config.yaml. */
function folder(name: string, text: string, fileName = 'services-configuration.yaml'): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, fileName), text);
  writeFileSync(join(dir, 'layout.yaml'), layoutWithMaster());
  writeFileSync(join(dir, 'config.yaml'), yaml('docker_image_tag: v1.6.0'));
  return join(name, fileName);
}

const FINDING_LINE = /^(.+):(\d+):(\d+): (error|warning|info|hint) ([a-z][a-z-]*) (.+)$/;
const SUMMARY_LINE = /^(?:No problems|\d+ errors?, \d+ warnings?, \d+ info(?:, \d+ hints?)?) in (\d+) files? checked(?: as OpenPAI 1\.[4-8])?\.(?: \d+ files? could not be checked\.)?$/;

interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }
interface JsonFinding {
  code: string; severity: string; message: string; range: JsonRange;
  related: { file: string; range: JsonRange; message: string }[];
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
interface JsonReport { files: { file: string; paiVersion: string; findings: JsonFinding[] }[] }

function assertRange(r: JsonRange, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0, `${what}: bad position ${JSON.stringify(p)}`);
  }
  assert.ok(r.start.line < r.end.line || r.start.line === r.end.line && r.start.character <= r.end.character, `${what}: range ends before it starts`);
}

function assertJsonShape(report: JsonReport): void {
  assert.ok(Array.isArray(report.files));
  for (const file of report.files) {
    assert.equal(typeof file.file, 'string');
    assert.match(file.paiVersion, /^1\.[4-8]$/);
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f).sort(), ['code', 'fixes', 'message', 'range', 'related', 'severity']);
      assert.ok(RULE_CODES.includes(f.code), f.code);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity), f.severity);
      assert.ok(f.message.length > 0);
      assertRange(f.range, f.code);
      for (const r of f.related) { assert.equal(typeof r.file, 'string'); assert.equal(typeof r.message, 'string'); assertRange(r.range, `${f.code} related`); }
      for (const x of f.fixes) {
        assert.equal(typeof x.title, 'string');
        for (const e of x.edits) { assert.equal(typeof e.newText, 'string'); assertRange(e.range, `${f.code} fix`); }
      }
    }
  }
}

/** The essential required parts of SARIF 2.1.0 (sarif-schema-2.1.0.json), as code-scanning upload checks them. */
const REGION = {
  type: 'object',
  required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
  properties: {
    startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 }, endColumn: { type: 'integer', minimum: 1 },
  },
};
const ARTIFACT_LOCATION = { type: 'object', required: ['uri'], properties: { uri: { type: 'string', minLength: 1 }, uriBaseId: { type: 'string' } } };
const MESSAGE = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };
const LOCATION = {
  type: 'object',
  required: ['physicalLocation'],
  properties: {
    physicalLocation: { type: 'object', required: ['artifactLocation', 'region'], properties: { artifactLocation: ARTIFACT_LOCATION, region: REGION } },
    message: MESSAGE,
  },
};
const SARIF_ESSENTIALS = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string' },
    runs: {
      type: 'array', minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object', required: ['driver'],
            properties: {
              driver: {
                type: 'object', required: ['name', 'informationUri', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  informationUri: { type: 'string', pattern: '^https://' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object', required: ['id', 'shortDescription', 'helpUri'],
                      properties: { id: { type: 'string' }, shortDescription: MESSAGE, helpUri: { type: 'string', pattern: '#rule-[a-z-]+$' } },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'level', 'message', 'locations'],
              properties: {
                ruleId: { type: 'string' },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: MESSAGE,
                locations: { type: 'array', minItems: 1, items: LOCATION },
                relatedLocations: { type: 'array', items: LOCATION },
                fixes: {
                  type: 'array',
                  items: {
                    type: 'object', required: ['artifactChanges'],
                    properties: {
                      description: MESSAGE,
                      artifactChanges: {
                        type: 'array', minItems: 1,
                        items: {
                          type: 'object', required: ['artifactLocation', 'replacements'],
                          properties: {
                            artifactLocation: ARTIFACT_LOCATION,
                            replacements: {
                              type: 'array', minItems: 1,
                              items: {
                                type: 'object', required: ['deletedRegion'],
                                properties: { deletedRegion: REGION, insertedContent: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe('cli (dist/cli.js end to end)', function () {
  this.timeout(60000);

  before(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
    work = mkdtempSync(join(tmpdir(), 'openpai-cli-'));
  });
  after(() => { rmSync(work, { recursive: true, force: true }); });

  describe('text format', () => {
    it('prints file:line:col: severity code message (1-based) and a summary, exit 1 on errors', () => {
      const file = folder('text', SWITCH_BOOLEAN);
      const r = cli(work, 'check', file);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const lines = r.stdout.trimEnd().split('\n');
      const own = lines.find(l => l.includes(' switch-not-string '));
      assert.ok(own, r.stdout);
      assert.ok(own.startsWith(`${file}:6:18: error switch-not-string \`marketplace: True\` is a YAML boolean`), own);
      assert.match(own, /Write `marketplace: 'true'`\.$/);
      for (const line of lines.slice(0, -1)) {
        assert.ok(FINDING_LINE.test(line) || /^ {4}\S.*:\d+:\d+: /.test(line), `not a finding or related line: ${line}`);
      }
      assert.match(lines[lines.length - 1], SUMMARY_LINE);
      assert.match(lines[lines.length - 1], /in 1 file checked as OpenPAI 1\.6\.$/);
    });

    it('exit 0 and "No problems" on a clean file', () => {
      const file = folder('clean', CLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, file);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, 'No problems in 1 file checked as OpenPAI 1.6.\n');
    });

    it('reports YAML syntax errors with their position', () => {
      const file = folder('syntax', BROKEN_SYNTAX);
      const r = cli(work, 'check', ...ONLY_SETTLED, file);
      assert.equal(r.code, 1);
      const first = r.stdout.split('\n')[0];
      const m = FINDING_LINE.exec(first);
      assert.ok(m, first);
      assert.equal(m[1], file);
      assert.equal(m[4], 'error');
      assert.equal(m[5], 'syntax');
      assert.ok(Number(m[2]) >= 3 && Number(m[2]) <= 4, first);
    });

    it('exit code follows the findings with every rule on', () => {
      const file = folder('all-rules', CLEAN);
      const json = JSON.parse(cli(work, 'check', '--format', 'json', file).stdout) as JsonReport;
      const errors = json.files[0].findings.filter(f => f.severity === 'error').length;
      const r = cli(work, 'check', file);
      assert.equal(r.code, errors > 0 ? 1 : 0, r.stdout);
      assert.equal(r.stdout.trimEnd().split('\n').filter(l => FINDING_LINE.test(l)).length, json.files[0].findings.length);
    });
  });

  describe('json format', () => {
    it('gives files with paiVersion and findings with LSP ranges, related and fixes', () => {
      const file = folder('json', SWITCH_BOOLEAN);
      const r = cli(work, 'check', '--format', 'json', file);
      assert.equal(r.code, 1);
      const report = JSON.parse(r.stdout) as JsonReport;
      assertJsonShape(report);
      assert.equal(report.files.length, 1);
      assert.equal(report.files[0].file, file);
      assert.equal(report.files[0].paiVersion, '1.6');
      const own = report.files[0].findings.find(f => f.code === 'switch-not-string');
      assert.ok(own);
      assert.equal(own.severity, 'error');
      assert.deepEqual(own.range, { start: { line: 5, character: 17 }, end: { line: 5, character: 21 } });
      assert.deepEqual(own.related, []);
      assert.deepEqual(own.fixes, [{
        title: "Quote the value: marketplace: 'true'",
        edits: [{ range: { start: { line: 5, character: 17 }, end: { line: 5, character: 21 } }, newText: "'true'" }],
        preferred: true,
      }]);
    });

    it('honours --pai-version over the docker-registry tag', () => {
      const file = folder('version', SWITCH_BOOLEAN);
      const report = JSON.parse(cli(work, 'check', '--format', 'json', '--pai-version', '1.8', file).stdout) as JsonReport;
      assert.equal(report.files[0].paiVersion, '1.8');
      const auto = JSON.parse(cli(work, 'check', '--format', 'json', '--pai-version', 'auto', file).stdout) as JsonReport;
      assert.equal(auto.files[0].paiVersion, '1.6');
    });

    it('--disable removes a rule\'s findings (comma list and repeated)', () => {
      const file = folder('disable', SWITCH_BOOLEAN);
      const report = JSON.parse(cli(work, 'check', '--format', 'json', '--disable', 'switch-not-string,syntax', '--disable', 'file-name', file).stdout) as JsonReport;
      assert.ok(report.files[0].findings.every(f => !['switch-not-string', 'syntax', 'file-name'].includes(f.code)));
      const only = cli(work, 'check', ...ONLY_SETTLED, '--disable', 'switch-not-string', file);
      assert.equal(only.code, 0, only.stdout);
    });
  });

  describe('github format', () => {
    it('prints one GitHub Actions annotation per finding (1-based, escaped), then the summary; exit code as usual', () => {
      const file = folder('github', SWITCH_BOOLEAN);
      const r = cli(work, 'check', '--format', 'github', ...ONLY_SETTLED, file);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(0, -1), [
        `::error file=${file},line=6,col=18,endLine=6,endColumn=22,title=openpai switch-not-string::\`marketplace: True\` is a YAML boolean, but paictl and pylon compare it with the string 'true', so the marketplace stays OFF. Write \`marketplace: 'true'\`.`,
      ]);
      assert.match(lines[lines.length - 1], SUMMARY_LINE);
    });

    it('with every rule on, every line but the summary is a well-formed annotation; info is a notice', () => {
      const file = folder('github-all', SWITCH_BOOLEAN.replace('    tag: v1.6.0', '    tag: v1.6.0\nmarketplace-db:\n  user: a,b'));
      const r = cli(work, 'check', '--format', 'github', file);
      const annotations = r.stdout.trimEnd().split('\n').slice(0, -1);
      assert.ok(annotations.length > 1, r.stdout);
      for (const a of annotations) {
        assert.match(a, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=openpai [a-z-]+::\S/, a);
        assert.ok(!a.slice(2).includes('\n'));
      }
      assert.ok(annotations.some(a => a.startsWith('::notice ')), 'info findings are notices');
    });
  });

  describe('sarif format', () => {
    it('is SARIF 2.1.0 with rules, results, 1-based regions, relative URIs and fixes', () => {
      const file = folder('sarif', SWITCH_BOOLEAN);
      const r = cli(work, 'check', '--format', 'sarif', file);
      assert.equal(r.code, 1);
      const sarif = JSON.parse(r.stdout) as {
        version: string;
        runs: {
          tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
          results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[]; fixes?: { artifactChanges: { replacements: { deletedRegion: object; insertedContent: { text: string } }[] }[] }[] }[];
        }[];
      };
      const validate = new Ajv({ allErrors: true, strict: false }).compile(SARIF_ESSENTIALS);
      assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, 'openpai-marketplace');
      assert.deepEqual(run.tool.driver.rules.map(x => x.id), [...RULE_CODES]);
      assert.ok(run.tool.driver.rules.every(x => x.helpUri.endsWith(`#rule-${x.id}`)));
      const own = run.results.find(x => x.ruleId === 'switch-not-string');
      assert.ok(own);
      assert.equal(own.level, 'error');
      assert.match(own.message.text, /is a YAML boolean/);
      assert.equal(own.locations[0].physicalLocation.artifactLocation.uri, 'sarif/services-configuration.yaml');
      assert.deepEqual(own.locations[0].physicalLocation.region, { startLine: 6, startColumn: 18, endLine: 6, endColumn: 22 });
      assert.deepEqual(own.fixes?.[0].artifactChanges[0].replacements, [{
        deletedRegion: { startLine: 6, startColumn: 18, endLine: 6, endColumn: 22 },
        insertedContent: { text: "'true'" },
      }]);
      const levels = new Set(run.results.map(x => x.level));
      assert.ok([...levels].every(l => ['error', 'warning', 'note'].includes(l)));
    });
  });

  describe('--fix', () => {
    it('applies the preferred fix atomically, keeps comments and mode, and changes nothing the second time', () => {
      const file = folder('fix', SWITCH_BOOLEAN);
      const path = join(work, file);
      chmodSync(path, 0o640);
      const first = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(first.stdout, `${file}:6:18: fixed switch-not-string: Quote the value: marketplace: 'true'\nNo problems in 1 file checked as OpenPAI 1.6.\n`);
      assert.equal(readFileSync(path, 'utf8'), SWITCH_BOOLEAN.replace('marketplace: True   # on', "marketplace: 'true'   # on"));
      assert.equal(statSync(path).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(join(work, 'fix')).sort(), ['config.yaml', 'layout.yaml', 'services-configuration.yaml'], 'no temporary file left behind');
      const second = cli(work, 'check', ...ONLY_SETTLED, '--fix', file);
      assert.equal(second.stdout, `${file}: no fixes to apply\nNo problems in 1 file checked as OpenPAI 1.6.\n`);
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
      assert.deepEqual(JSON.parse(r.stdout), { files: [{ file, paiVersion: '1.6', findings: [] }] });
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
      assert.match(r.stdout, /^1 error, 0 warnings, 0 info in 2 files checked as OpenPAI 1\.6\.$/m);
      const json = JSON.parse(cli(work, 'check', '--format', 'json', good, bad).stdout) as JsonReport;
      assertJsonShape(json);
      assert.deepEqual(json.files.map(f => f.file), [good, bad]);
    });

    it('still reports the readable files when one is missing, and exits 2', () => {
      const good = folder('multi-c', CLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, 'missing/services-configuration.yaml', good);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'openpai-marketplace: missing/services-configuration.yaml: no such file\n');
      assert.equal(r.stdout, 'No problems in 1 file checked as OpenPAI 1.6. 1 file could not be checked.\n');
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
    it('a directory', () => { mkdirSync(join(work, 'adir'), { recursive: true }); assertUsageError(cli(work, 'check', 'adir'), /adir: is a directory, not a file/); });
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
      assert.match(r.stdout, /^Usage:\n {2}openpai-marketplace check \[options\] <file>\.\.\./);
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
      assert.match(lines.find(l => l.startsWith('switch-not-string'))!, /^switch-not-string\s+error\s+`cluster\.common\.marketplace` is not a string/);
      const json = JSON.parse(cli(work, 'rules', '--format', 'json').stdout) as { code: string; severity: string; description: string }[];
      assert.deepEqual(json.map(x => x.code), [...RULE_CODES]);
      assert.ok(json.every(x => ['error', 'warning', 'info', 'hint'].includes(x.severity) && typeof x.description === 'string'));
    });
  });
});
