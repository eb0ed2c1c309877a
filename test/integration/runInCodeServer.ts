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
// Its modules: harness.ts (runs, their environment, totals) and codeServer.ts (code-server and
// Chromium); it re-exports both for the scripts (test-integration.mjs, start.mjs, .vscode-test.mjs).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import type { Browser, Page } from 'playwright-core';
import { codeServerEntry, launchChromium, running, startCodeServer, type CodeServer } from './codeServer';
import { installVsix, prepareRun, readResults, repoRoot, selectRuns, Tally, testsModule, vsixStubExtension, type PreparedRun, type ResolvedRun } from './harness';

export * from './codeServer';
export * from './harness';

const debug = process.env.OPENPAI_TEST_DEBUG === '1';
const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

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
    if (run.installVsix) { installVsix([process.execPath, codeServerEntry], p); }
    server = await startCodeServer({
      workspace: run.workspacePath, userDataDir: p.userDataDir, extensionsDir: p.extensionsDir, tmp: p.tmp,
      disableWorkspaceTrust: run.trusted, env: p.env, extensionTestsPath: testsModule, locale: run.locale,
      developmentPath: run.installVsix ? vsixStubExtension : undefined,
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
