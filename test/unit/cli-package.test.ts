/**
 * The package's public core API as a consumer sees it: `openpai-marketplace-tools/core` resolved by
 * name through package.json `exports`, from a folder outside the package (a node_modules symlink).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const NAME = 'openpai-marketplace-tools';

describe('package: the ./core export', function () {
  this.timeout(60000);
  let consumer: string;

  before(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
    consumer = mkdtempSync(join(tmpdir(), 'openpai-consumer-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(ROOT, join(consumer, 'node_modules', NAME), 'dir');
  });
  after(() => { rmSync(consumer, { recursive: true, force: true }); });

  it('resolves to dist/core.js and runs check() in plain Node', () => {
    const script = `const core = require('${NAME}/core');
const r = core.check("cluster:\\n  common:\\n    marketplace: true\\n", { fileName: 'services-configuration.yaml', disabled: [] });
console.log(JSON.stringify({ resolved: require.resolve('${NAME}/core'), codes: r.findings.map(f => f.code), rules: core.RULES.length, version: r.paiVersion }));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { resolved: string; codes: string[]; rules: number; version: string };
    assert.match(out.resolved, /dist[/\\]core\.js$/);
    assert.ok(out.codes.includes('switch-not-string'), out.codes.join());
    assert.ok(out.rules > 0);
    assert.equal(out.version, '1.8');
  });

  it('does not expose the package internals', () => {
    const r = spawnSync(process.execPath, ['-e', `require('${NAME}/dist/cli.js')`], { cwd: consumer, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });

  it('has typings a TypeScript consumer resolves through exports', () => {
    const file = join(consumer, 'use.ts');
    writeFileSync(file, [
      `import { check, RULES, type Finding, type CheckResult } from '${NAME}/core';`,
      "const result: CheckResult = check('a: 1', { paiVersion: '1.6', disabled: ['schema'] });",
      'const first: Finding | undefined = result.findings[0];',
      "const line: number = first ? first.range.start.line : RULES.length;",
      'export { line };',
      '',
    ].join('\n'));
    const program = ts.createProgram([file], {
      module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, strict: true, noEmit: true, skipLibCheck: true, types: [],
    });
    const messages = ts.getPreEmitDiagnostics(program).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(messages, []);
    const sourceFiles = program.getSourceFiles().map(s => s.fileName);
    assert.ok(sourceFiles.some(f => /dist\/types\/core\/index\.d\.ts$/.test(f)), sourceFiles.join('\n'));
  });
});
