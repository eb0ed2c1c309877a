/**
 * The CLI end to end, output formats (text, json, github, sarif): the built dist/cli.js run as a child process on
 * temporary copies, the way CI runs it. Rules land over time, so exact assertions use `syntax` and
 * `switch-not-string`; the rest is checked generically (every finding has a well-formed location,
 * the exit code follows the findings).
 */
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { RULE_CODES } from '../../src/core/rules';
import { yaml } from './helpers';
import { assertJsonShape, BROKEN_SYNTAX, CLEAN, cli, FINDING_LINE, folder, ONLY_SETTLED, SUMMARY_LINE, SWITCH_BOOLEAN, useCliWorkFolder, work, type JsonReport } from './cli-run';

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

describe('cli (dist/cli.js end to end): output formats', function () {
  this.timeout(60000);
  useCliWorkFolder();

  describe('text format', () => {
    it('prints file:line:col: severity code message (1-based) and a summary, exit 1 on errors', () => {
      const file = folder('text', SWITCH_BOOLEAN);
      const r = cli(work, 'check', file);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const lines = r.stdout.trimEnd().split('\n');
      const own = lines.find(l => l.includes(' switch-not-string '));
      assert.ok(own, r.stdout);
      assert.ok(own.startsWith(`${file}:6:18: error switch-not-string \`marketplace: True\` is not the string 'true'`), own);
      assert.match(own, /: write `marketplace: 'true'`\.$/);
      assert.doesNotMatch(r.stdout, /compare it with the string/, 'the detail only with --verbose');
      const verbose = cli(work, 'check', '--verbose', file).stdout.split('\n');
      const at = verbose.indexOf(own);
      assert.ok(at >= 0, verbose.join('\n'));
      assert.equal(verbose[at + 1], "    For paictl it is a YAML boolean, but paictl and pylon compare it with the string 'true'.");
      for (const line of lines.slice(0, -1)) {
        assert.ok(FINDING_LINE.test(line) || /^ {4}\S.*:\d+:\d+: /.test(line), `not a finding or related line: ${line}`);
      }
      assert.match(lines[lines.length - 1], SUMMARY_LINE);
      assert.match(lines[lines.length - 1], /in 1 file checked as OpenPAI 1\.6 \(from cluster\.docker-registry\.tag\)\.$/);
    });

    it('exit 0 and "No problems" on a clean file', () => {
      const file = folder('clean', CLEAN);
      const r = cli(work, 'check', ...ONLY_SETTLED, file);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, "No problems in 1 file checked as OpenPAI 1.6 (from config.yaml's docker_image_tag).\n");
    });

    it('says where the version came from, and judges a v1.0 cluster as v1.0 (no marketplace), not as v1.8', () => {
      const v10 = SWITCH_BOOLEAN.replace('tag: v1.6.0', 'tag: v1.0.0');
      const file = folder('v1.0', v10);
      const r = cli(work, 'check', file);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, `${file}:8:10: warning pai-version The tag names OpenPAI v1.0, before the marketplace services, so only the YAML syntax was checked.
0 errors, 1 warning, 0 info in 1 file checked as OpenPAI 1.0 (from cluster.docker-registry.tag).
`);
      const json = JSON.parse(cli(work, 'check', '--format', 'json', file).stdout) as JsonReport & { files: { paiVersionSource: string }[] };
      assert.deepEqual([json.files[0].paiVersion, json.files[0].paiVersionSource], ['1.0', 'docker-registry.tag']);
      const forced = cli(work, 'check', '--pai-version', '1.6', file);
      assert.equal(forced.code, 1, 'with the version set, the marketplace rules run again');
      assert.match(forced.stdout, /checked as OpenPAI 1\.6 \(set by --pai-version\)\.\n$/);
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
        `::error file=${file},line=6,col=18,endLine=6,endColumn=22,title=openpai switch-not-string::\`marketplace: True\` is not the string 'true', so the marketplace stays off: write \`marketplace: 'true'\`.%0AFor paictl it is a YAML boolean, but paictl and pylon compare it with the string 'true'.`,
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
    it('gives every fix a boolean `preferred`, in JSON and in SARIF (a property bag)', () => {
      const file = folder('preferred', yaml(
        'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'",
        '  docker-registry:', '    tag: v1.8.0', 'rest-server: {}', 'webportal:', '  plugins:',
        '    - id: marketplace', '      title: Marketplace', '      uri: /marketplace/plugin.js',
      ));
      const json = JSON.parse(cli(work, 'check', '--format', 'json', file).stdout) as JsonReport;
      const duplicate = json.files[0].findings.find(f => f.code === 'plugin-duplicate');
      assert.ok(duplicate, JSON.stringify(json));
      assert.deepEqual(duplicate.fixes.map(x => x.preferred), [true, false]);
      assert.ok(json.files.every(f => f.findings.every(x => x.fixes.every(y => typeof y.preferred === 'boolean'))));
      const sarif = JSON.parse(cli(work, 'check', '--format', 'sarif', file).stdout) as { runs: { results: { ruleId: string; fixes?: { properties: { preferred: unknown } }[] }[] }[] };
      const result = sarif.runs[0].results.find(x => x.ruleId === 'plugin-duplicate');
      assert.deepEqual(result?.fixes?.map(x => x.properties.preferred), [true, false]);
      assert.ok(sarif.runs[0].results.every(x => (x.fixes ?? []).every(y => typeof y.properties.preferred === 'boolean')));
    });

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
      assert.equal(own.message.text, "`marketplace: True` is not the string 'true', so the marketplace stays off: write `marketplace: 'true'`. For paictl it is a YAML boolean, but paictl and pylon compare it with the string 'true'.");
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
});
