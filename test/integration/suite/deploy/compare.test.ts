// Compare with Cluster in a real VS Code: the fake paictl's `config pull -o <dir>` writes the cluster's copy
// (what was last pushed, else ../cluster-cfg), the command opens VS Code's diff editor for each file that
// differs, the cluster's copy (read-only) on the left and the folder's file on the right. Push and Deploy
// offer it first to a person; a call with { clusterId } never waits for it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, workspaceFolder } from '../helpers';
import { cfgFolder, cleanUp, copyConfig, deployApi, fakeAnswers, fakeCalls, resetFake, ScriptedUi, type DeployApi } from './deployHelpers';

interface Compared { file: string; differs: boolean; onCluster: boolean; inFolder: boolean }
interface CompareResult { status: string; message: string; folder?: string; compared: Compared[]; failedStep?: string }
interface Result { status: string; message: string; steps: { step: string; status: string }[] }

const ID = { clusterId: 'pai' };
const CLUSTER = 'openpai-cluster';
const newPort = (f: string, t: string) => (f === 'services-configuration.yaml' ? t.replace('server-port: 9292', 'server-port: 9392') : t);

/** The diff editors open now: [left, right, label]. */
function diffTabs(): { left: vscode.Uri; right: vscode.Uri; label: string; tab: vscode.Tab }[] {
  return vscode.window.tabGroups.all.flatMap(g => g.tabs).flatMap(tab => tab.input instanceof vscode.TabInputTextDiff
    ? [{ left: tab.input.original, right: tab.input.modified, label: tab.label, tab }] : []);
}

/** The one `config pull -o <temp>` a comparison runs: a fresh temporary folder, removed afterwards. */
function assertComparePull(argv: string[] | undefined): void {
  assert.deepStrictEqual(argv?.slice(0, 3), ['config', 'pull', '-o'], JSON.stringify(argv));
  assert.match(argv[3], /openpai-compare-/);
  assert.strictEqual(fs.existsSync(argv[3]), false, 'the temporary folder is removed');
}

suite('deploy: Compare with Cluster', function () {
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
  teardown(async () => { await vscode.window.tabGroups.close(diffTabs().map(d => d.tab)); });

  const compare = (folder: string, options?: { clusterId: string }) =>
    vscode.commands.executeCommand<CompareResult>('openpai.compareWithCluster', vscode.Uri.file(folder), options) as Promise<CompareResult>;

  test('the same files as the cluster: no diff editor, a notification says a push changes nothing', async () => {
    const r = await compare(cfgFolder(), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(r.compared, ['services-configuration.yaml', 'layout.yaml', 'config.yaml'].map(file => ({ file, differs: false, onCluster: true, inFolder: true })));
    const [pull, ...rest] = fakeCalls();
    assertComparePull(pull);
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual(fakeAnswers(), ['pai'], "paictl's cluster-id prompt answered");
    assert.deepStrictEqual(diffTabs(), []);
    assert.ok(ui.shown.some(s => s.level === 'info' && !s.modal && /^The cluster holds the same services-configuration\.yaml, layout\.yaml, config\.yaml as .*: a push changes none of them\.$/.test(s.text)), JSON.stringify(ui.shown));
  });

  test("a changed port: one diff editor, the cluster's copy (read-only) on the left, the folder's file on the right", async () => {
    const folder = copyConfig('compare-port', newPort);
    ui.inputAnswer = 'pai';
    const r = await compare(folder);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(ui.inputs.map(i => i.value), ['pai'], 'the cluster id asked once, prefilled');
    assert.deepStrictEqual(r.compared.map(c => [c.file, c.differs]), [['services-configuration.yaml', true], ['layout.yaml', false], ['config.yaml', false]]);
    const tabs = diffTabs();
    assert.strictEqual(tabs.length, 1, JSON.stringify(tabs.map(t => t.label)));
    const [{ left, right, label }] = tabs;
    assert.strictEqual(right.fsPath, path.join(folder, 'services-configuration.yaml'));
    assert.strictEqual(left.scheme, CLUSTER);
    assert.strictEqual(label, 'services-configuration.yaml: cluster "pai" ↔ this folder');
    const clusterText = fs.readFileSync(path.join(cfgFolder(), 'services-configuration.yaml'), 'utf8');
    assert.strictEqual((await vscode.workspace.openTextDocument(left)).getText(), clusterText, 'the left side is what config pull wrote');
    assert.match(clusterText, /server-port: 9292/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(left, new TextEncoder().encode('x: 1\n'))), 'the cluster\'s copy is read-only');
    assert.match(r.message, /^1 file differs from the cluster's copy: services-configuration\.yaml\./);
    assert.ok(ui.shown.some(s => s.level === 'info' && s.text === r.message));
  });

  test("a wrong cluster id: failed in paictl's words, no diff editor", async () => {
    resetFake({ clusterId: 'prod' });
    const r = await compare(cfgFolder(), ID);
    assert.strictEqual(r.status, 'failed');
    assert.strictEqual(r.failedStep, 'config pull');
    assert.deepStrictEqual(r.compared, []);
    assert.match(r.message, /could not pull the cluster's copy \(exit code 1\).*cluster id is not the one stored in the cluster/);
    assert.deepStrictEqual(diffTabs(), []);
    assert.ok(ui.shown.some(s => s.level === 'error' && s.text === r.message && s.buttons.includes('Show Terminal')), JSON.stringify(ui.shown));
  });

  test('Push: Compare with Cluster First shows the diff; dismissed, nothing is pushed; Push goes on with the same id', async () => {
    const folder = copyConfig('compare-then-push', newPort);
    ui.inputAnswer = 'pai';
    ui.answer(/^Push Configuration: push .* to the cluster\?$/, 'Compare with Cluster First');
    let r = await vscode.commands.executeCommand<Result>('openpai.pushConfig', vscode.Uri.file(folder));
    assert.strictEqual(r.status, 'cancelled', r.message);
    assert.strictEqual(fakeCalls().length, 1);
    assertComparePull(fakeCalls()[0]);
    assert.deepStrictEqual(diffTabs().map(t => t.right.fsPath), [path.join(folder, 'services-configuration.yaml')]);
    const offer = ui.shown.find(s => /Go on with Push Configuration\?$/.test(s.text));
    assert.ok(offer && !offer.modal, JSON.stringify(ui.shown));
    assert.match(offer.text, /^1 file differs from the cluster's copy: services-configuration\.yaml\./);
    assert.deepStrictEqual(offer.buttons, ['Push']);

    resetFake();
    ui.reset();
    ui.inputAnswer = 'pai';
    ui.answer(/^Push Configuration: push .* to the cluster\?$/, 'Compare with Cluster First');
    ui.answer(/Go on with Push Configuration\?$/, 'Push');
    r = await vscode.commands.executeCommand<Result>('openpai.pushConfig', vscode.Uri.file(folder));
    assert.strictEqual(r.status, 'succeeded', r.message);
    const [pull, ...rest] = fakeCalls();
    assertComparePull(pull);
    assert.deepStrictEqual(rest, [['config', 'push', '-p', folder, '-m', 'service']]);
    assert.deepStrictEqual(ui.inputs.length, 1, 'one input box for the pull and the push');
    assert.deepStrictEqual(fakeAnswers(), ['pai', 'pai']);
  });

  test('Deploy on a cluster with no configuration yet (a first deployment): the pull fails, Deploy anyway goes on', async () => {
    resetFake({ noConfiguration: true });
    ui.inputAnswer = 'pai';
    ui.answer(/to the cluster and restart the marketplace services\?$/, 'Compare with Cluster First');
    ui.answer(/Go on with Deploy Marketplace anyway\?$/, 'Deploy');
    const r = await vscode.commands.executeCommand<Result>('openpai.deployMarketplace', vscode.Uri.file(cfgFolder()));
    const offer = ui.shown.find(s => /Go on with Deploy Marketplace anyway\?$/.test(s.text));
    assert.ok(offer && offer.level === 'warning', JSON.stringify(ui.shown));
    assert.match(offer.text, /could not pull the cluster's copy \(exit code 1\)/);
    assertComparePull(fakeCalls()[0]);
    assert.deepStrictEqual(fakeCalls().slice(2).map(c => c.slice(0, 2)), [['config', 'push'], ['service', 'start'], ['service', 'stop'], ['service', 'start']], 'Deploy itself ran (after its own pull)');
    assert.deepStrictEqual(diffTabs(), []);
    assert.strictEqual(r.status, 'succeeded', r.message);
  });

  test('a scripted push ({ clusterId }) never asks; with openpai.deploy.offerCompare off a person is not asked either', async () => {
    let r = await vscode.commands.executeCommand<Result>('openpai.pushConfig', vscode.Uri.file(cfgFolder()), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    assert.deepStrictEqual(ui.shown.filter(s => s.modal), []);
    assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', cfgFolder(), '-m', 'service']]);
    // In the workspace's settings: openpai.deploy.offerCompare is a resource setting.
    const config = vscode.workspace.getConfiguration('openpai', workspaceFolder().uri);
    try {
      await config.update('deploy.offerCompare', false, vscode.ConfigurationTarget.Workspace);
      resetFake();
      ui.reset();
      ui.inputAnswer = 'pai';
      r = await vscode.commands.executeCommand<Result>('openpai.pushConfig', vscode.Uri.file(cfgFolder()));
      assert.strictEqual(r.status, 'succeeded', r.message);
      assert.deepStrictEqual(ui.shown.filter(s => s.modal), []);
      assert.deepStrictEqual(fakeCalls(), [['config', 'push', '-p', cfgFolder(), '-m', 'service']]);
    } finally {
      await config.update('deploy.offerCompare', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test("after a push, the cluster's copy is the pushed one: comparing the original folder shows the change the other way", async () => {
    const folder = copyConfig('pushed-port', newPort);
    let r: Result | CompareResult = await vscode.commands.executeCommand<Result>('openpai.pushConfig', vscode.Uri.file(folder), ID);
    assert.strictEqual(r.status, 'succeeded', r.message);
    r = await compare(cfgFolder(), ID);
    assert.deepStrictEqual(r.compared.map(c => [c.file, c.differs]), [['services-configuration.yaml', true], ['layout.yaml', false], ['config.yaml', false]]);
    const [{ left }] = diffTabs();
    assert.match((await vscode.workspace.openTextDocument(left)).getText(), /server-port: 9392/);
  });
});
