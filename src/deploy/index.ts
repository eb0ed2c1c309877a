import * as vscode from 'vscode';
import { MarketplaceCodeLensProvider } from './codeLens';
import { ClusterCopies, CLUSTER_SCHEME } from './clusterCopies';
import { forgetPylonRecords, runCheckCommand, runCompareCommand, runDeployCommand, type DeployEnv } from './commands';
import { COMPARE_COMMAND } from './compareCommand';
import { isConfigPath, settingFolder } from './configFolder';
import { SHOW_STATUS_COMMAND, showMarketplaceStatus } from './marketplaceStatus';
import { COMMAND_STEPS, type SequenceName } from './paictlArgs';
import { OpenPaiTaskProvider } from './taskProvider';
import { TASK_TYPE } from './taskRunner';
import { vscodeUi, type DeployUi } from './ui';

/** Context key for the palette's when-clauses: a config file is open, or openpai.configFolder is set. */
export const CONFIG_OPEN_KEY = 'openpai.deploy.configOpen';

/** What activate() returns under `deploy`: test seams only. */
export interface DeployApi {
  /** Replaces the dialogs (tests answer modals this way); returns the one it replaced. */
  setUi(ui: DeployUi): DeployUi;
  /** Forgets what the deploy commands remembered: what pylon last started with, what was last pushed, the cluster ids. */
  forgetPylonRecords(): Promise<void>;
}

function updateContext(): void {
  const open = vscode.window.visibleTextEditors.some(e => e.document.uri.scheme === 'file' && isConfigPath(e.document.uri.fsPath))
    || settingFolder() !== undefined;
  void vscode.commands.executeCommand('setContext', CONFIG_OPEN_KEY, open);
}

/** Registers the deploy face: paictl commands, tasks, code lenses, health check. */
export function registerDeployFeatures(context: vscode.ExtensionContext, output: vscode.OutputChannel): DeployApi {
  let ui: DeployUi = vscodeUi;
  const copies = new ClusterCopies();
  const statusOutput = vscode.window.createOutputChannel('OpenPAI Marketplace Status');
  const env: DeployEnv = { ui: () => ui, state: context.workspaceState, output, copies, statusOutput };
  const lenses = new MarketplaceCodeLensProvider();
  context.subscriptions.push(
    lenses,
    ...(Object.keys(COMMAND_STEPS) as SequenceName[]).map(name =>
      vscode.commands.registerCommand(`openpai.${name}`, (arg?: unknown, options?: unknown) => runDeployCommand(env, name, arg, options))),
    vscode.commands.registerCommand('openpai.checkMarketplace', (arg?: unknown) => runCheckCommand(env, arg)),
    copies, vscode.workspace.registerFileSystemProvider(CLUSTER_SCHEME, copies, { isReadonly: true, isCaseSensitive: true }),
    vscode.commands.registerCommand(COMPARE_COMMAND, (arg?: unknown, options?: unknown) => runCompareCommand(env, arg, options)),
    statusOutput, vscode.commands.registerCommand(SHOW_STATUS_COMMAND, () => showMarketplaceStatus(statusOutput)),
    vscode.tasks.registerTaskProvider(TASK_TYPE, new OpenPaiTaskProvider((name, folder, options) => runDeployCommand(env, name, folder, options))),
    vscode.languages.registerCodeLensProvider([{ language: 'yaml', scheme: 'file' }], lenses),
    vscode.window.onDidChangeVisibleTextEditors(updateContext),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('openpai.configFolder')) { updateContext(); } }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lenses.refresh()),
  );
  updateContext();
  return {
    setUi(next) { const previous = ui; ui = next; return previous; },
    forgetPylonRecords: () => forgetPylonRecords(context.workspaceState),
  };
}
