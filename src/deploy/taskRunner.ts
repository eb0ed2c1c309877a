/**
 * One paictl step as a VS Code task: a pseudoterminal (paictlTerminal.ts) the admin can watch and
 * type into, whose run (exit code and output) comes back to the command that started it.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { paictlArgs, stepLabel, type Step } from './paictlArgs';
import type { Paictl } from './paictlLocation';
import { PaictlTerminal, type PaictlRun } from './paictlTerminal';

export const TASK_TYPE = 'openpai';
export const TASK_SOURCE = 'OpenPAI';

/** The `openpai` task definition (package.json taskDefinitions). */
export interface OpenPaiTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  step: Step;
  /** Absolute, or relative to the workspace folder; default: the folder of the open config. */
  configFolder?: string;
  /** stop-webportal / start-webportal: include pylon. */
  withPylon?: boolean;
  /** Run paictl directly, without the commands' gate (push) and confirmations (delete, pull). */
  skipChecks?: boolean;
  /** Answers paictl's cluster-id prompt; without it the admin types it in the terminal. */
  clusterId?: string;
}

/** The whole argument list of a step: interpreter, paictl.py, then paictl's arguments. */
export function stepArgv(step: Step, paictl: Paictl, configFolder: string, withPylon = false): string[] {
  return [paictl.python, paictl.paictl, ...paictlArgs(step, { configFolder, kubeconfig: paictl.kubeconfig, withPylon })];
}

export interface BuiltTask {
  task: vscode.Task;
  argv: string[];
  /** Settles when paictl's run ends (also when the task is started from Run Task). */
  run: Promise<PaictlRun>;
}

export function buildTask(definition: OpenPaiTaskDefinition, paictl: Paictl, configFolder: string, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace, clusterId = definition.clusterId): BuiltTask {
  const argv = stepArgv(definition.step, paictl, configFolder, definition.withPylon === true);
  let settle: (run: PaictlRun) => void = () => undefined;
  const run = new Promise<PaictlRun>(resolve => { settle = resolve; });
  const options = { argv, cwd: path.dirname(paictl.paictl), kubeconfig: paictl.kubeconfig, clusterId };
  const task = new vscode.Task(
    definition, scope, stepLabel(definition.step, definition.withPylon === true), TASK_SOURCE,
    new vscode.CustomExecution(async () => new PaictlTerminal(options, settle)), [],
  );
  // The admin answers Y/N for delete, and the cluster id when we were not given one.
  const typing = definition.step === 'delete-marketplace' || (clusterId === undefined && definition.step !== 'get-id');
  task.presentationOptions = {
    reveal: vscode.TaskRevealKind.Always,
    focus: typing,
    panel: vscode.TaskPanelKind.Shared,
    echo: true,
    clear: false,
    showReuseMessage: false,
  };
  task.detail = `paictl ${argv.slice(2).join(' ')}`;
  return { task, argv, run };
}

/**
 * Runs a built task and resolves with paictl's run. No timeout: paictl may wait up to an hour for
 * a service. `cancel` terminates the task (and so paictl).
 */
export async function runTask(built: BuiltTask, cancel: vscode.CancellationToken): Promise<PaictlRun> {
  let execution: vscode.TaskExecution | undefined;
  const subs: vscode.Disposable[] = [];
  // A task that ends before its terminal opened never reports a run.
  const endedEarly = new Promise<PaictlRun>(resolve => subs.push(vscode.tasks.onDidEndTask(e => {
    if (e.execution === execution) { setTimeout(() => resolve({ argv: built.argv, output: '' }), 1000); }
  })));
  try {
    execution = await vscode.tasks.executeTask(built.task);
    const exec = execution;
    subs.push(cancel.onCancellationRequested(() => exec.terminate()));
    if (cancel.isCancellationRequested) { exec.terminate(); }
    return await Promise.race([built.run, endedEarly]);
  } finally {
    for (const s of subs) { s.dispose(); }
  }
}
