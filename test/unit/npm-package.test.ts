/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed globally (the CLI on the PATH) and
 * into a project (`require('<name>/core')`). Everything runs offline: the package has no runtime dependencies.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: object; private?: boolean; bin: Record<string, string> };
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(NPM, [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r;
}

describe('npm package: the packed tarball, installed as a user installs it', function () {
  this.timeout(180000);
  let work: string;
  let tarball: string;
  let packed: string[];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'openpai-npm-'));
    // `npm pack` runs the prepack build, so the tarball holds what the sources give now.
    const out = npm(['pack', '--json', '--pack-destination', work], ROOT);
    const info = (JSON.parse(out.stdout.slice(out.stdout.search(/^\[/m))) as { filename: string; files: { path: string }[] }[])[0];
    tarball = join(work, info.filename);
    packed = info.files.map(f => f.path).sort();
  });
  after(() => { rmSync(work, { recursive: true, force: true }); });

  it('is publishable and needs nothing at run time', () => {
    assert.notEqual(manifest.private, true);
    assert.equal(manifest.dependencies, undefined, 'every runtime module is bundled into dist/');
  });

  it('holds the CLI, the core with its typings, the schema, README, LICENSE and CHANGELOG, and nothing else', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/core.js', 'dist/types/core/index.d.ts', 'schemas/services-configuration.schema.json']) {
      assert.ok(packed.includes(f), `${f} is not in the tarball`);
    }
    // npm packs every README* whatever .npmignore says, so the .vsix's page (README.marketplace.md) goes along.
    const stray = packed.filter(f => !/^(package\.json|README(\.marketplace)?\.md|LICENSE|CHANGELOG\.md|schemas\/services-configuration\.schema\.json|dist\/(cli|core)\.js(\.map)?|dist\/types\/.+\.d\.ts)$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('installs globally and its CLI checks a file', () => {
    const prefix = join(work, 'prefix');
    npm(['install', '--global', '--offline', '--prefix', prefix, tarball], work);
    const config = join(work, 'services-configuration.yaml');
    writeFileSync(config, 'cluster:\n  common:\n    marketplace: true\nrest-server: {}\n');
    const bin = join(prefix, process.platform === 'win32' ? '' : 'bin', Object.keys(manifest.bin)[0]);
    const r = spawnSync(bin, ['check', '--format', 'json', config], { cwd: work, encoding: 'utf8' });
    assert.equal(r.status, 1, `${r.stdout}${r.stderr}`);
    const report = JSON.parse(r.stdout) as { files: { findings: { code: string; range: { start: { line: number } } }[] }[] };
    const switchFinding = report.files[0].findings.find(f => f.code === 'switch-not-string');
    assert.ok(switchFinding, r.stdout);
    assert.equal(switchFinding.range.start.line, 2);
  });

  it('installs into a project, where require(\'<name>/core\').check works', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    npm(['init', '--yes'], project);
    npm(['install', '--offline', tarball], project);
    const script = `const { check } = require('${manifest.name}/core');
const r = check("cluster:\\n  common:\\n    marketplace: 'true'\\nmarketplace-db:\\n  passwd: 12345\\nrest-server: {}\\n", { fileName: 'services-configuration.yaml' });
console.log(JSON.stringify({ resolved: require.resolve('${manifest.name}/core'), codes: r.findings.map(f => f.code) }));`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { resolved: string; codes: string[] };
    assert.ok(out.resolved.startsWith(join(project, 'node_modules', manifest.name)), out.resolved);
    assert.ok(out.codes.includes('unsafe-value'), out.codes.join());
  });
});
