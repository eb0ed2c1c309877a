// `npm run test:integration [-- run names...]`: the integration suite in a real VS Code.
//
// Hosts, one suite (test/integration/suite/, the runs of test/integration/runs.ts):
// - $VSCODE_EXECUTABLE (a desktop VS Code, e.g. /usr/share/code/code; needs a display), or
//   OPENPAI_TEST_HOST=download (@vscode/test-electron downloads VS Code 1.100.3; needs the network):
//   each run is launched with the arguments @vscode/test-electron's runTests uses, except that
//   Restricted Mode runs leave out --disable-workspace-trust (runTests always passes it, so it is
//   spawned directly). The trusted runs also go through @vscode/test-cli: `npx vscode-test`
//   (.vscode-test.mjs).
// - Otherwise: code-server from tools/code-server driven by Chromium (out/test/integration/runInCodeServer.js),
//   installing it first with scripts/install-vscode-test-host.sh when needed.
//
// Builds first when the compiled tests or the extension are missing or older than their sources
// (`npm test` has already built). Exits 0 only when at least one test ran and none failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = msg => console.log(`[test:integration] ${msg}`);
const runnerJs = join(root, 'out/test/integration/runInCodeServer.js');
const args = process.argv.slice(2);

function walk(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []);
}
const mtime = f => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0;

// 1. Build when needed; drop compiled tests whose source is gone (they would still run).
const srcDir = join(root, 'test/integration');
const outDir = join(root, 'out/test/integration');
for (const js of walk(outDir, '.js')) {
  if (!existsSync(join(srcDir, relative(outDir, js)).replace(/\.js$/, '.ts'))) {
    say(`removing ${relative(root, js)} (its .ts is gone)`);
    rmSync(js);
  }
}
const extensionJs = join(root, 'dist/extension.js');
const stale = walk(srcDir, '.ts').some(ts => mtime(ts) > mtime(join(outDir, relative(srcDir, ts)).replace(/\.ts$/, '.js')))
  || walk(join(root, 'src'), '.ts').some(ts => mtime(ts) > mtime(extensionJs));
if (!existsSync(runnerJs) || !existsSync(extensionJs) || stale) {
  say('building (node scripts/build.mjs --no-types): compiled extension or tests are missing or older than their sources');
  const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--no-types'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) { say('build failed'); process.exit(1); }
}

const host = process.env.VSCODE_EXECUTABLE ? 'desktop' : process.env.OPENPAI_TEST_HOST ?? 'code-server';
if (host === 'desktop') {
  process.exit(await runDesktop(process.env.VSCODE_EXECUTABLE));
}
if (host === 'download') {
  const { downloadAndUnzipVSCode } = createRequire(import.meta.url)('@vscode/test-electron');
  const version = createRequire(import.meta.url)(runnerJs).VSCODE_VERSION;
  say(`downloading VS Code ${version} with @vscode/test-electron`);
  let executable;
  try {
    executable = await downloadAndUnzipVSCode(version);
  } catch (e) {
    say(`could not download VS Code ${version}: ${e?.message ?? e}. Without the network, leave OPENPAI_TEST_HOST unset (code-server).`);
    process.exit(1);
  }
  process.exit(await runDesktop(executable));
}
if (host !== 'code-server') {
  say(`OPENPAI_TEST_HOST=${host} is not a host: use code-server (default) or download, or set VSCODE_EXECUTABLE`);
  process.exit(1);
}

// 2. code-server route.
say('checking the test host: bash scripts/install-vscode-test-host.sh');
const inst = spawnSync('bash', [join(root, 'scripts/install-vscode-test-host.sh')], { cwd: root, stdio: 'inherit' });
if (inst.status !== 0) { say(`installing the test host failed (exit ${inst.status})`); process.exit(1); }
say(`running node ${relative(root, runnerJs)} ${args.join(' ')}`.trimEnd());
const child = spawn(process.execPath, [runnerJs, ...args], { cwd: root, stdio: 'inherit' });
process.on('SIGINT', () => child.kill('SIGINT'));
child.on('exit', code => process.exit(code ?? 1));

// Desktop VS Code route: same runs, same suite entry, same results and summary.
async function runDesktop(executable) {
  if (!existsSync(executable)) { say(`VSCODE_EXECUTABLE=${executable} does not exist`); return 1; }
  const require = createRequire(import.meta.url);
  const h = require(runnerJs);
  let runs;
  try { runs = h.selectRuns(args); } catch (e) { say(e.message); return 1; }
  const tally = new h.Tally();
  for (const run of runs) {
    const p = h.prepareRun(run);
    console.log(`\n=== run ${run.name}: suite ${run.suite}, ${relative(root, run.workspacePath) || '.'}, ${run.trusted ? 'trusted' : 'Restricted Mode'} (desktop VS Code) ===`);
    if (run.installVsix) { h.installVsix([executable], p); }
    const launch = [
      run.workspacePath,
      '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome', '--skip-release-notes',
      ...(run.trusted ? ['--disable-workspace-trust'] : []),
      `--user-data-dir=${p.userDataDir}`, `--extensions-dir=${p.extensionsDir}`,
      `--extensionTestsPath=${h.testsModule}`, `--extensionDevelopmentPath=${run.installVsix ? h.vsixStubExtension : root}`,
    ];
    const t0 = Date.now();
    const code = await new Promise(resolve => {
      const { OPENPAI_SCREENSHOT_DIR: _noScreenshots, ...env } = p.env; // only the code-server runner serves screenshots
      const vs = spawn(executable, launch, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
      const timer = setTimeout(() => { console.error(`[runner] run ${run.name} timed out after ${run.timeoutMs} ms`); vs.kill('SIGKILL'); resolve(124); }, run.timeoutMs);
      vs.on('error', e => { clearTimeout(timer); console.error(`[runner] ${e.message}`); resolve(1); });
      vs.on('exit', c => { clearTimeout(timer); resolve(c ?? 1); });
    });
    tally.add(run, code, Date.now() - t0, h.readResults(p.resultsFile));
    rmSync(p.tmp, { recursive: true, force: true });
  }
  return tally.finish();
}
