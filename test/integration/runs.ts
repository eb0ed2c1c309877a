// The integration runs: each one starts a fresh VS Code (own user-data-dir, own settings) on one
// workspace folder and runs one suite in its extension host.
//
// To add a run: put the folder under test/fixtures/<name>/, the tests under
// test/integration/suite/<suite>/*.test.ts (see suite/index.ts), and add an entry below.
// Tests can ask which run they are in with `currentRun()` from suite/helpers.ts.
// Run a subset: `npm run test:integration -- smoke restricted` or OPENPAI_TEST_RUNS=smoke,restricted.

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
}

export const runs: IntegrationRun[] = [
  { name: 'smoke', workspace: 'test/fixtures/smoke' },
  { name: 'smoke-restricted', suite: 'smoke', workspace: 'test/fixtures/smoke', trusted: false },
];
