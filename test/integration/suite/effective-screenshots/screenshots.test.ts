// README pictures of the effective configuration view and of the marketplace status, taken from the real editor
// on test/fixtures/effective-run with the fake kubectl (test/fixtures/kubectl/). Manual run `effective-screenshots`;
// `node scripts/screenshots.mjs` runs it and copies the PNGs to docs/images/.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, screenshot, sleep, waitFor } from '../helpers';

async function shoot(name: string): Promise<void> {
  const png = await screenshot(name, { settleMs: 1500 });
  assert.ok(png, 'this run serves no screenshots (run it through code-server: node scripts/screenshots.mjs)');
}

suite('effective screenshots', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  test('the effective configuration beside the config', async () => {
    const editor = await openFixture('services-configuration.yaml');
    const line = editor.document.getText().split('\n').findIndex(l => l.startsWith('marketplace-db:'));
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    const shown = await vscode.commands.executeCommand<{ text: string }>('openpai.showEffectiveConfig');
    assert.ok(shown?.text.includes('marketplace-restserver'), 'no effective view');
    const view = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === 'openpai-effective'), 10_000, 'the effective editor');
    const at = shown.text.split('\n').findIndex(l => l === 'marketplace-restserver');
    view.revealRange(new vscode.Range(at, 0, at, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.window.showTextDocument(view.document, { viewColumn: view.viewColumn, preserveFocus: false });
    // The view alone, so each value's origin fits on its line.
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    await shoot('effective-view');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
  });

  test('the marketplace status: why each service is not ready', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const status = await vscode.commands.executeCommand<{ services: unknown[] }>('openpai.showMarketplaceStatus');
    assert.strictEqual(status?.services.length, 3);
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    await sleep(500);
    await shoot('marketplace-status');
  });
});
