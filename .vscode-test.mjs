// @vscode/test-cli configuration: `npx vscode-test` (or the Extension Test Runner in desktop VS Code)
// runs the integration suites in a VS Code that @vscode/test-electron downloads (VS Code 1.100.3, the
// version code-server serves in `npm test`), or in $VSCODE_EXECUTABLE when set. One configuration
// per trusted run of test/integration/runs.ts (label = run name, e.g. `npx vscode-test --label editor`),
// with the run's folder, settings and environment.
//
// Restricted Mode runs are not here: test-electron always passes --disable-workspace-trust. Those
// run through `npm run test:integration` (code-server, or VSCODE_EXECUTABLE launched directly).
// Needs the compiled suites: `npm run build` first.
import { defineConfig } from '@vscode/test-cli';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const harness = join(root, 'out/test/integration/runInCodeServer.js');
if (!existsSync(harness)) {
  throw new Error(`${harness} is missing: run \`npm run build\` before \`npx vscode-test\``);
}
const h = createRequire(import.meta.url)(harness);
const executable = process.env.VSCODE_EXECUTABLE;

// The vsix run installs the packed extension first: `npm run test:integration -- vsix` does that, not test-cli.
export default defineConfig(h.selectRuns().filter(run => run.trusted && !run.installVsix).map(run => {
  const p = h.prepareRun(run, join(root, '.vscode-test/test-cli'));
  const { OPENPAI_SCREENSHOT_DIR: _noScreenshots, ...env } = p.env; // nothing serves screenshots here
  return {
    label: run.name,
    files: `out/test/integration/suite/${run.suite}/**/*.test.js`,
    workspaceFolder: run.workspacePath,
    version: h.VSCODE_VERSION,
    ...(executable ? { useInstallation: { fromPath: executable } } : {}),
    launchArgs: [`--user-data-dir=${p.userDataDir}`, `--extensions-dir=${p.extensionsDir}`],
    env,
    mocha: { ui: 'tdd', timeout: 20_000, color: false },
  };
}));
