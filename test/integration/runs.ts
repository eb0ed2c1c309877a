// The integration runs: each one starts a fresh VS Code (own user-data-dir, own settings) on one
// workspace folder and runs one suite in its extension host.
//
// To add a run: put the folder under test/fixtures/<name>/, the tests under
// test/integration/suite/<suite>/*.test.ts (see suite/index.ts), and add an entry below.
// Tests can ask which run they are in with `currentRun()` from suite/helpers.ts.
// Run a subset: `npm run test:integration -- smoke restricted` or OPENPAI_TEST_RUNS=smoke,restricted.

import * as fs from 'fs';
import * as path from 'path';

/** The VS Code the suites run in: code-server 4.100.3 serves it; the desktop routes download this one. */
export const VSCODE_VERSION = '1.100.3';

export interface IntegrationRun {
  /** Unique name, printed in the output; also the default suite. Letters, digits, '-' and '_'. */
  name: string;
  /** Folder opened as the workspace: absolute, or relative to the repository root. */
  workspace: string;
  /** Suite to run: the folder test/integration/suite/<suite>/. Defaults to `name`. */
  suite?: string;
  /**
   * true (default): workspace trust is disabled, so the folder is trusted (`--disable-workspace-trust`,
   * as @vscode/test-electron does). false: trust is enabled and the folder is untrusted, i.e. VS Code
   * is in Restricted Mode (`vscode.workspace.isTrusted === false`).
   */
  trusted?: boolean;
  /** Extra user settings (User/settings.json), merged over the harness defaults. */
  settings?: Record<string, unknown>;
  /** Extra environment for VS Code and so for the extension host and the tests. */
  env?: Record<string, string>;
  /** Time limit for this run in ms (default 120000, or $VSCODE_TEST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Only run when named explicitly (e.g. a screenshot run for docs), never by default. */
  manual?: boolean;
  /** VS Code's display language (`--locale`), e.g. `zh-cn`; default English. */
  locale?: string;
  /**
   * The extension comes from the packed .vsix (scripts/package.mjs), installed into the run's extensions dir
   * with `--install-extension` as a user installs it; the development extension is an empty stub, so nothing
   * is loaded from this folder. The tests get the extensions dir as $OPENPAI_TEST_EXTENSIONS_DIR.
   */
  installVsix?: boolean;
}

/** A file of this repository by its path from the root (runs.ts runs from test/integration/ or from out/test/integration/). */
function inRepo(relative: string): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) { dir = path.dirname(dir); }
  return path.join(dir, relative);
}

/** The screenshot runs' editor: no minimap, breadcrumbs or activity bar, a larger font. */
const SCREENSHOT_SETTINGS = { 'files.autoSave': 'off', 'editor.minimap.enabled': false, 'breadcrumbs.enabled': false, 'workbench.activityBar.location': 'hidden', 'editor.fontSize': 15, 'editor.stickyScroll.enabled': false };

export const runs: IntegrationRun[] = [
  { name: 'smoke', workspace: 'test/fixtures/smoke' },
  { name: 'smoke-restricted', suite: 'smoke', workspace: 'test/fixtures/smoke', trusted: false },
  // Activation by VS Code's own event on the npm start example, with VS Code's measured times
  // (npm run bench runs it again to collect them).
  { name: 'activation', workspace: 'test/fixtures/example' },
  // The extension in a Chinese VS Code: manifest strings and runtime messages from the zh-cn translations.
  { name: 'l10n-zh-cn', suite: 'l10n', workspace: 'test/fixtures/editor', locale: 'zh-cn', settings: { 'files.autoSave': 'off' } },
  // VS Code in a browser saves edits after a second by default (files.autoSave: afterDelay): the editor
  // suites edit fixtures and revert them, so they turn that off.
  { name: 'editor', workspace: 'test/fixtures/editor', settings: { 'files.autoSave': 'off' } },
  { name: 'editor-restricted', suite: 'editor', workspace: 'test/fixtures/editor', trusted: false, settings: { 'files.autoSave': 'off' } },
  // Deploy: paictl.py is test/fixtures/deploy/pai/paictl.py (a fake found in the workspace), run by python3;
  // it logs its argv and the answers typed into the terminal to $FAKE_PAICTL_LOG (see suite/deploy/deployHelpers.ts).
  {
    name: 'deploy', workspace: 'test/fixtures/deploy', timeoutMs: 300_000,
    // kubectl: the fake of the effective run (pods in CrashLoopBackOff and ImagePullBackOff), asked while a start waits.
    settings: { 'openpai.paictl.python': 'python3', 'terminal.integrated.enablePersistentSessions': false, 'openpai.kubectl.path': inRepo('test/fixtures/kubectl/kubectl-fake.js') },
    env: { FAKE_PAICTL_LOG: `${process.env.TMPDIR ?? '/tmp'}/openpai-fake-paictl-${process.pid}-deploy.jsonl` },
  },
  {
    name: 'deploy-restricted', workspace: 'test/fixtures/deploy', trusted: false,
    settings: { 'openpai.paictl.python': 'python3' },
    env: { FAKE_PAICTL_LOG: `${process.env.TMPDIR ?? '/tmp'}/openpai-fake-paictl-${process.pid}-deploy-restricted.jsonl` },
  },
  // The effective view of a config folder, and the marketplace status against a fake kubectl whose pods are in
  // CrashLoopBackOff and ImagePullBackOff (test/fixtures/kubectl/).
  {
    name: 'effective', workspace: 'test/fixtures/effective-run',
    settings: { 'files.autoSave': 'off', 'openpai.kubectl.path': inRepo('test/fixtures/kubectl/kubectl-fake.js') },
    env: { OPENPAI_FAKE_KUBECTL_PODS: 'crash-and-pull' },
  },
  // The packed .vsix installed into a fresh VS Code: diagnostics from the installed copy, README, icon, CHANGELOG.
  { name: 'vsix', workspace: 'test/fixtures/vsix', installVsix: true, timeoutMs: 240_000, settings: { 'files.autoSave': 'off' } },
  {
    name: 'editor-screenshots', workspace: 'test/fixtures/example', manual: true,
    settings: SCREENSHOT_SETTINGS,
  },
  // README pictures of the effective view and of the marketplace status (the fake kubectl of the `effective` run).
  {
    name: 'effective-screenshots', workspace: 'test/fixtures/effective-run', manual: true,
    settings: { ...SCREENSHOT_SETTINGS, 'openpai.kubectl.path': inRepo('test/fixtures/kubectl/kubectl-fake.js') },
    env: { OPENPAI_FAKE_KUBECTL_PODS: 'crash-and-pull' },
  },
];
