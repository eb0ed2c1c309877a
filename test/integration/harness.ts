// The integration runs as data the hosts share: which runs to do (runs.ts), each run's fresh
// user-data-dir and environment, and the totals. Used by the code-server runner
// (runInCodeServer.ts), the desktop route (scripts/test-integration.mjs) and .vscode-test.mjs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { IntegrationRun, runs as allRuns } from './runs';

export { VSCODE_VERSION } from './runs';

export const repoRoot = findRoot(__dirname);
export const testsModule = path.join(repoRoot, 'out/test/integration/suite/index');
/** The development extension of an `installVsix` run: an empty one, so the extension under test is the installed copy. */
export const vsixStubExtension = path.join(repoRoot, 'test/fixtures/vsix-stub-extension');

let packedVsix: string | undefined;

/**
 * The .vsix as `npm run package` makes it, built once per process into `dir` (the development bundle in dist/ is
 * rebuilt afterwards, since the other runs load it).
 */
export function packVsix(dir: string): string {
  if (packedVsix && fs.existsSync(packedVsix)) { return packedVsix; }
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'openpai-marketplace-tools.vsix');
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/package.mjs'), '--out', out, '--dev-build-after'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) { throw new Error(`packaging the .vsix failed (exit ${r.status}):\n${r.stdout}${r.stderr}`); }
  packedVsix = out;
  return out;
}

/** Installs the packed .vsix into a run's extensions dir with the host's own CLI (`<cli> --install-extension`). */
export function installVsix(cli: string[], p: PreparedRun): void {
  const vsix = packVsix(path.join(os.tmpdir(), `openpai-vsix-${process.pid}`));
  const r = spawnSync(cli[0], [...cli.slice(1), '--extensions-dir', p.extensionsDir, '--install-extension', vsix], { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } });
  if (r.status !== 0) { throw new Error(`--install-extension failed (exit ${r.status}):\n${r.stdout}${r.stderr}`); }
  p.env.OPENPAI_TEST_EXTENSIONS_DIR = p.extensionsDir;
}

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'openpai-marketplace-tools') { return dir; }
    if (path.dirname(dir) === dir) { throw new Error(`no openpai-marketplace-tools package.json above ${from}`); }
  }
}

export interface ResolvedRun extends IntegrationRun {
  suite: string;
  trusted: boolean;
  workspacePath: string;
  timeoutMs: number;
}

/** The runs to do: those named (argv or $OPENPAI_TEST_RUNS), else every run not marked manual. */
export function selectRuns(names: string[] = []): ResolvedRun[] {
  if (names.length === 0) { names = (process.env.OPENPAI_TEST_RUNS ?? '').split(',').map(s => s.trim()).filter(Boolean); }
  const unknown = names.filter(n => !allRuns.some(r => r.name === n));
  if (unknown.length) { throw new Error(`unknown run(s) ${unknown.join(', ')}; runs.ts has ${allRuns.map(r => r.name).join(', ')}`); }
  const chosen = names.length ? allRuns.filter(r => names.includes(r.name)) : allRuns.filter(r => !r.manual);
  return chosen.map(r => {
    const resolved: ResolvedRun = {
      ...r,
      suite: r.suite ?? r.name,
      trusted: r.trusted ?? true,
      workspacePath: path.resolve(repoRoot, r.workspace),
      timeoutMs: r.timeoutMs ?? Number(process.env.VSCODE_TEST_TIMEOUT_MS ?? 120_000),
    };
    if (!fs.statSync(resolved.workspacePath, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`run ${r.name}: workspace folder ${resolved.workspacePath} does not exist`);
    }
    const suiteDir = path.join(path.dirname(testsModule), resolved.suite);
    if (!fs.statSync(suiteDir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`run ${r.name}: suite folder ${path.relative(repoRoot, suiteDir)} does not exist (tests go in test/integration/suite/${resolved.suite}/; did the build run?)`);
    }
    return resolved;
  });
}

/** User settings for a run: quiet, offline defaults, Restricted Mode without the modal prompt, then the run's own. */
export function runSettings(run: ResolvedRun): Record<string, unknown> {
  return {
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'git.enabled': false,
    'security.workspace.trust.enabled': !run.trusted,
    'security.workspace.trust.startupPrompt': 'never',
    ...run.settings,
  };
}

/**
 * An empty language pack for `locale` (no VS Code translations of its own): VS Code switches its
 * display language only when a pack is installed, and then loads our package.nls.<locale>.json and
 * l10n bundle. No pack for Chinese is on npm, and the gallery is off, so the run writes this stand-in.
 */
function writeLanguagePack(userDataDir: string, locale: string): void {
  const translations = path.join(userDataDir, 'test-language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: { hash: `openpai-test-${locale}`, extensions: [{ extensionIdentifier: { id: 'openpai-test.language-pack' }, version: '1.0.0' }], translations: { vscode: translations }, label: locale },
  }));
}

export interface PreparedRun {
  tmp: string;
  userDataDir: string;
  extensionsDir: string;
  resultsFile: string;
  screenshotRequests: string;
  screenshotOut: string;
  env: Record<string, string>;
}

/**
 * A fresh dir with user-data-dir (settings.json written), results file and screenshot handshake dir:
 * a new temp dir, or `<dir>/<run name>` emptied first when `dir` is given (for .vscode-test.mjs).
 */
export function prepareRun(run: ResolvedRun, dir?: string): PreparedRun {
  let tmp: string;
  if (dir) {
    tmp = path.join(dir, run.name);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
  } else {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `openpai-it-${run.name}-`));
  }
  const userDataDir = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(runSettings(run), null, 2));
  // code-server's window is a remote one: once the remote side has answered (e.g. after the first task ran),
  // machine-scoped settings (openpai.paictl.python…) count only from the remote's Machine settings, as the
  // README says; so they are written there too.
  fs.mkdirSync(path.join(userDataDir, 'Machine'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'Machine/settings.json'), JSON.stringify(runSettings(run), null, 2));
  if (run.locale && !run.locale.startsWith('en')) { writeLanguagePack(userDataDir, run.locale); }
  const screenshotRequests = path.join(tmp, 'screenshot-requests');
  fs.mkdirSync(screenshotRequests);
  const outBase = process.env.OPENPAI_SCREENSHOT_OUT;
  const screenshotOut = path.resolve(outBase ?? path.join(repoRoot, '.vscode-test/screenshots'), run.name);
  if (!outBase) { fs.rmSync(screenshotOut, { recursive: true, force: true }); } // no stale pictures from earlier runs
  const resultsFile = path.join(tmp, 'results.json');
  const env: Record<string, string> = {
    ...run.env,
    OPENPAI_TEST_RUN: run.name,
    OPENPAI_TEST_SUITE: run.suite,
    OPENPAI_TEST_TRUSTED: run.trusted ? '1' : '0',
    OPENPAI_TEST_WORKSPACE: run.workspacePath,
    OPENPAI_TEST_RESULTS: resultsFile,
    OPENPAI_SCREENSHOT_DIR: screenshotRequests,
  };
  return { tmp, userDataDir, extensionsDir: path.join(tmp, 'extensions'), resultsFile, screenshotRequests, screenshotOut, env };
}

/** What suite/index.ts writes to $OPENPAI_TEST_RESULTS (after every test, and at the end with done). */
export interface SuiteResults { total: number; passes: number; failures: number; pending: number; done: boolean }

export function readResults(file: string): SuiteResults | undefined {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults; } catch { return undefined; }
}

/** Totals over all runs, and the verdict. A run that fails without a failed test counts as one failure. */
export class Tally {
  passed = 0; failed = 0; skipped = 0; timedOut = false;
  private lines: string[] = [];

  /** Records one run; `r` is what its suite wrote (readResults). Returns whether the run passed. */
  add(run: ResolvedRun, exitCode: number, ms: number, r: SuiteResults | undefined): boolean {
    const problems: string[] = [];
    if (exitCode === 124) { this.timedOut = true; problems.push(`timed out after ${run.timeoutMs} ms`); } else if (exitCode !== 0) { problems.push(`exit code ${exitCode}`); }
    if (!r) { problems.push('no test results (suite failed to load?)'); } else {
      if (!r.done && exitCode !== 124) { problems.push('suite did not finish'); }
      if (r.done && r.total === 0) { problems.push('zero tests'); }
    }
    const passes = r?.passes ?? 0, failures = r?.failures ?? 0, pending = r?.pending ?? 0;
    const runFailed = problems.length > 0 || failures > 0;
    this.passed += passes; this.skipped += pending;
    this.failed += failures + (problems.length > 0 && failures === 0 ? 1 : 0);
    const line = `run ${run.name}: ${runFailed ? 'FAILED' : 'ok'} (${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}; ${(ms / 1000).toFixed(1)}s)${problems.length ? ' - ' + problems.join('; ') : ''}`;
    this.lines.push(line);
    console.log(`[runner] ${line}`);
    return !runFailed;
  }

  /** Prints the per-run lines and the final summary line; returns the process exit code. */
  finish(): number {
    console.log('');
    for (const l of this.lines) { console.log(l); }
    if (this.lines.length === 0) { console.log('no runs were done'); }
    console.log(`${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`);
    if (this.timedOut) { return 124; }
    return this.failed > 0 || this.passed + this.skipped === 0 || this.lines.length === 0 ? 1 : 0;
  }
}
