// `npm start [-- <folder>]`: opens a fresh copy of test/fixtures/example/ (or <folder> itself) in a real VS Code with
// this extension loaded as a development extension (npm start has just built dist/extension.js). The copy lives in
// .vscode-test/start/example and is made anew at every start, so edits and fixes never reach the tracked example.
//
// - Desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<repo> test/fixtures/example`.
// - Otherwise code-server from tools/code-server (installed first if needed) on 127.0.0.1:$PORT (or a
//   free port): prints the URL to open in a browser and serves until Ctrl-C. After a rebuild, run
//   "Developer: Reload Window" in the page. Its profile lives in .vscode-test/start/.
//
// Options: --code-server (use code-server even if `code` exists), --restricted (workspace trust on:
// VS Code asks whether to trust the folder; answer "No" for Restricted Mode).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const folderArg = argv.find(a => !a.startsWith('--'));
const example = join(root, 'test/fixtures/example');
const say = msg => console.log(`[start] ${msg}`);
const source = folderArg ? resolve(folderArg) : example;

if (!existsSync(source)) {
  console.error(`[start] ${source} does not exist${folderArg ? '' : ': npm start opens that example workspace, and nothing has created it yet (or pass a folder: npm start -- <folder>)'}.`);
  process.exit(1);
}
let folder = source;
if (!folderArg) {
  folder = join(root, '.vscode-test/start/example');
  rmSync(folder, { recursive: true, force: true });
  cpSync(example, folder, { recursive: true });
  say(`a fresh copy of test/fixtures/example in ${folder} (edit it freely: the next start copies it again)`);
}
if (!existsSync(join(root, 'dist/extension.js'))) {
  console.error('[start] dist/extension.js is missing: run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}

const onPath = cmd => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const code = !argv.includes('--code-server') && onPath('code');
if (code) {
  say(`${code} --extensionDevelopmentPath=${root} ${folder}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

say('no desktop `code` on PATH: using code-server (bash scripts/install-vscode-test-host.sh)');
const inst = spawnSync('bash', [join(root, 'scripts/install-vscode-test-host.sh')], { cwd: root, stdio: 'inherit' });
if (inst.status !== 0) { console.error('[start] installing code-server failed'); process.exit(1); }
const runnerJs = join(root, 'out/test/integration/runInCodeServer.js');
if (!existsSync(runnerJs)) {
  say('building (node scripts/build.mjs --no-types)');
  if (spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--no-types'], { cwd: root, stdio: 'inherit' }).status !== 0) { process.exit(1); }
}
const { startCodeServer } = createRequire(import.meta.url)(runnerJs);

const home = join(root, '.vscode-test/start');
const userDataDir = join(home, 'user-data');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
const settings = join(userDataDir, 'User/settings.json');
if (!existsSync(settings)) {
  writeFileSync(settings, JSON.stringify({
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off',
    'update.mode': 'none', 'workbench.startupEditor': 'none', 'git.enabled': false,
  }, null, 2));
}
const restricted = argv.includes('--restricted');
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const server = await startCodeServer({
  workspace: folder, userDataDir, extensionsDir: join(home, 'extensions'), tmp: home,
  disableWorkspaceTrust: !restricted, ...(port ? { port } : {}),
});
console.log(`
VS Code (code-server 4.100.3) with the extension loaded, on ${folder}${restricted ? ' (workspace trust on)' : ''}.
Open this URL in a browser:

  ${server.url}

After \`npm run build\`, run "Developer: Reload Window" there. Ctrl-C stops the server.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say('stopping code-server');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.exited.then(c => {
  if (stopping) return;
  console.error(`[start] code-server exited (${c}):\n${server.log()}`);
  process.exit(1);
});
// keep the event loop alive while code-server runs (its pipes do too; this makes it explicit)
setInterval(() => {}, 1 << 30);
