// The deploy commands in a real VS Code: each paictl step runs as a task in a pseudoterminal, with
// openpai.paictl.python = python3 and the workspace's pai/paictl.py (a fake that prompts as the real
// one does and records its argv, $KUBECONFIG and the answers it read). Dialogs go through the
// extension's `deploy.setUi` seam so the tests can answer modals and the cluster-id box.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, openFixture, waitFor } from '../helpers';
import {
  cfgFolder, cleanUp, copyConfig, deployApi, fakeAnswers, fakeCalls, fakeEvents, fakeScript, resetFake, ScriptedUi, typeAnswer, type DeployApi,
} from './deployHelpers';

interface StepRun { step: string; argv: string[]; exitCode?: number; status: string }
interface Result { status: string; failedStep?: string; message: string; folder?: string; steps: StepRun[] }

const SERVICES = ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal'];
const REVERSED = [...SERVICES].reverse();
const ID = { clusterId: 'pai' };

/** Deploy first pulls the cluster's copy into a temporary folder, to see whether pylon must restart. */
function withoutComparePull(calls: string[][]): string[][] {
  const [first, ...rest] = calls;
  assert.deepStrictEqual(first?.slice(0, 3), ['config', 'pull', '-o'], `first call: ${JSON.stringify(first)}`);
  assert.match(first[3], /openpai-cluster-copy-/);
  assert.strictEqual(fs.existsSync(first[3]), false, 'the temporary copy is removed');
  return rest;
}

suite('deploy: paictl steps in a pseudoterminal', function () {
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

  const run = (command: string, folder: string = cfgFolder(), options?: { clusterId: string }) =>
    vscode.commands.executeCommand<Result>(command, vscode.Uri.file(folder), options) as Promise<Result>;

  test('push: the cluster id asked once in VS Code, prefilled from the config, answers paictl\'s prompt', async () => {
    ui.inputAnswer = 'pai';
    ui.answer(/^Push Configuration: push .* to the cluster\?$/, 'Push');
    const r = await run('openpai.pushConfig');
    assert.strictEqual(r.status, 'succeeded', r.message);
    const asked = ui.shown.find(s => s.modal);
    assert.deepStrictEqual(asked && [asked.text, asked.buttons], [`Push Configuration: push ${cfgFolder()} to the cluster?`, ['Push', 'Compare with Cluster First']], 'a person is asked first');
    assert.deepStrictEqual(ui.inputs.map(i => i.value), ['pai'], 'one input box, prefilled with cluster.common.cluster-id');
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', cfgFolder(), '-m', 'service']]);
    const ev = fakeEvents();
    assert.strictEqual(ev[0].script, fakeScript(), 'paictl.py found in the workspace');
    assert.strictEqual(ev[0].cwd, path.dirname(fakeScript()), 'runs in paictl\'s folder');
    assert.strictEqual(ev[0].kubeconfigEnv, process.env.KUBECONFIG ?? null, 'KUBECONFIG untouched without the setting');
    assert.deepStrictEqual(fakeAnswers(), ['pai']);
    assert.deepStrictEqual(r.steps.map(s => [s.step, s.exitCode, s.status]), [['push', 0, 'succeeded']]);
    assert.deepStrictEqual(r.steps[0].argv.slice(0, 2), ['python3', fakeScript()]);
    assert.ok(ui.shown.some(s => s.level === 'info' && /Push Configuration finished/.test(s.text)), JSON.stringify(ui.shown));
  });

  test('a dismissed cluster-id box runs nothing and resolves cancelled', async () => {
    const r = await run('openpai.startMarketplace');
    assert.strictEqual(r.status, 'cancelled');
    assert.deepStrictEqual(fakeCalls(), []);
  });

  test('a wrong cluster id: paictl exits 1 and the command says so, naming the step', async () => {
    const r = await run('openpai.pushConfig', cfgFolder(), { clusterId: 'prod' });
    assert.strictEqual(r.status, 'failed');
    assert.strictEqual(r.failedStep, 'config push');
    assert.deepStrictEqual(ui.inputs, [], 'no input box with { clusterId }');
    assert.match(r.message, /push the configuration failed with exit code 1/);
    assert.match(r.message, /cluster id is not the one stored in the cluster/);
  });

  test('start, stop, show cluster id: exact argument lists; get-id asks nothing', async () => {
    for (const [command, argv, answers] of [
      ['openpai.startMarketplace', ['service', 'start', '-n', ...SERVICES], ['pai']],
      ['openpai.stopMarketplace', ['service', 'stop', '-n', ...REVERSED], ['pai']],
      ['openpai.showClusterId', ['config', 'get-id'], []],
    ] as const) {
      resetFake();
      const r = await run(command, cfgFolder(), ID);
      assert.strictEqual(r.status, 'succeeded', `${command}: ${r.message}`);
      assert.deepStrictEqual(fakeCalls(), [argv], command);
      assert.deepStrictEqual(fakeAnswers(), answers, command);
    }
  });

  test('restart webportal: pylon too the first time (no record), webportal only when nothing pylon reads changed', async () => {
    let r = await run('openpai.restartWebportal', cfgFolder(), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'stop', '-n', 'webportal', 'pylon'], ['service', 'start', '-n', 'pylon', 'webportal']]);
    resetFake();
    r = await run('openpai.restartWebportal', cfgFolder(), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'stop', '-n', 'webportal'], ['service', 'start', '-n', 'webportal']]);
  });

  test('Deploy Marketplace with { clusterId }: runs to the end with no typing and resolves succeeded', async () => {
    const r = await run('openpai.deployMarketplace', cfgFolder(), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.strictEqual(r.failedStep, undefined);
    assert.deepStrictEqual(withoutComparePull(fakeCalls()), [
      ['config', 'push', '-p', cfgFolder(), '-m', 'service'],
      ['service', 'start', '-n', ...SERVICES],
      ['service', 'stop', '-n', 'webportal'],
      ['service', 'start', '-n', 'webportal'],
    ], 'the cluster\'s copy has the same switch, ports and master: pylon keeps running');
    assert.deepStrictEqual(fakeAnswers(), ['pai', 'pai', 'pai', 'pai', 'pai'], 'every prompt answered');
    assert.deepStrictEqual(r.steps.map(s => s.exitCode), [0, 0, 0, 0]);
    assert.deepStrictEqual(ui.inputs, []);
  });

  test('Deploy Marketplace with a changed restserver server-port: pylon restarts too', async () => {
    const folder = copyConfig('new-port', (f, t) => f === 'services-configuration.yaml' ? t.replace('server-port: 9292', 'server-port: 9392') : t);
    const r = await run('openpai.deployMarketplace', folder, ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(withoutComparePull(fakeCalls()).slice(2), [['service', 'stop', '-n', 'webportal', 'pylon'], ['service', 'start', '-n', 'pylon', 'webportal']]);
  });

  test('Deploy Marketplace without it: one input box for the four prompts; the id is remembered for the folder', async () => {
    const folder = copyConfig('lab-cfg', (f, t) => f === 'services-configuration.yaml' ? t.replace('cluster-id: pai', 'cluster-id: lab') : t);
    resetFake({ clusterId: 'lab' });
    ui.inputAnswer = 'lab';
    ui.answer(/to the cluster and restart the marketplace services\?$/, 'Deploy');
    let r = await run('openpai.deployMarketplace', folder);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(ui.inputs.map(i => i.value), ['lab']);
    assert.deepStrictEqual(fakeAnswers(), ['lab', 'lab', 'lab', 'lab', 'lab']);
    ui.reset();
    resetFake({ clusterId: 'lab' });
    r = await run('openpai.stopMarketplace', folder);
    assert.strictEqual(r.status, 'cancelled', 'the box dismissed this time');
    assert.deepStrictEqual(ui.inputs.map(i => i.value), ['lab'], 'prefilled with the last id confirmed');
  });

  test('a failing start resolves failed with the step, and nothing after it runs', async () => {
    resetFake({ exitCodes: { 'service start': 3 } });
    const r = await run('openpai.deployMarketplace', cfgFolder(), ID);
    assert.strictEqual(r.status, 'failed');
    assert.strictEqual(r.failedStep, 'service start');
    assert.deepStrictEqual(withoutComparePull(fakeCalls()), [['config', 'push', '-p', cfgFolder(), '-m', 'service'], ['service', 'start', '-n', ...SERVICES]]);
    assert.match(r.message, /step 2 of 4 \(start the marketplace services\) failed with exit code 3/);
    assert.match(r.message, /Not run: stop webportal, start webportal\./);
    assert.ok(ui.shown.some(s => s.level === 'error' && s.text === r.message && s.buttons.includes('Show Terminal')));
  });

  test('a paictl checkout without the marketplace services: start skips them all, exit 0, resolves nothing-done', async () => {
    resetFake({ missingServices: SERVICES });
    const r = await run('openpai.startMarketplace', cfgFolder(), ID);
    assert.strictEqual(r.status, 'nothing-done', r.message);
    assert.strictEqual(r.failedStep, 'service start');
    assert.match(r.message, /skipped them all/);
  });

  test('with openpai.paictl.kubeconfig: -c <file> and KUBECONFIG=<file> for every step', async () => {
    const kube = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openpai-kube-')), 'lab.kubeconfig');
    fs.writeFileSync(kube, 'apiVersion: v1\nkind: Config\n');
    const config = vscode.workspace.getConfiguration('openpai');
    try {
      await config.update('paictl.kubeconfig', kube, vscode.ConfigurationTarget.Global);
      const r = await run('openpai.deployMarketplace', cfgFolder(), ID);
      assert.strictEqual(r.status, 'succeeded', r.message);
      const [pull, ...rest] = fakeCalls();
      assert.deepStrictEqual(pull.slice(-2), ['-c', kube]);
      assert.deepStrictEqual(rest, [
        ['config', 'push', '-p', cfgFolder(), '-m', 'service', '-c', kube],
        ['service', 'start', '-c', kube, '-n', ...SERVICES],
        ['service', 'stop', '-c', kube, '-n', 'webportal'],
        ['service', 'start', '-c', kube, '-n', 'webportal'],
      ]);
      assert.deepStrictEqual(fakeEvents().filter(e => e.event === 'start').map(e => e.kubeconfigEnv), [kube, kube, kube, kube, kube]);
    } finally {
      await config.update('paictl.kubeconfig', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(path.dirname(kube), { recursive: true, force: true });
    }
  });

  test("a folder named `cfg dir $(touch PWNED) 'q'` never runs anything: paictl pushes a staged copy with the same files", async () => {
    const folder = copyConfig("cfg dir $(touch PWNED) 'q'");
    const r = await run('openpai.pushConfig', folder, ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    const [argv] = fakeCalls();
    assert.deepStrictEqual([...argv.slice(0, 3), ...argv.slice(4)], ['config', 'push', '-p', '-m', 'service']);
    assert.match(argv[3], /^[\w/.-]+$/, `pushed from ${argv[3]}`);
    const copied = fakeEvents().find(e => e.event === 'copied')?.files ?? {};
    const original = Object.fromEntries(fs.readdirSync(folder).sort().map(f => [f, fs.readFileSync(path.join(folder, f), 'utf8')]));
    assert.deepStrictEqual(copied, original, 'what paictl copied is the folder\'s content');
    for (const dir of [path.dirname(fakeScript()), path.dirname(folder), folder]) {
      assert.strictEqual(fs.existsSync(path.join(dir, 'PWNED')), false, `the $(...) ran in ${dir}`);
    }
    assert.strictEqual(fs.existsSync(argv[3]), false, 'the staged copy is removed');
  });

  test('the task terminal and the argument list never carry a password from the config', async () => {
    await run('openpai.pushConfig', cfgFolder(), ID);
    const task = started.find(t => t.definition.type === 'openpai');
    assert.ok(task, 'no openpai task started');
    assert.ok(task.execution instanceof vscode.CustomExecution, 'paictl runs in a pseudoterminal');
    const line = JSON.stringify([task.name, task.detail, task.definition, fakeCalls()]);
    const text = fs.readFileSync(path.join(cfgFolder(), 'services-configuration.yaml'), 'utf8');
    for (const secret of text.match(/S3cret[\w-]*/g) ?? []) { assert.ok(!line.includes(secret), `${secret} in ${line}`); }
  });

  test('pull: a modal before overwriting, then config pull -o <folder>, the id answered', async () => {
    const folder = copyConfig('pull-target');
    ui.answer(/Pull the cluster's configuration/, undefined);
    let r = await run('openpai.pullConfig', folder, ID);
    assert.strictEqual(r.status, 'cancelled');
    assert.deepStrictEqual(fakeCalls(), []);
    ui.answer(/Pull the cluster's configuration/, 'Pull and Overwrite');
    r = await run('openpai.pullConfig', folder, ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'pull', '-o', folder]]);
    assert.deepStrictEqual(fakeAnswers(), ['pai']);
  });

  test('delete: a modal naming the cluster, the folder and the kept database; paictl\'s Y/N typed in the terminal; N resolves nothing-done', async () => {
    ui.answer(/Delete the marketplace services/, undefined);
    let r = await run('openpai.deleteMarketplace', cfgFolder(), ID);
    assert.strictEqual(r.status, 'cancelled');
    assert.deepStrictEqual(fakeCalls(), []);
    const modal = ui.shown.find(s => /Delete the marketplace services/.test(s.text));
    assert.ok(modal?.modal, 'the delete confirmation is modal');
    assert.match(modal.text, /from cluster "pai"/);
    assert.ok(modal.detail?.includes(cfgFolder()), modal.detail);
    assert.match(modal.detail ?? '', /database stays on the master's disk \(\/mnt\/marketplace\)/);
    assert.deepStrictEqual(modal.buttons, ['Delete']);

    ui.answer(/Delete the marketplace services/, 'Delete');
    let pending = run('openpai.deleteMarketplace', cfgFolder(), ID);
    await typeAnswer('N', /\(Y\/N\)/);
    r = await pending;
    assert.strictEqual(r.status, 'nothing-done', r.message);
    assert.strictEqual(r.failedStep, 'service delete');
    assert.match(r.message, /answered N; nothing was deleted/);
    assert.deepStrictEqual(fakeAnswers(), ['N']);

    resetFake();
    ui.answer(/Delete the marketplace services/, 'Delete');
    pending = run('openpai.deleteMarketplace', cfgFolder(), ID);
    await typeAnswer('Y', /\(Y\/N\)/);
    r = await pending;
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(fakeCalls(), [['service', 'delete', '-n', ...REVERSED]]);
    assert.deepStrictEqual(fakeAnswers(), ['Y', 'pai'], 'Y typed by the admin, then the id answered');
  });

  test('gate: errors stop the push with Show Problems / Push Anyway', async () => {
    const folder = copyConfig('with-errors', (f, t) => f === 'services-configuration.yaml' ? t.replace('marketplace: "true"', 'marketplace: true') : t);
    ui.answer(/errors?/, undefined);
    let r = await run('openpai.pushConfig', folder, ID);
    assert.strictEqual(r.status, 'refused');
    assert.deepStrictEqual(fakeCalls(), []);
    const gate = ui.shown.find(s => s.modal && /error/.test(s.text));
    assert.ok(gate, JSON.stringify(ui.shown));
    assert.deepStrictEqual(gate.buttons, ['Show Problems', 'Push Anyway']);
    assert.match(gate.detail ?? '', /switch-not-string/);

    ui.answer(/errors?/, 'Push Anyway');
    r = await run('openpai.pushConfig', folder, ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', folder, '-m', 'service']]);
  });

  /** Runs `body` with openpai.paictl.path set to a copy of the fake whose version/PAI.VERSION says `tag`. */
  async function withPaictlVersion(tag: string, body: (script: string) => Promise<void>): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openpai-paictl-'));
    const script = path.join(dir, 'paictl.py');
    fs.copyFileSync(fakeScript(), script);
    fs.mkdirSync(path.join(dir, 'version'));
    fs.writeFileSync(path.join(dir, 'version', 'PAI.VERSION'), `${tag}\n`);
    const config = vscode.workspace.getConfiguration('openpai');
    try {
      await config.update('paictl.path', script, vscode.ConfigurationTarget.Global);
      await body(script);
    } finally {
      await config.update('paictl.path', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('gate: a missing layout.yaml, or config.yaml when paictl is v1.7, stops push and deploy', async () => {
    const noLayout = copyConfig('no-layout', undefined, ['layout.yaml']);
    let r = await run('openpai.deployMarketplace', noLayout, ID);
    assert.strictEqual(r.status, 'refused');
    assert.match(r.message, /lacks layout\.yaml/);
    const v17 = copyConfig('v17-no-config-yaml', (_f, t) => t.replace(/v1\.6\.0/g, 'v1.7.0'), ['config.yaml']);
    await withPaictlVersion('v1.7.0', async () => {
      r = await run('openpai.pushConfig', v17, ID);
      assert.strictEqual(r.status, 'refused');
      assert.match(r.message, /lacks config\.yaml/);
    });
    assert.deepStrictEqual(fakeCalls(), []);
    assert.ok(ui.shown.some(s => s.level === 'error' && /lacks config\.yaml/.test(s.text)));
  });

  test("the version paictl deploys: its version/PAI.VERSION; a v1.8 paictl pushing a v1.6 config is checked as v1.8 and warned about", async () => {
    await withPaictlVersion('v1.8.0', async script => {
      const r = await run('openpai.pushConfig', cfgFolder(), ID);
      assert.strictEqual(r.status, 'succeeded', r.message);
      assert.strictEqual(fakeEvents()[0].script, script);
    });
    const warning = ui.shown.find(s => s.level === 'warning' && /paictl will deploy the v1\.8 templates/.test(s.text));
    assert.ok(warning, JSON.stringify(ui.shown));
    assert.match(warning.text, /the config is for v1\.6 \(cluster\.docker-registry\.tag\)/);
  });

  test('a missing interpreter or paictl.py: a message with a button to the setting, no terminal', async () => {
    const config = vscode.workspace.getConfiguration('openpai');
    try {
      await config.update('paictl.python', '/nonexistent/python2.7', vscode.ConfigurationTarget.Global);
      let r = await run('openpai.startMarketplace', cfgFolder(), ID);
      assert.strictEqual(r.status, 'refused');
      let shown = ui.shown.pop();
      assert.match(shown?.text ?? '', /\/nonexistent\/python2\.7 does not exist/);
      assert.deepStrictEqual(shown?.buttons, ['Open Setting']);
      await config.update('paictl.python', undefined, vscode.ConfigurationTarget.Global);
      await config.update('paictl.path', '/nonexistent/paictl.py', vscode.ConfigurationTarget.Global);
      r = await run('openpai.startMarketplace', cfgFolder(), ID);
      assert.strictEqual(r.status, 'refused');
      shown = ui.shown.pop();
      assert.match(shown?.text ?? '', /openpai\.paictl\.path names \/nonexistent\/paictl\.py/);
      assert.deepStrictEqual(shown?.buttons, ['Open Setting', 'Browse for paictl.py…']);
      assert.deepStrictEqual(fakeCalls(), []);
      assert.strictEqual(started.length, 0, 'no task started');
    } finally {
      await config.update('paictl.python', undefined, vscode.ConfigurationTarget.Global);
      await config.update('paictl.path', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('paictl.py not found: "Browse for paictl.py…" writes the setting and the command goes on', async () => {
    const config = vscode.workspace.getConfiguration('openpai');
    try {
      await config.update('paictl.path', '/nonexistent/paictl.py', vscode.ConfigurationTarget.Global);
      ui.answer(/paictl\.path names/, 'Browse for paictl.py…');
      ui.fileAnswer = fakeScript();
      const r = await run('openpai.startMarketplace', cfgFolder(), ID);
      assert.strictEqual(r.status, 'succeeded', r.message);
      assert.strictEqual(vscode.workspace.getConfiguration('openpai').get('paictl.path'), fakeScript());
      assert.deepStrictEqual(fakeCalls(), [['service', 'start', '-n', ...SERVICES]]);
    } finally {
      await config.update('paictl.path', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('OpenPAI: Show Log is a command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('openpai.showLog'));
    await vscode.commands.executeCommand('openpai.showLog');
  });

  test('code lens: Deploy, Compare with Cluster and Check Marketplace above the first marketplace section', async () => {
    const editor = await openFixture('cluster-cfg/services-configuration.yaml');
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
      const ours = (l ?? []).filter(c => c.command?.command.startsWith('openpai.'));
      return ours.length ? ours : undefined;
    }, 15_000, 'our code lenses');
    assert.deepStrictEqual(lenses.map(l => l.command?.title), ['Deploy Marketplace', 'Compare with Cluster', 'Check Marketplace']);
    assert.strictEqual(editor.document.lineAt(lenses[0].range.start.line).text, 'marketplace-db:');
    assert.strictEqual((lenses[0].command?.arguments?.[0] as vscode.Uri).fsPath, editor.document.uri.fsPath);
  });
});
