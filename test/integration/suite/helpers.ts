// Helpers for integration tests (they run in VS Code's extension host).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'openpai-tools.openpai-marketplace-tools';

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/**
 * Polls `fn` every 100 ms until it returns a truthy value, and returns that value; throws after
 * `timeoutMs` (with `what` in the message) or rethrows the last error if `fn` kept throwing.
 */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) { return v; }
      lastError = undefined;
    } catch (e) { lastError = e; }
    if (Date.now() > end) {
      if (lastError) { throw lastError; }
      throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms`);
    }
    await sleep(100);
  }
}

/** Which run of runs.ts this is (set by the runner; outside it: an unnamed trusted run). */
export function currentRun(): { name: string; suite: string; trusted: boolean; workspace: string | undefined } {
  return {
    name: process.env.OPENPAI_TEST_RUN ?? '',
    suite: process.env.OPENPAI_TEST_SUITE ?? '',
    trusted: process.env.OPENPAI_TEST_TRUSTED !== '0',
    workspace: process.env.OPENPAI_TEST_WORKSPACE,
  };
}

/** The first workspace folder (the run's fixture folder). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder;
}

/** Opens `relPath` (relative to the workspace folder) and shows it in the active editor. */
export async function openFixture(relPath: string, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder().uri, ...relPath.split('/')));
  return vscode.window.showTextDocument(doc, options);
}

let screenshotSeq = 0;

/**
 * Asks the runner for a screenshot of the whole VS Code window, saved as `<name>.png` in the run's
 * screenshot folder (.vscode-test/screenshots/<run>/ unless $OPENPAI_SCREENSHOT_OUT says otherwise).
 * Waits `settleMs` first so the UI can render what the test just did. Returns the PNG's path, or
 * false when no runner serves screenshots ($OPENPAI_SCREENSHOT_DIR unset, e.g. desktop VS Code).
 * Handshake: writes `<id>.request` (JSON {name}) into $OPENPAI_SCREENSHOT_DIR; the runner takes
 * the screenshot and writes `<id>.ack` (JSON {path} or {error}).
 */
export async function screenshot(name: string, { settleMs = 300, timeoutMs = 30_000 } = {}): Promise<string | false> {
  const dir = process.env.OPENPAI_SCREENSHOT_DIR;
  if (!dir) { return false; }
  await sleep(settleMs);
  const id = `${process.pid}-${Date.now()}-${++screenshotSeq}`;
  fs.writeFileSync(path.join(dir, `${id}.tmp`), JSON.stringify({ name }));
  fs.renameSync(path.join(dir, `${id}.tmp`), path.join(dir, `${id}.request`));
  const ackFile = path.join(dir, `${id}.ack`);
  await waitFor(() => fs.existsSync(ackFile), timeoutMs, `screenshot ${JSON.stringify(name)}`);
  const ack = JSON.parse(fs.readFileSync(ackFile, 'utf8')) as { path?: string; error?: string };
  fs.rmSync(ackFile, { force: true });
  if (!ack.path) { throw new Error(`screenshot ${JSON.stringify(name)} failed: ${ack.error}`); }
  return ack.path;
}
