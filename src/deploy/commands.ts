/** The palette commands: resolve folder and paictl, gate, confirm, then run the steps as tasks. */
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { ParsedDocument } from '../core';
import { checkMarketplace, type CheckResult } from './checkCommand';
import { resolveConfigFolder } from './configFolder';
import { dirtyFolderFiles, existingFolderFiles, readIn, siblingReader } from './folderFiles';
import { CONFIG_FILE, gateDecision, PAICTL_VERSION_FILE, paictlVersionOf } from './gate';
import { asksClusterId, clusterIdPrefill, clusterIdProblem, commandOptions } from './clusterId';
import { continueOffer, offersCompare, pushOffer } from './clusterCompare';
import { compareWithCluster, type CompareResult } from './compareCommand';
import { COMMAND_STEPS, pushes, sequenceTitle, type SequenceName, type Step } from './paictlArgs';
import { pushFolderPlan } from './paictlEnv';
import { isProblem, resolvePaictl, type Paictl, type SettingKey } from './paictlLocation';
import { clusterIdKey, executeSteps, runningCommand, type DeployEnv } from './runSteps';
import type { SequenceStatus, StepRun } from './sequence';
import { settingsEditor } from './settingScope';
import { deploySettings, writePaictlPath } from './settings';

export type { DeployEnv } from './runSteps';

/** refused: we did not start (untrusted, busy, no paictl, the gate, an unsafe folder); cancelled: the admin stopped it. */
export type CommandStatus = SequenceStatus | 'refused';

export interface CommandResult {
  command: string;
  status: CommandStatus;
  /** paictl's words for the step that did not succeed, e.g. "service start". */
  failedStep?: string;
  folder?: string;
  steps: StepRun[];
  message: string;
}

const CLUSTER_ID = ['cluster', 'common', 'cluster-id'];
const NEEDS_FOLDER: readonly SequenceName[] = ['pushConfig', 'deployMarketplace', 'pullConfig'];

const fsProbe = {
  isFile: (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() === true,
  isExecutable: (p: string) => {
    try { fs.accessSync(p, fs.constants.X_OK); return fs.statSync(p).isFile(); } catch { return false; }
  },
};

export async function findPaictl(): Promise<ReturnType<typeof resolvePaictl>> {
  const s = deploySettings();
  const found = vscode.workspace.workspaceFolders?.length
    ? (await vscode.workspace.findFiles('**/paictl.py', '**/node_modules/**', 10)).filter(u => u.scheme === 'file').map(u => u.fsPath)
    : [];
  return resolvePaictl({
    settings: { paictlPath: s.paictlPath, python: s.paictlPython, kubeconfig: s.paictlKubeconfig },
    workspacePaictl: found, envPath: process.env.PATH ?? '', home: process.env.HOME ?? '',
  }, fsProbe);
}

/** The message with a button to the setting (in the scope where it lives); for paictl.py also a file picker that writes it. Returns whether the setting was written. */
async function offerSetting(env: DeployEnv, message: string, setting: SettingKey): Promise<boolean> {
  const openSetting = l10n.t('Open Setting');
  const browse = l10n.t('Browse for paictl.py…');
  const choice = await env.ui().message('error', message, {}, openSetting, ...(setting === 'openpai.paictl.path' ? [browse] : []));
  if (choice === openSetting) {
    const editor = settingsEditor(setting, vscode.env.remoteName);
    await vscode.commands.executeCommand(editor.command, editor.args);
  }
  if (choice === browse) {
    const file = await env.ui().pickFile({ title: l10n.t('OpenPAI: where is paictl.py?'), openLabel: l10n.t('Use this paictl.py'), filters: { 'paictl.py': ['py'] } });
    if (file) {
      await writePaictlPath(file);
      return true;
    }
  }
  return false;
}

/** The commands refuse to run in Restricted Mode (the palette hides them too). */
export async function refuseUntrusted(env: DeployEnv, title: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) { return false; }
  const manage = l10n.t('Manage Workspace Trust');
  const choice = await env.ui().message('error', l10n.t('OpenPAI: {0} runs paictl, so it needs a trusted workspace; this one is in Restricted Mode.', title), {}, manage);
  if (choice === manage) { await vscode.commands.executeCommand('workbench.trust.manage'); }
  return true;
}

function result(command: string, status: CommandStatus, message: string, folder?: string, steps: StepRun[] = []): CommandResult {
  return { command, status, message, folder, steps };
}

/** The admin chose Push Anyway in the gate's modal: no second question before the push. */
const PUSH_ANYWAY = 'push-anyway';

/** The gate before a push: unsaved edits, missing files, errors from the core. Returns a refusal, or undefined (or PUSH_ANYWAY) to go on. */
async function gate(env: DeployEnv, title: string, folder: string, paictl: Paictl): Promise<CommandResult | typeof PUSH_ANYWAY | undefined> {
  const dirty = dirtyFolderFiles(folder);
  if (dirty.length) {
    const names = dirty.map(d => path.basename(d.uri.fsPath)).join(', ');
    const save = l10n.t('Save and Continue');
    const text = dirty.length === 1
      ? l10n.t('{0} has unsaved changes; paictl pushes the files on disk.', names)
      : l10n.t('{0} have unsaved changes; paictl pushes the files on disk.', names);
    const choice = await env.ui().message('warning', text, { modal: true }, save, l10n.t('Continue Without Saving'));
    if (choice === undefined) { return result(title, 'cancelled', l10n.t('Cancelled: unsaved changes.'), folder); }
    if (choice === save) { await Promise.all(dirty.map(d => d.save())); }
  }
  const settings = deploySettings(folder);
  const paictlVersion = paictlVersionOf(readIn(path.dirname(paictl.paictl), PAICTL_VERSION_FILE));
  const decision = gateDecision({
    paictlVersion,
    folder, configText: readIn(folder, CONFIG_FILE), readSibling: siblingReader(folder),
    paiVersion: settings.paiVersion, disabledRules: settings.rulesDisabled,
  });
  if (decision.kind === 'missing') {
    void env.ui().message('error', decision.message, {});
    return result(title, 'refused', decision.message, folder);
  }
  if (decision.kind === 'errors') {
    const showProblems = l10n.t('Show Problems');
    const pushAnyway = l10n.t('Push Anyway');
    const choice = await env.ui().message('error', `${title}: ${decision.message}`, { modal: true, detail: decision.versionWarning ? `${decision.detail}\n\n${decision.versionWarning}` : decision.detail }, showProblems, pushAnyway);
    if (choice === pushAnyway) { return PUSH_ANYWAY; }
    if (choice === showProblems) {
      await vscode.window.showTextDocument(vscode.Uri.file(path.join(folder, CONFIG_FILE)));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return result(title, 'refused', l10n.t('Not pushed: {0}', decision.message), folder);
  }
  if (decision.versionWarning) {
    env.output.appendLine(`${title}: ${decision.versionWarning}`);
    void env.ui().message('warning', decision.versionWarning, {});
  }
  return undefined;
}

function valueInFolder(folder: string | undefined, keyPath: string[]): unknown {
  const text = folder ? readIn(folder, CONFIG_FILE) : undefined;
  return text === undefined ? undefined : new ParsedDocument(text).valueAt(keyPath);
}

/** The cluster id, asked once for the whole command; undefined when the admin dismissed the box. */
async function askClusterId(env: DeployEnv, title: string, folder: string | undefined): Promise<string | undefined> {
  const value = clusterIdPrefill(env.state.get<string>(clusterIdKey(folder)), valueInFolder(folder, CLUSTER_ID));
  return env.ui().input({
    title: `OpenPAI: ${title}`,
    prompt: l10n.t('The cluster id paictl asks for at each step (the one stored in the cluster, ConfigMap pai-cluster-id). The steps run in a terminal, where you can follow them.'),
    value,
    validate: v => clusterIdProblem(v) === 'empty' ? l10n.t('paictl compares the id with the cluster\'s; an empty id never matches.') : undefined,
  });
}

/** Before paictl runs: trust, one command at a time, the config folder (when needed, it must exist), paictl. A refusal, or what was found. */
async function prepare(env: DeployEnv, title: string, arg: unknown, needsFolder: boolean): Promise<CommandResult | { folder: string | undefined; paictl: Paictl }> {
  if (await refuseUntrusted(env, title)) { return result(title, 'refused', l10n.t('Restricted Mode: workspace not trusted.')); }
  const running = runningCommand();
  if (running) {
    void env.ui().message('warning', l10n.t('OpenPAI: {0} is still running; wait for it or cancel it first.', running), {});
    return result(title, 'refused', l10n.t('{0} is still running.', running));
  }
  const resolved = await resolveConfigFolder(arg, folders => env.ui().pickFolder(folders), !needsFolder);
  if ('cancelled' in resolved) { return result(title, 'cancelled', l10n.t('No config folder chosen.')); }
  if ('problem' in resolved && needsFolder) {
    if (resolved.setting) { await offerSetting(env, resolved.problem, resolved.setting); } else { void env.ui().message('error', resolved.problem, {}); }
    return result(title, 'refused', resolved.problem);
  }
  const folder = 'folder' in resolved ? resolved.folder : undefined;
  if (folder && needsFolder && !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    const message = l10n.t('The config folder {0} does not exist.', folder);
    await offerSetting(env, message, 'openpai.configFolder');
    return result(title, 'refused', message, folder);
  }
  let paictl = await findPaictl();
  if (isProblem(paictl) && await offerSetting(env, paictl.message, paictl.setting)) { paictl = await findPaictl(); }
  if (isProblem(paictl)) { return result(title, 'refused', paictl.message, folder); }
  return { folder, paictl };
}

export async function runDeployCommand(env: DeployEnv, name: SequenceName, arg: unknown, options?: unknown): Promise<CommandResult> {
  const title = sequenceTitle(name);
  const prepared = await prepare(env, title, arg, NEEDS_FOLDER.includes(name));
  if ('status' in prepared) { return prepared; }
  const { folder, paictl } = prepared;
  const steps: readonly Step[] = COMMAND_STEPS[name];
  let confirmed = false;
  if (folder && pushes(steps)) {
    const stop = await gate(env, title, folder, paictl);
    if (stop === PUSH_ANYWAY) { confirmed = true; } else if (stop) { return stop; }
    const plan = pushFolderPlan(folder, os.tmpdir());
    if (plan.kind === 'refuse') {
      void env.ui().message('error', plan.message, {});
      return result(title, 'refused', plan.message, folder);
    }
    if (plan.kind === 'stage') { env.output.appendLine(l10n.t('{0}: {1}; paictl pushes a copy of its files from a temporary folder with a safe name.', title, plan.why)); }
  }
  if (name === 'deleteMarketplace') {
    const clusterId = clusterIdPrefill(env.state.get<string>(clusterIdKey(folder)), valueInFolder(folder, CLUSTER_ID));
    const target = paictl.kubeconfig ? l10n.t('the cluster of kubeconfig {0}', paictl.kubeconfig) : l10n.t("the cluster of paictl's default kubeconfig (~/.kube/config)");
    const where = folder
      ? l10n.t('paictl will run "service delete" for marketplace-webportal, marketplace-restserver and marketplace-db on {0}, whose configuration is in\n{1}\n(cluster-id "{2}"). paictl asks Y/N in the terminal as well.', target, folder, clusterId)
      : l10n.t('paictl will run "service delete" for marketplace-webportal, marketplace-restserver and marketplace-db on {0}. paictl asks Y/N in the terminal as well.', target);
    const dataPath = valueInFolder(folder, ['marketplace-db', 'data-path']);
    const kept = l10n.t("The marketplace database stays on the master's disk ({0}): delete only stops these services, whatever paictl's warning says. A new marketplace-db started there keeps its data and its first user and password.",
      typeof dataPath === 'string' && dataPath.trim() !== '' ? dataPath : '/mnt/marketplace');
    const del = l10n.t('Delete');
    const choice = await env.ui().message('warning', l10n.t('Delete the marketplace services from cluster "{0}"?', clusterId), { modal: true, detail: `${where}\n\n${kept}` }, del);
    if (choice !== del) { return result(title, 'cancelled', l10n.t('Delete cancelled.'), folder); }
  }
  if (name === 'pullConfig' && folder) {
    const existing = existingFolderFiles(folder);
    if (existing.length) {
      const overwrite = l10n.t('Pull and Overwrite');
      const choice = await env.ui().message('warning', l10n.t("Pull the cluster's configuration into {0}?", folder),
        { modal: true, detail: l10n.t('paictl overwrites {0} there with the copies stored in the cluster; unpushed edits are lost.', existing.join(', ')) }, overwrite);
      if (choice !== overwrite) { return result(title, 'cancelled', l10n.t('Pull cancelled.'), folder); }
    }
  }
  let clusterId = commandOptions(options).clusterId;
  const offer = folder !== undefined && pushes(steps) && offersCompare({ scripted: clusterId !== undefined, setting: offerCompareSetting(folder), alreadyConfirmed: confirmed });
  if (offer) {
    const o = pushOffer(title, folder, name === 'deployMarketplace');
    const choice = await env.ui().message('info', o.text, { modal: true, detail: o.detail }, o.go, o.compare);
    if (choice === undefined) { return result(title, 'cancelled', l10n.t('{0}: not pushed.', title), folder); }
    if (choice === o.compare) {
      clusterId = await askClusterId(env, title, folder);
      if (clusterId === undefined) { return result(title, 'cancelled', l10n.t('No cluster id given.'), folder); }
      const compared = await compareWithCluster(env, { title: l10n.t('Compare with Cluster'), paictl, folder, clusterId, notify: false });
      if (compared.status === 'cancelled') { return result(title, 'cancelled', compared.message, folder, compared.steps); }
      const next = continueOffer(title, { status: compared.status === 'succeeded' ? 'succeeded' : 'failed', summary: compared.message }, o.go);
      if (await env.ui().message(next.level, next.text, {}, next.button) !== next.button) {
        return result(title, 'cancelled', l10n.t('{0}: compared with the cluster; not pushed.', title), folder, compared.steps);
      }
    }
  }
  if (clusterId === undefined && steps.some(asksClusterId)) {
    clusterId = await askClusterId(env, title, folder);
    if (clusterId === undefined) { return result(title, 'cancelled', l10n.t('No cluster id given.'), folder); }
  }
  return executeSteps(env, { title, name, steps, paictl, folder, clusterId });
}

/** `openpai.deploy.offerCompare` for the folder: Push and Deploy ask first, with Compare with Cluster First. */
function offerCompareSetting(folder: string): boolean {
  return deploySettings(folder).deployOfferCompare;
}

/** Compare with Cluster: the same checks as the commands before paictl runs (trust, one command at a time, the folder, paictl, the cluster id). */
export async function runCompareCommand(env: DeployEnv, arg: unknown, options?: unknown): Promise<CompareResult> {
  const title = l10n.t('Compare with Cluster');
  const prepared = await prepare(env, title, arg, true);
  if ('status' in prepared) { return { ...prepared, compared: [] }; }
  const { paictl } = prepared;
  const folder = prepared.folder!;
  const clusterId = commandOptions(options).clusterId ?? await askClusterId(env, title, folder);
  if (clusterId === undefined) { return { ...result(title, 'cancelled', l10n.t('No cluster id given.'), folder), compared: [] }; }
  return compareWithCluster(env, { title, paictl, folder, clusterId, notify: true });
}

export async function runCheckCommand(env: DeployEnv, arg: unknown): Promise<CheckResult | CommandResult> {
  const title = l10n.t('Check Marketplace');
  if (await refuseUntrusted(env, title)) { return result(title, 'refused', l10n.t('Restricted Mode: workspace not trusted.')); }
  const resolved = await resolveConfigFolder(arg, folders => env.ui().pickFolder(folders));
  if ('cancelled' in resolved) { return result(title, 'cancelled', l10n.t('No config folder chosen.')); }
  if ('problem' in resolved) {
    if (resolved.setting) { await offerSetting(env, resolved.problem, resolved.setting); } else { void env.ui().message('error', resolved.problem, {}); }
    return result(title, 'refused', resolved.problem);
  }
  return checkMarketplace(resolved.folder, env.ui(), env.output);
}

export async function forgetPylonRecords(state: vscode.Memento): Promise<void> {
  for (const key of state.keys()) {
    if (key.startsWith('openpai.deploy.')) { await state.update(key, undefined); }
  }
}
