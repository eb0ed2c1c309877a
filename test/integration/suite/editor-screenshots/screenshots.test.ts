// README pictures, taken from the real editor on the `npm start` example (test/fixtures/example).
// Manual run `editor-screenshots`; `node scripts/screenshots.mjs` runs it and copies the PNGs to docs/images/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { screenshot, sleep, waitFor } from '../helpers';
import { find, fixtureUri, openConfig, ours, revert } from '../editor/fixture';

async function place(editor: vscode.TextEditor, position: vscode.Position): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  await sleep(300);
}

async function shoot(name: string): Promise<void> {
  const png = await screenshot(name, { settleMs: 1200 });
  assert.ok(png, 'this run serves no screenshots (run it through code-server: node scripts/screenshots.mjs)');
}

suite('editor screenshots', () => {
  let editor: vscode.TextEditor;
  let original = '';

  suiteSetup(async () => {
    editor = await openConfig();
    original = fs.readFileSync(editor.document.uri.fsPath, 'utf8');
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await waitFor(() => ours(editor.document.uri).length >= 5, 15_000, 'the example\'s diagnostics');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('editor.action.hideHover');
    await revert(editor);
    assert.strictEqual(fs.readFileSync(editor.document.uri.fsPath, 'utf8'), original, 'the example file on disk was changed');
  });

  test('a diagnostic with its quick fixes', async () => {
    const at = find(editor.document, 'marketplace: true').translate(0, 'marketplace: '.length);
    await place(editor, at);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(800);
    await shoot('diagnostic-hover');
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await shoot('quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  test('a completion list of keys with their docs', async () => {
    const line = find(editor.document, 'data-path:').line + 1;
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(line, 0), '  \n')));
    await place(editor, new vscode.Position(line, 2));
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await sleep(800);
    await vscode.commands.executeCommand('toggleSuggestionDetails');
    await shoot('completion');
  });

  test('the computed API URI offered as a value', async () => {
    const key = find(editor.document, 'marketplace_api_uri:');
    const start = key.translate(0, 'marketplace_api_uri: '.length);
    const end = new vscode.Position(key.line, editor.document.lineAt(key.line).text.length);
    assert.ok(await editor.edit(b => b.delete(new vscode.Range(start, end))));
    await place(editor, start);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await shoot('completion-uri');
  });

  test('a hover on a key', async () => {
    await place(editor, find(editor.document, 'marketplace: true').translate(0, 4));
    await vscode.commands.executeCommand('editor.action.showHover');
    await shoot('hover');
  });

  test('a hover on a layout.yaml key', async () => {
    const layout = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('layout.yaml')), { preview: false });
    await place(layout, find(layout.document, 'pai-master:').translate(0, 3));
    await vscode.commands.executeCommand('editor.action.showHover');
    await shoot('layout-hover');
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
  });
});
