/**
 * Task type `openpai`: each paictl step in *Run Task*, and writable in tasks.json, e.g.
 * `{ "type": "openpai", "step": "push", "configFolder": "cluster-cfg" }`. push, pull and
 * delete-marketplace go through their command's checks first (guardedTask.ts) unless `skipChecks`.
 */
import * as l10n from '@vscode/l10n';
import * as path from 'path';
import * as vscode from 'vscode';
import { resolveConfigFolder } from './configFolder';
import { findPaictl } from './commands';
import { isStep, STEPS } from './paictlArgs';
import { isProblem, type Paictl } from './paictlLocation';
import { guardedTask, guardingCommand, type RunCommand } from './guardedTask';
import { buildTask, TASK_TYPE, type OpenPaiTaskDefinition } from './taskRunner';

function scopeFolder(scope: vscode.Task['scope']): vscode.WorkspaceFolder | undefined {
  return typeof scope === 'object' ? scope : vscode.workspace.workspaceFolders?.[0];
}

export class OpenPaiTaskProvider implements vscode.TaskProvider {
  constructor(private readonly runCommand: RunCommand) {}

  private task(definition: OpenPaiTaskDefinition, paictl: Paictl, folder: string, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace): vscode.Task {
    const command = guardingCommand(definition);
    return command ? guardedTask(definition, command, folder || undefined, scope, this.runCommand) : buildTask(definition, paictl, folder, scope).task;
  }

  async provideTasks(): Promise<vscode.Task[]> {
    if (!vscode.workspace.isTrusted) { return []; }
    const paictl = await findPaictl();
    const resolved = await resolveConfigFolder(undefined, () => Promise.resolve(undefined), true);
    if (isProblem(paictl) || !('folder' in resolved)) { return []; }
    const scope = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(resolved.folder)) ?? vscode.TaskScope.Workspace;
    return STEPS.map(step => this.task({ type: TASK_TYPE, step, configFolder: resolved.folder, withPylon: step.endsWith('-webportal') ? true : undefined }, paictl, resolved.folder, scope));
  }

  async resolveTask(task: vscode.Task): Promise<vscode.Task | undefined> {
    const def = task.definition as Partial<OpenPaiTaskDefinition>;
    if (def.type !== TASK_TYPE || !isStep(def.step)) { return undefined; }
    const paictl = await findPaictl();
    if (isProblem(paictl)) {
      void vscode.window.showErrorMessage(paictl.message);
      return undefined;
    }
    const root = scopeFolder(task.scope)?.uri.fsPath;
    let folder: string | undefined = def.configFolder;
    if (folder && !path.isAbsolute(folder) && root) { folder = path.join(root, folder); }
    if (!folder) {
      const resolved = await resolveConfigFolder(undefined, () => Promise.resolve(undefined), true);
      folder = 'folder' in resolved ? resolved.folder : undefined;
    }
    if (!folder && (def.step === 'push' || def.step === 'pull')) {
      void vscode.window.showErrorMessage(l10n.t('The openpai task "{0}" needs a configFolder (or an open services-configuration.yaml).', def.step));
      return undefined;
    }
    // VS Code requires the resolved task to carry the very same definition object (a copy is rejected).
    const definition = task.definition as OpenPaiTaskDefinition;
    const scope = typeof task.scope === 'object' ? task.scope : vscode.TaskScope.Workspace;
    return this.task(definition, paictl, folder ?? '', scope);
  }
}
