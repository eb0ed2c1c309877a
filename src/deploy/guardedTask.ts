/**
 * Tasks of the steps that need a check first (push) or a confirmation (delete, pull) go through the
 * same path as the commands, so Run Task and tasks.json get the gate and the modals too: the task's
 * own terminal runs the command, which runs paictl in its real terminal (a second task, with
 * `skipChecks`), and the task ends with paictl's outcome. `"skipChecks": true` runs paictl directly.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandResult } from './commands';
import { sequenceTitle, type SequenceName, type Step } from './paictlArgs';
import { TASK_SOURCE, type OpenPaiTaskDefinition } from './taskRunner';

export const GUARDED_STEPS: Partial<Record<Step, SequenceName>> = {
  push: 'pushConfig',
  'delete-marketplace': 'deleteMarketplace',
  pull: 'pullConfig',
};

export type RunCommand = (name: SequenceName, folder: vscode.Uri | undefined, options: { clusterId?: string }) => Thenable<CommandResult>;

/** The command behind a task, when the task must go through it (a guarded step, checks not skipped). */
export function guardingCommand(definition: OpenPaiTaskDefinition): SequenceName | undefined {
  return definition.skipChecks === true ? undefined : GUARDED_STEPS[definition.step];
}

/** Writes the command's progress into the task's terminal and closes it with 0 (done) or 1. */
class GuardTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;

  constructor(private readonly name: SequenceName, private readonly folder: string | undefined, private readonly run: RunCommand, private readonly clusterId: string | undefined) {}

  open(): void { void this.start(); }

  close(): void { /* paictl runs in its own task; cancel it from its progress notification */ }

  private line(text: string): void { this.written.fire(`${text.replace(/\r?\n/g, '\r\n')}\r\n`); }

  private async start(): Promise<void> {
    this.line(l10n.t('OpenPAI: {0}: checks and confirmations first, as the command does; paictl then runs in its own terminal.', sequenceTitle(this.name)));
    try {
      const r = await this.run(this.name, this.folder ? vscode.Uri.file(this.folder) : undefined, this.clusterId === undefined ? {} : { clusterId: this.clusterId });
      this.line(r.message);
      this.closed.fire(r.status === 'succeeded' || r.status === 'nothing-done' ? 0 : 1);
    } catch (e) {
      this.line(`OpenPAI: ${e instanceof Error ? e.message : String(e)}`);
      this.closed.fire(1);
    }
  }
}

export function guardedTask(definition: OpenPaiTaskDefinition, name: SequenceName, folder: string | undefined, scope: vscode.WorkspaceFolder | vscode.TaskScope.Workspace, run: RunCommand): vscode.Task {
  const task = new vscode.Task(definition, scope, sequenceTitle(name), TASK_SOURCE,
    new vscode.CustomExecution(async () => new GuardTerminal(name, folder, run, definition.clusterId)), []);
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, panel: vscode.TaskPanelKind.Dedicated, echo: false, clear: true, showReuseMessage: false };
  task.detail = l10n.t('checked first, like the command; "skipChecks": true runs paictl directly');
  return task;
}
