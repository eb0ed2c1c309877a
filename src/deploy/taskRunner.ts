/**
 * One paictl step as a VS Code task: a real terminal the admin can watch and type into (paictl asks
 * for the cluster id and for Y/N), whose exit code comes back through `onDidEndTaskProcess`.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { paictlArgs, stepLabel, type Step } from './paictlArgs';
import type { Paictl } from './paictlLocation';
import { isPlainWord, quoteArg, shellKind, type ShellKind } from './shellQuote';

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
}

/** The shell VS Code runs tasks in: the automation profile if set, else the default terminal shell. */
export function taskShell(): { kind: ShellKind; path: string | undefined } {
  const os = process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'osx' : 'linux';
  const profile = vscode.workspace.getConfiguration('terminal.integrated').get<{ path?: string } | null>(`automationProfile.${os}`);
  const shellPath = profile?.path || vscode.env.shell || undefined;
  return { kind: shellKind(shellPath), path: shellPath };
}

/** The whole argument list of a step: interpreter, paictl.py, then paictl's arguments. */
export function stepArgv(step: Step, paictl: Paictl, configFolder: string, withPylon = false): string[] {
  return [paictl.python, paictl.paictl, ...paictlArgs(step, { configFolder, kubeconfig: paictl.kubeconfig, withPylon })];
}

/** Each argument quoted on its own for the task's shell, then handed to ShellExecution as a list. */
export function shellExecution(argv: readonly string[], cwd: string, kind: ShellKind): vscode.ShellExecution {
  const [command, ...args] = argv;
  // PowerShell runs a quoted command word only after `&`, which VS Code adds when it quotes the word itself.
  const commandWord: string | vscode.ShellQuotedString = kind === 'pwsh' && !isPlainWord(command) && !command.includes("'")
    ? { value: command, quoting: vscode.ShellQuoting.Strong }
    : quoteArg(command, kind);
  return new vscode.ShellExecution(commandWord, args.map(a => quoteArg(a, kind)), { cwd });
}

export interface BuiltTask { task: vscode.Task; argv: string[] }

export function buildTask(definition: OpenPaiTaskDefinition, paictl: Paictl, configFolder: string, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace): BuiltTask {
  const argv = stepArgv(definition.step, paictl, configFolder, definition.withPylon === true);
  const interactive = definition.step === 'push' || definition.step === 'delete-marketplace';
  const task = new vscode.Task(
    definition, scope, stepLabel(definition.step, definition.withPylon === true), TASK_SOURCE,
    shellExecution(argv, path.dirname(paictl.paictl), taskShell().kind), [],
  );
  task.presentationOptions = {
    reveal: vscode.TaskRevealKind.Always,
    focus: interactive,
    panel: vscode.TaskPanelKind.Shared,
    echo: true,
    clear: false,
    showReuseMessage: false,
  };
  task.detail = `paictl ${argv.slice(2).join(' ')}`;
  return { task, argv };
}

/**
 * Runs a task and resolves with its process's exit code (undefined if it had none). No timeout:
 * paictl may wait up to an hour for a service. `cancel` terminates the task.
 */
export async function runTask(task: vscode.Task, cancel: vscode.CancellationToken): Promise<number | undefined> {
  const ended = new Map<vscode.TaskExecution, number | undefined>();
  let execution: vscode.TaskExecution | undefined;
  let finish: ((code: number | undefined) => void) | undefined;
  const settle = (exec: vscode.TaskExecution, code: number | undefined) => {
    if (!ended.has(exec)) { ended.set(exec, code); }
    if (exec === execution) { finish?.(ended.get(exec)); }
  };
  const subs = [
    vscode.tasks.onDidEndTaskProcess(e => settle(e.execution, e.exitCode)),
    // A task whose process never started ends without onDidEndTaskProcess.
    vscode.tasks.onDidEndTask(e => { setTimeout(() => settle(e.execution, undefined), 500); }),
  ];
  try {
    return await new Promise<number | undefined>((resolve, reject) => {
      finish = resolve;
      vscode.tasks.executeTask(task).then(exec => {
        execution = exec;
        if (ended.has(exec)) { resolve(ended.get(exec)); return; }
        subs.push(cancel.onCancellationRequested(() => exec.terminate()));
        if (cancel.isCancellationRequested) { exec.terminate(); }
      }, reject);
    });
  } finally {
    for (const s of subs) { s.dispose(); }
  }
}
