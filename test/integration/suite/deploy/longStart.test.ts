// Why a marketplace service is not ready, while paictl's `service start` still waits: after
// openpai.deploy.statusAfterSeconds (set to 1 here) the extension asks kubectl (the fake of
// test/fixtures/kubectl/: restserver crashing on a port in use, webportal in ImagePullBackOff) and says so.
// The fake paictl waits, printing paictl's "is not ready yet" line, until the test releases it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, waitFor, workspaceFolder } from '../helpers';
import { cfgFolder, cleanUp, deployApi, fakeCalls, resetFake, ScriptedUi, type DeployApi } from './deployHelpers';

interface Result { status: string; message: string }
const WAITING = /^paictl is still starting the marketplace services\./;

suite('deploy: the marketplace status while service start waits', function () {
  this.timeout(90_000);
  let api: DeployApi;
  const ui = new ScriptedUi();
  const release = path.join(os.tmpdir(), `openpai-release-start-${process.pid}`);

  suiteSetup(async () => {
    assert.ok(currentRun().trusted, 'the deploy suite runs trusted');
    api = await deployApi();
    api.setUi(ui);
  });
  suiteTeardown(() => { cleanUp(); fs.rmSync(release, { force: true }); });
  setup(() => { ui.reset(); fs.rmSync(release, { force: true }); });

  const start = () => vscode.commands.executeCommand<Result>('openpai.startMarketplace', vscode.Uri.file(cfgFolder()), { clusterId: 'pai' }) as Promise<Result>;

  test('past the threshold: one notification names each service that is not ready and why, then the start goes on', async () => {
    resetFake({ holdStart: release });
    // A window setting, written to the workspace's settings (the user's are the run's).
    const config = vscode.workspace.getConfiguration('openpai', workspaceFolder().uri);
    await config.update('deploy.statusAfterSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const running = start();
      const shown = await waitFor(() => ui.shown.find(s => WAITING.test(s.text)), 30_000, 'the status notification');
      assert.strictEqual(shown.text, 'paictl is still starting the marketplace services. Not ready yet: marketplace-restserver (PortInUse), marketplace-webportal (ImagePullBackOff). The OpenPAI Marketplace Status output says why.');
      assert.strictEqual(shown.level, 'warning');
      assert.deepStrictEqual(shown.buttons, ['Show Status']);
      assert.ok(!/\*{8}|password|log lines/i.test(shown.text), 'no detail (log lines) in the notification');
      fs.writeFileSync(release, '');
      const r = await running;
      assert.strictEqual(r.status, 'succeeded', r.message);
      assert.deepStrictEqual(fakeCalls(), [['service', 'start', '-n', 'marketplace-db', 'marketplace-restserver', 'marketplace-webportal']]);
      assert.strictEqual(ui.shown.filter(s => WAITING.test(s.text)).length, 1, 'the same answer is not said twice');
    } finally {
      fs.writeFileSync(release, '');
      await config.update('deploy.statusAfterSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a start that ends before the threshold (60 s by default) asks nothing and says nothing about pods', async () => {
    resetFake();
    const r = await start();
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(ui.shown.filter(s => WAITING.test(s.text)), []);
  });
});
