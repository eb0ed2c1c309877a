// Runs the integration suite in a real VS Code: code-server (VS Code 1.100.3, installed in
// tools/code-server by scripts/install-vscode-test-host.sh) driven by Debian's Chromium through
// playwright-core. See ../shared/docs/testing-in-real-vscode.md for the recipe this follows.
//
//   node out/test/integration/runInCodeServer.js [run names...]     (or OPENPAI_TEST_RUNS=a,b)
//
// For each run of runs.ts it starts a fresh code-server (own user-data-dir and settings), opens the
// run's folder with this extension as a development extension and suite/index.js as the tests
// module, and waits for the extension host to exit. It prints each run's mocha output, then one
// last line `N passed, M failed[, K skipped]`, and exits 0 only if every run passed and at least one
// test ran; 1 on any failure, 124 on a timeout.
//
// Environment: OPENPAI_TEST_RUNS, OPENPAI_TEST_GREP (mocha grep), VSCODE_TEST_TIMEOUT_MS,
// OPENPAI_SCREENSHOT_OUT (folder for screenshots; default .vscode-test/screenshots),
// OPENPAI_TEST_DEBUG=1 (page console + code-server log), CODE_SERVER_BIN, CHROMIUM_PATH.
//
// Also a library: scripts/test-integration.mjs uses selectRuns/prepareRun/Tally for the desktop
// route, and scripts/start.mjs uses startCodeServer.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import type { Browser, Page } from 'playwright-core';
import { IntegrationRun, runs as allRuns } from './runs';

export { VSCODE_VERSION } from './runs';

export const repoRoot = findRoot(__dirname);
export const testsModule = path.join(repoRoot, 'out/test/integration/suite/index');
export const codeServerEntry = process.env.CODE_SERVER_BIN
  ?? path.join(repoRoot, 'tools/code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const debug = process.env.OPENPAI_TEST_DEBUG === '1';
const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'openpai-marketplace-tools') { return dir; }
    if (path.dirname(dir) === dir) { throw new Error(`no openpai-marketplace-tools package.json above ${from}`); }
  }
}

// ---------------------------------------------------------------------------------------------
// Runs, their environment and their results (shared with the desktop route)

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

// ---------------------------------------------------------------------------------------------
// code-server

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
  });
}

function httpOk(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.get(url, res => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false)).setTimeout(2000, () => req.destroy());
  });
}

export interface CodeServerOptions {
  /** Folder to open. */
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Scratch dir for config.yaml and XDG dirs (kept out of $HOME). */
  tmp: string;
  /** false: `--disable-workspace-trust` is not passed (trust is then up to the settings). */
  disableWorkspaceTrust: boolean;
  env?: Record<string, string>;
  port?: number;
  /** Module exporting run() (the mocha entry); omit to just load the extension. */
  extensionTestsPath?: string;
  /** Display language (`--locale`). */
  locale?: string;
}

export interface CodeServer {
  host: string;
  /** The page to open: the folder, with this repository as a development extension. */
  url: string;
  /** The environment Chromium should get (XDG dirs under tmp). */
  browserEnv: Record<string, string>;
  log(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** stop() of every code-server started and not yet stopped (for Ctrl-C). */
export const running = new Set<() => Promise<void>>();

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  if (!fs.existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed (${codeServerEntry}); run: bash scripts/install-vscode-test-host.sh`);
  }
  const host = `127.0.0.1:${o.port ?? await freePort()}`;
  // Keep code-server and Chromium out of $HOME; EXTENSIONS_GALLERY='{}' switches the Open VSX gallery off.
  const xdg = { XDG_CONFIG_HOME: `${o.tmp}/xdg/config`, XDG_DATA_HOME: `${o.tmp}/xdg/data`, XDG_CACHE_HOME: `${o.tmp}/xdg/cache` };
  fs.writeFileSync(`${o.tmp}/config.yaml`, `bind-addr: ${host}\nauth: none\ncert: false\n`);
  const server = spawn(process.execPath, [codeServerEntry,
    '--config', `${o.tmp}/config.yaml`, '--bind-addr', host, '--auth', 'none',
    '--user-data-dir', o.userDataDir, '--extensions-dir', o.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
    ...(o.disableWorkspaceTrust ? ['--disable-workspace-trust'] : []),
    ...(o.locale ? ['--locale', o.locale] : []),
  ], { env: { ...process.env, ...xdg, EXTENSIONS_GALLERY: '{}', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  server.stdout!.on('data', d => { log += d; });
  server.stderr!.on('data', d => { log += d; });
  const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
  const alive = () => { try { process.kill(-server.pid!, 0); return true; } catch { return false; } };
  const stop = async () => {
    running.delete(stop);
    try { process.kill(-server.pid!, 'SIGTERM'); } catch { return; }
    // wait for the whole process group (the pty host writes its log on exit), then make sure
    for (let i = 0; i < 50 && alive(); i++) { await sleep(100); }
    if (alive()) { try { process.kill(-server.pid!, 'SIGKILL'); } catch { /* gone */ } }
  };
  running.add(stop);
  for (let i = 0; !(await httpOk(`http://${host}/healthz`)); i++) {
    if (server.exitCode !== null || i > 240) {
      await stop();
      throw new Error(`code-server did not start:\n${log}`);
    }
    await sleep(250);
  }
  const remote = (p: string) => `vscode-remote://${host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(repoRoot)]];
  if (o.extensionTestsPath) { payload.push(['extensionTestsPath', remote(o.extensionTestsPath)]); }
  const url = `http://${host}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return { host, url, browserEnv: { ...xdg, HOME: `${o.tmp}/home` }, log: () => log, exited, stop };
}

export async function launchChromium(env: Record<string, string>): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath, headless: true,
    env: { ...process.env, ...env } as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Workbench chatter that reaches codeAutomationLog along with the tests' output.
const noise = [/^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[Service Worker\]/, /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/, /^Ignoring fetching additional builtin extensions/];

/**
 * Serves screenshot requests written by suite/helpers.ts `screenshot()`: `<id>.request` (JSON
 * {name}) in the requests dir -> page.screenshot to <out>/<name>.png -> `<id>.ack` (JSON {path} or {error}).
 */
function serveScreenshots(page: Page, requests: string, out: string): () => void {
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) { return; }
    busy = true;
    try {
      for (const f of fs.readdirSync(requests).filter(n => n.endsWith('.request')).sort()) {
        const id = f.slice(0, -'.request'.length);
        let ack: { path?: string; error?: string };
        try {
          const { name } = JSON.parse(fs.readFileSync(path.join(requests, f), 'utf8')) as { name: string };
          const file = path.join(out, `${String(name).replace(/[^\w.-]+/g, '_').slice(0, 120)}.png`);
          fs.mkdirSync(out, { recursive: true });
          await page.screenshot({ path: file });
          ack = { path: file };
          console.log(`[runner] screenshot ${path.relative(process.cwd(), file)}`);
        } catch (e) { ack = { error: String(e) }; }
        fs.rmSync(path.join(requests, f), { force: true });
        fs.writeFileSync(path.join(requests, `${id}.ack.tmp`), JSON.stringify(ack));
        fs.renameSync(path.join(requests, `${id}.ack.tmp`), path.join(requests, `${id}.ack`));
      }
    } catch { /* the dir went away: run over */ } finally { busy = false; }
  }, 100);
  return () => clearInterval(timer);
}

/** One run in code-server; returns its exit code (0 ok, 1 failed, 124 timed out). */
export async function runOne(run: ResolvedRun, p: PreparedRun): Promise<number> {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopScreenshots = () => { /* not started */ };
  let code = 1;
  try {
    server = await startCodeServer({
      workspace: run.workspacePath, userDataDir: p.userDataDir, extensionsDir: p.extensionsDir, tmp: p.tmp,
      disableWorkspaceTrust: run.trusted, env: p.env, extensionTestsPath: testsModule, locale: run.locale,
    });
    browser = await launchChromium(server.browserEnv);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let reportExit: (c: number) => void = () => undefined;
    const exited = new Promise<number>(resolve => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (c: number) => reportExit(c)); // before goto
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = util.format(...args);
      if (!debug && noise.some(re => re.test(text))) { return; }
      (type === 'error' ? console.error : console.log)(text);
    });
    page.on('pageerror', e => console.error(`[page error] ${e.message}`));
    if (debug) { page.on('console', m => console.log(`[page:${m.type()}] ${m.text()}`)); }
    stopScreenshots = serveScreenshots(page, p.screenshotRequests, p.screenshotOut);
    // code-server exits by itself once the test extension host is done, sometimes just before the page
    // reports the exit code: give the page a moment, then take the server's code (results still checked).
    const serverDied = server.exited.then(async c => {
      await sleep(3000);
      return { code: c ?? 1, why: `code-server exited (${c}) without the page reporting an exit code` };
    });
    const timedOut = new Promise<number>(r => { timer = setTimeout(() => { console.error(`[runner] run ${run.name} timed out after ${run.timeoutMs} ms`); r(124); }, run.timeoutMs); });
    await page.goto(server.url);
    const first = await Promise.race([exited, timedOut, serverDied]);
    if (typeof first === 'number') { code = first; } else { console.error(`[runner] ${first.why}`); code = first.code; }
  } catch (e) {
    console.error(`[runner] run ${run.name} failed:`, e);
    code = 1;
  } finally {
    clearTimeout(timer);
    stopScreenshots();
    await browser?.close().catch(() => undefined);
    const finished = readResults(p.resultsFile)?.done === true;
    if (server && ((code !== 0 && !finished) || debug)) { console.error(`[runner] code-server log (${run.name}):\n${server.log().trimEnd()}`); }
    await server?.stop();
  }
  return code;
}

async function main(): Promise<number> {
  const tally = new Tally();
  let runList: ResolvedRun[];
  try {
    runList = selectRuns(process.argv.slice(2));
  } catch (e) {
    console.error(`[runner] ${(e as Error).message}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const temps: string[] = [];
  process.once('SIGINT', () => {
    void Promise.all([...running].map(stop => stop())).finally(() => {
      for (const t of temps) { fs.rmSync(t, { recursive: true, force: true }); }
      process.exit(130);
    });
  });
  for (const run of runList) {
    const p = prepareRun(run);
    temps.push(p.tmp);
    console.log(`\n=== run ${run.name}: suite ${run.suite}, ${path.relative(repoRoot, run.workspacePath) || '.'}, ${run.trusted ? 'trusted' : 'Restricted Mode'} ===`);
    const t0 = Date.now();
    const code = await runOne(run, p);
    tally.add(run, code, Date.now() - t0, readResults(p.resultsFile));
    fs.rmSync(p.tmp, { recursive: true, force: true });
  }
  return tally.finish();
}

if (require.main === module) {
  main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
}
