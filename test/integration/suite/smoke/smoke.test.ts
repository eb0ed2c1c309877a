// Smoke test of the harness itself: runs trusted ("smoke") and in Restricted Mode ("smoke-restricted").
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, EXTENSION_ID, openFixture, screenshot, sleep, waitFor, workspaceFolder } from '../helpers';

suite('smoke', () => {
  test('the fixture folder is the workspace', () => {
    assert.strictEqual(workspaceFolder().uri.fsPath, currentRun().workspace);
  });

  test('workspace trust matches the run', () => {
    assert.strictEqual(vscode.workspace.isTrusted, currentRun().trusted,
      `run ${currentRun().name} expects ${currentRun().trusted ? 'a trusted workspace' : 'Restricted Mode'}`);
  });

  test('nothing activates the extension in a folder without OpenPAI files (no "*" activation)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
    await sleep(1000); // startup activations have had their chance
    assert.strictEqual(ext.isActive, false);
  });

  test('the extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
    await ext.activate();
    assert.ok(ext.isActive);
  });

  test('a real terminal runs a shell command', async () => {
    const marker = path.join(os.tmpdir(), `openpai-smoke-${process.pid}-${Date.now()}.txt`);
    const term = vscode.window.createTerminal({ name: 'smoke' });
    try {
      const pid = await term.processId;
      assert.ok(pid && pid > 0, `terminal has no process id (${pid})`);
      term.sendText(`echo terminal-ok > '${marker}'`);
      const text = await waitFor(() => fs.existsSync(marker) && fs.readFileSync(marker, 'utf8'), 15_000, 'terminal output file');
      assert.strictEqual(text.trim(), 'terminal-ok');
    } finally {
      term.dispose();
      fs.rmSync(marker, { force: true });
    }
  });

  test('a fixture opens in an editor and can be screenshotted', async () => {
    const editor = await openFixture('hello.txt');
    assert.match(editor.document.getText(), /smoke fixture/);
    const png = await screenshot('hello');
    if (png !== false) { assert.ok(fs.statSync(png).size > 1000, `${png} is too small`); }
  });
});
