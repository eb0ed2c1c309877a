// Restricted Mode: the deploy commands are hidden from the palette and disabled (package.json), and
// refuse at run time without starting paictl; no code lenses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, EXTENSION_ID, openFixture } from '../helpers';
import { cfgFolder, cleanUp, deployApi, fakeCalls, resetFake, ScriptedUi } from '../deploy/deployHelpers';

const COMMANDS = ['pushConfig', 'startMarketplace', 'stopMarketplace', 'restartWebportal', 'deployMarketplace',
  'pullConfig', 'showClusterId', 'deleteMarketplace', 'checkMarketplace', 'compareWithCluster'].map(c => `openpai.${c}`);

interface Manifest { contributes: { commands: { command: string; enablement?: string }[]; menus: { commandPalette: { command: string; when?: string }[] } } }

suite('deploy in Restricted Mode', function () {
  this.timeout(60_000);
  const ui = new ScriptedUi();

  suiteTeardown(() => cleanUp());
  suiteSetup(async () => {
    assert.strictEqual(currentRun().trusted, false, 'this suite runs in Restricted Mode');
    assert.strictEqual(vscode.workspace.isTrusted, false);
    (await deployApi()).setUi(ui);
  });

  test('every deploy command is disabled and hidden unless the workspace is trusted', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8')) as Manifest;
    for (const id of COMMANDS) {
      const cmd = manifest.contributes.commands.find(c => c.command === id);
      assert.strictEqual(cmd?.enablement, 'isWorkspaceTrusted', id);
      const menu = manifest.contributes.menus.commandPalette.find(m => m.command === id);
      assert.match(menu?.when ?? '', /(^|&& )isWorkspaceTrusted( &&|$)/, id);
    }
  });

  test('running one anyway (keybinding, script) refuses and starts nothing', async () => {
    resetFake();
    for (const id of COMMANDS) {
      ui.reset();
      const r = await vscode.commands.executeCommand<{ status: string }>(id, vscode.Uri.file(cfgFolder()));
      assert.strictEqual(r?.status, 'refused', id);
      assert.match(ui.shown[0]?.text ?? '', /needs a trusted workspace; this one is in Restricted Mode/, id);
      assert.deepStrictEqual(ui.shown[0]?.buttons, ['Manage Workspace Trust']);
    }
    assert.deepStrictEqual(fakeCalls(), []);
  });

  // (Tasks: VS Code itself asks for trust before fetching or running any task in Restricted Mode.)
  test('no code lenses', async () => {
    const editor = await openFixture('cluster-cfg/services-configuration.yaml');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    assert.deepStrictEqual((lenses ?? []).filter(l => l.command?.command.startsWith('openpai.')), []);
  });
});
