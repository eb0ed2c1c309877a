// The deploy commands in a real VS Code: each paictl step runs as a task in a real terminal and
// shell, with openpai.paictl.python = python3 and the workspace's pai/paictl.py (a fake that
// records its argv and the answers typed into the terminal). Dialogs go through the extension's
// `deploy.setUi` seam so the tests can answer modals.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, openFixture, waitFor } from '../helpers';
import {
  cfgFolder, cleanUp, copyConfig, deployApi, fakeCalls, fakeEvents, fakeScript, resetFake, ScriptedUi, typeAnswer, type DeployApi,
} from './deployHelpers';

interface StepRun { step: string; argv: string[]; exitCode?: number }
interface Result { outcome: string; message: string; folder?: string; steps: StepRun[] }

const SERVICES = ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal'];
const REVERSED = [...SERVICES].reverse();

suite('deploy: paictl steps in a real terminal', function () {
  this.timeout(90_000);
  let api: DeployApi;
  const ui = new ScriptedUi();
  const started: vscode.Task[] = [];
  let startSub: vscode.Disposable;

  suiteSetup(async () => {
    assert.ok(currentRun().trusted, 'the deploy suite runs trusted');
    api = await deployApi();
    api.setUi(ui);
    startSub = vscode.tasks.onDidStartTask(e => started.push(e.execution.task));
  });
  suiteTeardown(() => { startSub?.dispose(); cleanUp(); });
  setup(async () => { resetFake(); ui.reset(); started.length = 0; await api.forgetPylonRecords(); });

  const run = (command: string, folder: string = cfgFolder()) =>
    vscode.commands.executeCommand<Result>(command, vscode.Uri.file(folder)) as Promise<Result>;

  test('push: python3 paictl.py config push -p <folder> -m service, the cluster id typed in the terminal', async () => {
    const pending = run('openpai.pushConfig');
    await typeAnswer('pai', /cluster-id/);
    const r = await pending;
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', cfgFolder(), '-m', 'service']]);
    const ev = fakeEvents();
    assert.strictEqual(ev[0].script, fakeScript(), 'paictl.py found in the workspace');
    assert.strictEqual(ev[0].cwd, path.dirname(fakeScript()), 'runs in paictl\'s folder');
    assert.deepStrictEqual(ev.filter(e => e.event === 'answer').map(e => e.answer), ['pai']);
    assert.deepStrictEqual(r.steps.map(s => [s.step, s.exitCode]), [['push', 0]]);
    assert.deepStrictEqual(r.steps[0].argv.slice(0, 2), ['python3', fakeScript()]);
    assert.ok(ui.shown.some(s => s.level === 'info' && /Push Configuration finished/.test(s.text)), JSON.stringify(ui.shown));
  });

  test('a wrong cluster id: paictl exits 1 and the command says the push failed', async () => {
    const pending = run('openpai.pushConfig');
    await typeAnswer('prod', /cluster-id/);
    const r = await pending;
    assert.strictEqual(r.outcome, 'failed');
    assert.match(r.message, /push the configuration failed with exit code 1/);
  });

  test('start, stop, show cluster id: exact argument lists', async () => {
    for (const [command, argv] of [
      ['openpai.startMarketplace', ['service', 'start', '-n', ...SERVICES]],
      ['openpai.stopMarketplace', ['service', 'stop', '-n', ...REVERSED]],
      ['openpai.showClusterId', ['config', 'get-id']],
    ] as const) {
      resetFake();
      const r = await run(command);
      assert.strictEqual(r.outcome, 'done', `${command}: ${r.message}`);
      assert.deepStrictEqual(fakeCalls(), [argv], command);
    }
  });

  test('restart webportal: pylon too the first time (no record), webportal only when the switch is unchanged', async () => {
    let r = await run('openpai.restartWebportal');
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'stop', '-n', 'webportal', 'pylon'], ['service', 'start', '-n', 'pylon', 'webportal']]);
    resetFake();
    r = await run('openpai.restartWebportal');
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'stop', '-n', 'webportal'], ['service', 'start', '-n', 'webportal']]);
  });

  test('Deploy Marketplace: push, start the three services, restart webportal and pylon, in this order', async () => {
    const pending = run('openpai.deployMarketplace');
    await typeAnswer('pai', /cluster-id/);
    const r = await pending;
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [
      ['config', 'push', '-p', cfgFolder(), '-m', 'service'],
      ['service', 'start', '-n', ...SERVICES],
      ['service', 'stop', '-n', 'webportal', 'pylon'],
      ['service', 'start', '-n', 'pylon', 'webportal'],
    ]);
    assert.deepStrictEqual(r.steps.map(s => s.exitCode), [0, 0, 0, 0]);
  });

  test('a failing step stops the sequence and is named', async () => {
    resetFake({ exitCodes: { 'service start': 3 } });
    const pending = run('openpai.deployMarketplace');
    await typeAnswer('pai', /cluster-id/);
    const r = await pending;
    assert.strictEqual(r.outcome, 'failed');
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', cfgFolder(), '-m', 'service'], ['service', 'start', '-n', ...SERVICES]]);
    assert.match(r.message, /step 2 of 4 \(start the marketplace services\) failed with exit code 3/);
    assert.match(r.message, /Not run: stop webportal and pylon, start pylon and webportal/);
    assert.ok(ui.shown.some(s => s.level === 'error' && s.text === r.message && s.buttons.includes('Show Terminal')));
  });

  test('a folder with spaces, quotes and $(...) arrives verbatim through the shell', async () => {
    // The shell runs in paictl's folder: an evaluated $(touch pwned) would leave pai/pwned behind.
    const marker = path.join(path.dirname(fakeScript()), 'pwned');
    const folder = copyConfig(`cfg with space/it's "quoted" $(touch pwned) \`touch pwned\` $HOME; touch pwned`);
    const pending = run('openpai.pushConfig', folder);
    await typeAnswer('pai', /cluster-id/);
    const r = await pending;
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', folder, '-m', 'service']]);
    assert.strictEqual(fs.existsSync(marker), false, 'the $(...) in the folder name ran');
  });

  test('the terminal gets the argument list, never a password from the config', async () => {
    const pending = run('openpai.pushConfig');
    await typeAnswer('pai', /cluster-id/);
    await pending;
    const task = started.find(t => t.definition.type === 'openpai');
    assert.ok(task, 'no openpai task started');
    const exec = task.execution as vscode.ShellExecution;
    assert.ok(Array.isArray(exec.args) && exec.args.length === 7, `args: ${JSON.stringify(exec.args)}`);
    const line = JSON.stringify([exec.command, exec.args, task.name, task.detail]);
    const text = fs.readFileSync(path.join(cfgFolder(), 'services-configuration.yaml'), 'utf8');
    for (const secret of text.match(/S3cret[\w-]*/g) ?? []) { assert.ok(!line.includes(secret), `${secret} in ${line}`); }
  });

  test('pull: a modal before overwriting, then config pull -o <folder>', async () => {
    const folder = copyConfig('pull-target');
    ui.answer(/Pull the cluster's configuration/, undefined);
    let r = await run('openpai.pullConfig', folder);
    assert.strictEqual(r.outcome, 'declined');
    assert.deepStrictEqual(fakeCalls(), []);
    ui.answer(/Pull the cluster's configuration/, 'Pull and Overwrite');
    r = await run('openpai.pullConfig', folder);
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'pull', '-o', folder]]);
  });

  test('delete: a modal naming the cluster id and the folder; paictl\'s own Y/N answered in the terminal', async () => {
    ui.answer(/Delete the marketplace services/, undefined);
    let r = await run('openpai.deleteMarketplace');
    assert.strictEqual(r.outcome, 'declined');
    assert.deepStrictEqual(fakeCalls(), []);
    const modal = ui.shown.find(s => /Delete the marketplace services/.test(s.text));
    assert.ok(modal?.modal, 'the delete confirmation is modal');
    assert.match(modal.text, /from cluster "pai"/);
    assert.ok(modal.detail?.includes(cfgFolder()), modal.detail);
    assert.deepStrictEqual(modal.buttons, ['Delete']);

    ui.answer(/Delete the marketplace services/, 'Delete');
    const pending = run('openpai.deleteMarketplace');
    await typeAnswer('Y', /\(Y\/N\)/);
    r = await pending;
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'delete', '-n', ...REVERSED]]);
  });

  test('gate: errors stop the push with Show Problems / Push Anyway', async () => {
    const folder = copyConfig('with-errors', (f, t) => f === 'services-configuration.yaml' ? t.replace('marketplace: "true"', 'marketplace: true') : t);
    ui.answer(/errors?/, undefined);
    let r = await run('openpai.pushConfig', folder);
    assert.strictEqual(r.outcome, 'gated');
    assert.deepStrictEqual(fakeCalls(), []);
    const gate = ui.shown.find(s => s.modal && /error/.test(s.text));
    assert.ok(gate, JSON.stringify(ui.shown));
    assert.deepStrictEqual(gate.buttons, ['Show Problems', 'Push Anyway']);
    assert.match(gate.detail ?? '', /switch-not-string/);

    ui.answer(/errors?/, 'Push Anyway');
    const pending = run('openpai.pushConfig', folder);
    await typeAnswer('pai', /cluster-id/);
    r = await pending;
    assert.strictEqual(r.outcome, 'done', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', folder, '-m', 'service']]);
  });

  test('gate: a missing layout.yaml, or config.yaml from v1.7, stops push and deploy', async () => {
    const noLayout = copyConfig('no-layout', undefined, ['layout.yaml']);
    let r = await run('openpai.deployMarketplace', noLayout);
    assert.strictEqual(r.outcome, 'gated');
    assert.match(r.message, /lacks layout\.yaml/);
    const v17 = copyConfig('v17-no-config-yaml', (_f, t) => t.replace(/v1\.6\.0/g, 'v1.7.0'), ['config.yaml']);
    r = await run('openpai.pushConfig', v17);
    assert.strictEqual(r.outcome, 'gated');
    assert.match(r.message, /lacks config\.yaml/);
    assert.deepStrictEqual(fakeCalls(), []);
    assert.ok(ui.shown.some(s => s.level === 'error' && /lacks config\.yaml/.test(s.text)));
  });

  test('a missing interpreter or paictl.py: a message with a button to the setting, no terminal', async () => {
    const config = vscode.workspace.getConfiguration('openpai');
    try {
      await config.update('paictl.python', '/nonexistent/python2.7', vscode.ConfigurationTarget.Global);
      let r = await run('openpai.startMarketplace');
      assert.strictEqual(r.outcome, 'refused');
      let shown = ui.shown.pop();
      assert.match(shown?.text ?? '', /\/nonexistent\/python2\.7 does not exist/);
      assert.deepStrictEqual(shown?.buttons, ['Open Setting']);
      await config.update('paictl.python', undefined, vscode.ConfigurationTarget.Global);
      await config.update('paictl.path', '/nonexistent/paictl.py', vscode.ConfigurationTarget.Global);
      r = await run('openpai.startMarketplace');
      assert.strictEqual(r.outcome, 'refused');
      shown = ui.shown.pop();
      assert.match(shown?.text ?? '', /openpai\.paictl\.path names \/nonexistent\/paictl\.py/);
      assert.deepStrictEqual(shown?.buttons, ['Open Setting']);
      assert.deepStrictEqual(fakeCalls(), []);
      assert.strictEqual(started.length, 0, 'no task started');
    } finally {
      await config.update('paictl.python', undefined, vscode.ConfigurationTarget.Global);
      await config.update('paictl.path', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('code lens: Deploy and Check Marketplace above the first marketplace section', async () => {
    const editor = await openFixture('cluster-cfg/services-configuration.yaml');
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      const ours = (l ?? []).filter(c => c.command?.command.startsWith('openpai.'));
      return ours.length ? ours : undefined;
    }, 15_000, 'our code lenses');
    assert.deepStrictEqual(lenses.map(l => l.command?.title), ['Deploy Marketplace', 'Check Marketplace']);
    assert.strictEqual(editor.document.lineAt(lenses[0].range.start.line).text, 'marketplace-db:');
    assert.strictEqual((lenses[0].command?.arguments?.[0] as vscode.Uri).fsPath, editor.document.uri.fsPath);
  });
});
