// The extension in VS Code with display language zh-cn (run l10n-zh-cn): VS Code applies our
// package.nls.zh-cn.json to the manifest, and activate() hands l10n/bundle.l10n.zh-cn.json to every
// module, so what the admin reads in the status item, the code actions and the deploy dialogs is
// Chinese. Rule messages and schema docs stay English (as in the CLI and the README).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from '../helpers';
import { deployApi, ScriptedUi } from '../deploy/deployHelpers';
import { CONFIG, ours, openConfig } from '../editor/fixture';

suite('l10n: zh-cn', () => {
  test('VS Code runs in zh-cn and shows our commands with their Chinese titles', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
    const commands = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; title: { value: string; original: string } | string }[];
    const deploy = commands.find(c => c.command === 'openpai.deployMarketplace');
    assert.deepStrictEqual(deploy?.title, { value: '部署 Marketplace', original: 'Deploy Marketplace' });
    const steps = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs[0].steps as { media: { markdown: string } }[];
    assert.strictEqual(steps[0].media.markdown, 'media/walkthrough/zh-cn/openConfig.md');
  });

  test('the status item and the fix-all action speak Chinese', async () => {
    const editor = await openConfig(CONFIG);
    await waitFor(() => ours(editor.document.uri).length > 0, 15_000, 'diagnostics');
    assert.ok(vscode.l10n.bundle, 'VS Code loaded no l10n bundle for zh-cn');
    const status = await waitFor(async () => {
      const text = await vscode.commands.executeCommand<string>('openpai._statusText');
      return /个问题$/.test(text ?? '') && text;
    }, 15_000, 'the status text');
    assert.match(status, /^OpenPAI v1\.8 · http · \d+ 个问题$/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.openpai');
    assert.deepStrictEqual(actions.map(a => a.title), ['修复所有有首选修复的 OpenPAI 问题']);
  });

  test('a deploy command that cannot run paictl says why in Chinese, with a Chinese button that works', async () => {
    const api = await deployApi();
    const ui = new ScriptedUi();
    const previous = api.setUi(ui);
    try {
      const config = vscode.workspace.getConfiguration('openpai');
      await config.update('paictl.path', '/nonexistent/paictl.py', vscode.ConfigurationTarget.Global);
      ui.answer(/无法运行 paictl/, '打开设置');
      const result = await vscode.commands.executeCommand<{ status: string }>('openpai.startMarketplace', vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri));
      assert.strictEqual(result?.status, 'refused');
      const shown = ui.shown.pop();
      assert.match(shown?.text ?? '', /^无法运行 paictl：/);
      assert.deepStrictEqual(shown?.buttons, ['打开设置', '浏览以选择 paictl.py…']);
      // The button opened the Settings editor: close it before the setting changes back.
      await waitFor(() => /Settings|设置/.test(vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? ''), 10_000, 'the Settings editor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await config.update('paictl.path', undefined, vscode.ConfigurationTarget.Global);
    } finally {
      api.setUi(previous);
    }
  });
});
