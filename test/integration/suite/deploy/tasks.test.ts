// The `openpai` tasks in a real VS Code: every step in Run Task, and push / delete from Run Task or
// tasks.json going through the commands' gate and confirmations (skipChecks to opt out). paictl is
// the workspace's fake (see deployHelpers.ts); dialogs go through the `deploy.setUi` seam.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, openFixture, sleep, waitFor, workspaceFolder } from '../helpers';
import { cfgFolder, cleanUp, copyConfig, deployApi, fakeCalls, fakeEvents, resetFake, ScriptedUi, typeAnswer, type DeployApi } from './deployHelpers';

suite('deploy: openpai tasks', function () {
  this.timeout(90_000);
  let api: DeployApi;
  const ui = new ScriptedUi();

  suiteSetup(async () => {
    assert.ok(currentRun().trusted, 'the deploy suite runs trusted');
    api = await deployApi();
    api.setUi(ui);
  });
  suiteTeardown(() => cleanUp());
  setup(async () => { resetFake(); ui.reset(); await api.forgetPylonRecords(); });

  test('tasks: every step is an `openpai` task in Run Task', async () => {
    await openFixture('cluster-cfg/services-configuration.yaml');
    const tasks = await vscode.tasks.fetchTasks({ type: 'openpai' });
    assert.deepStrictEqual(tasks.map(t => t.definition.step).sort(),
      ['delete-marketplace', 'get-id', 'pull', 'push', 'start-marketplace', 'start-webportal', 'stop-marketplace', 'stop-webportal']);
    assert.ok(tasks.every(t => t.definition.configFolder === cfgFolder()));
  });

  /** Runs a task and waits for it to end (a guarded task ends after the paictl task it started). */
  async function runToEnd(task: vscode.Task): Promise<void> {
    let done: () => void = () => undefined;
    const ended = new Promise<void>(resolve => { done = resolve; });
    let execution: vscode.TaskExecution | undefined;
    const endedEarly: vscode.TaskExecution[] = [];
    const sub = vscode.tasks.onDidEndTask(e => { if (e.execution === execution) { done(); } else { endedEarly.push(e.execution); } });
    try {
      execution = await vscode.tasks.executeTask(task);
      if (endedEarly.includes(execution)) { done(); }
      await Promise.race([ended, new Promise((_, reject) => setTimeout(() => reject(new Error(`task ${task.name} did not end`)), 60_000))]);
    } finally { sub.dispose(); }
  }

  async function withConfigFolder<T>(folder: string, body: () => Promise<T>): Promise<T> {
    const config = vscode.workspace.getConfiguration('openpai');
    await config.update('configFolder', folder, vscode.ConfigurationTarget.Workspace);
    try { return await body(); } finally { await config.update('configFolder', undefined, vscode.ConfigurationTarget.Workspace); }
  }

  test('tasks: push from Run Task is checked like the command: errors stop it, Push Anyway pushes', async () => {
    const folder = copyConfig('task-with-errors', (f, t) => f === 'services-configuration.yaml' ? t.replace('marketplace: "true"', 'marketplace: true') : t);
    await withConfigFolder(folder, async () => {
      const push = (await vscode.tasks.fetchTasks({ type: 'openpai' })).find(t => t.definition.step === 'push');
      assert.ok(push, 'no push task');
      assert.strictEqual(push.definition.configFolder, folder);
      ui.answer(/errors?/, undefined);
      await runToEnd(push);
      assert.deepStrictEqual(fakeCalls(), [], 'paictl ran despite the errors');
      const gate = ui.shown.find(s => s.modal && /error/.test(s.text));
      assert.ok(gate, JSON.stringify(ui.shown));
      assert.deepStrictEqual(gate.buttons, ['Show Problems', 'Push Anyway']);

      ui.answer(/errors?/, 'Push Anyway');
      ui.inputAnswer = 'pai';
      await runToEnd(push);
      assert.deepStrictEqual(ui.inputs.map(i => i.value), ['pai'], 'the command behind the task asks the cluster id once');
      assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', folder, '-m', 'service']]);
    });
  });

  test('tasks: delete from Run Task asks first; dismissing the modal runs nothing', async () => {
    const del = (await vscode.tasks.fetchTasks({ type: 'openpai' })).find(t => t.definition.step === 'delete-marketplace');
    assert.ok(del, 'no delete task');
    await runToEnd(del);
    assert.ok(ui.shown.some(s => s.modal && /Delete the marketplace services/.test(s.text)), JSON.stringify(ui.shown));
    assert.deepStrictEqual(fakeCalls(), []);
  });

  test('tasks.json: a push is checked like the command; "skipChecks": true runs paictl directly', async () => {
    const folder = copyConfig('raw-with-errors', (f, t) => f === 'services-configuration.yaml' ? t.replace('marketplace: "true"', 'marketplace: true') : t);
    // Written through the configuration service (what editing .vscode/tasks.json does), so the task system sees it at once.
    const tasksConfig = vscode.workspace.getConfiguration('tasks', workspaceFolder().uri);
    await tasksConfig.update('version', '2.0.0', vscode.ConfigurationTarget.WorkspaceFolder);
    await tasksConfig.update('tasks', [
      { label: 'checked push', type: 'openpai', step: 'push', configFolder: folder },
      { label: 'raw push', type: 'openpai', step: 'push', configFolder: folder, skipChecks: true },
    ], vscode.ConfigurationTarget.WorkspaceFolder);
    // As a user runs them: Run Task, pick by label (VS Code resolves them through our provider's resolveTask).
    // Accepting again until the task shows it started: the picker may not be filled at the first try.
    const runByLabel = async (label: string, started: () => boolean) => {
      await vscode.commands.executeCommand('workbench.action.tasks.runTask', label);
      await waitFor(async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await sleep(500);
        return started();
      }, 20_000, `the task "${label}" to start`);
    };
    try {
      ui.answer(/errors?/, undefined);
      await runByLabel('checked push', () => ui.shown.some(s => s.modal && /error/.test(s.text)));
      await sleep(1000);
      assert.deepStrictEqual(fakeCalls(), [], 'paictl ran despite the errors');
      ui.reset();
      await runByLabel('raw push', () => fakeEvents().some(e => e.event === 'start'));
      await typeAnswer('pai', /cluster-id/);
      await waitFor(() => fakeEvents().some(e => e.event === 'exit'), 30_000, 'paictl to finish');
      assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', folder, '-m', 'service']]);
      assert.ok(!ui.shown.some(s => s.modal), JSON.stringify(ui.shown));
    } finally {
      fs.rmSync(path.join(workspaceFolder().uri.fsPath, '.vscode'), { recursive: true, force: true });
    }
  });
});
