/** What the CLI end-to-end tests share: running dist/cli.js, the fixtures, the output shapes. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_CODES } from '../../src/core/rules';
import { layoutWithMaster, yaml } from './helpers';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface Run { code: number | null; stdout: string; stderr: string }

/** The CLI's environment: this one without the colour switches (tests set them where they test them). */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
  return { ...env, ...extra };
}

export function cli(cwd: string, ...args: string[]): Run {
  return cliWithEnv(cwd, {}, ...args);
}

export function cliWithEnv(cwd: string, env: Record<string, string>, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20000, env: cliEnv(env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Only the two rules whose behaviour is settled: exact assertions stay valid as other rules land. */
export const ONLY_SETTLED = ['--disable', RULE_CODES.filter(c => c !== 'syntax' && c !== 'switch-not-string').join(',')];

export const SWITCH_BOOLEAN = yaml(
  '# cluster settings',
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  '    # the marketplace switch',
  '    marketplace: True   # on',
  '  docker-registry:',
  '    tag: v1.6.0',
);

export const CLEAN = yaml(
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  "    marketplace: 'true'",
);

export const BROKEN_SYNTAX = yaml('cluster:', '  common:', '    cluster-id: [pai', 'foo: 1');

export let work: string;
let built = false;

/** In a describe: builds dist/cli.js once per test process, and makes a fresh work folder for the describe. */
export function useCliWorkFolder(): void {
  before(() => {
    if (!built) {
      const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--no-types'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
      built = true;
    }
    work = mkdtempSync(join(tmpdir(), 'openpai-cli-'));
  });
  after(() => { rmSync(work, { recursive: true, force: true }); });
}

/** A config folder with a services-configuration.yaml, layout.yaml and config.yaml. */
export function folder(name: string, text: string, fileName = 'services-configuration.yaml'): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, fileName), text);
  writeFileSync(join(dir, 'layout.yaml'), layoutWithMaster());
  writeFileSync(join(dir, 'config.yaml'), yaml('docker_image_tag: v1.6.0'));
  return join(name, fileName);
}

export const FINDING_LINE = /^(.+):(\d+):(\d+): (error|warning|info|hint) ([a-z][a-z-]*) (.+)$/;
export const SUMMARY_LINE = /^(?:No problems|\d+ errors?, \d+ warnings?, \d+ info(?:, \d+ hints?)?) in (\d+) files? checked(?: as OpenPAI 1\.[4-8] \((?:set by --pai-version|from cluster\.docker-registry\.tag|from config\.yaml's docker_image_tag|assumed: no version in the files, set --pai-version)\)(?: and OpenPAI [^.]+\.\d \([^)]*\))*)?\.(?: \d+ files? could not be checked\.)?$/;

export interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface JsonFinding {
  code: string; severity: string; message: string; range: JsonRange;
  related: { file: string; range: JsonRange; message: string }[];
  fixes: { title: string; preferred: boolean; edits: { range: JsonRange; newText: string }[] }[];
}
export interface JsonReport { files: { file: string; paiVersion: string; findings: JsonFinding[] }[] }

export function assertRange(r: JsonRange, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0, `${what}: bad position ${JSON.stringify(p)}`);
  }
  assert.ok(r.start.line < r.end.line || r.start.line === r.end.line && r.start.character <= r.end.character, `${what}: range ends before it starts`);
}

export function assertJsonShape(report: JsonReport): void {
  assert.ok(Array.isArray(report.files));
  for (const file of report.files) {
    assert.equal(typeof file.file, 'string');
    assert.match(file.paiVersion, /^1\.[4-8]$/);
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f).filter(k => k !== 'detail').sort(), ['code', 'fixes', 'message', 'range', 'related', 'severity']);
      if ('detail' in f) { assert.ok(typeof f.detail === 'string' && f.detail !== '', 'detail, when there, is text'); }
      assert.ok(RULE_CODES.includes(f.code), f.code);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity), f.severity);
      assert.ok(f.message.length > 0);
      assertRange(f.range, f.code);
      for (const r of f.related) { assert.equal(typeof r.file, 'string'); assert.equal(typeof r.message, 'string'); assertRange(r.range, `${f.code} related`); }
      for (const x of f.fixes) {
        assert.equal(typeof x.title, 'string');
        assert.equal(typeof x.preferred, 'boolean');
        for (const e of x.edits) { assert.equal(typeof e.newText, 'string'); assertRange(e.range, `${f.code} fix`); }
      }
    }
  }
}
