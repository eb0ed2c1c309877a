/**
 * Compare with Cluster: `paictl config pull -o <fresh temp folder>` in the task terminal (the cluster id
 * answered as in every command), the copies read into memory and the folder removed, then one diff
 * editor per file that differs: the cluster's copy (read-only) on the left, the folder's file on the right.
 */
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { compareFiles, compareSummary, COMPARED_FILES, diffsToOpen, diffTitle, type ComparedFile } from './clusterCompare';
import type { CommandStatus } from './commands';
import { readIn } from './folderFiles';
import { stepLabel } from './paictlArgs';
import type { Paictl } from './paictlLocation';
import { exclusively, runOneStep, type DeployEnv } from './runSteps';
import { stepCommand, type StepRun } from './sequence';

export const COMPARE_COMMAND = 'openpai.compareWithCluster';
const NOT_ON_CLUSTER = 'not-on-the-cluster';
const NOT_IN_FOLDER = 'not-in-the-folder';

/** What the command resolves to (README "Compare with the cluster"). */
export interface CompareResult {
  command: string;
  /** succeeded: compared (whether or not a file differs); failed: paictl could not pull; cancelled; refused: not started. */
  status: CommandStatus;
  message: string;
  folder?: string;
  /** One entry per file on either side, in the order services-configuration.yaml, layout.yaml, config.yaml. */
  compared: ComparedFile[];
  steps: StepRun[];
  failedStep?: string;
}

export interface Comparison {
  title: string;
  paictl: Paictl;
  folder: string;
  clusterId: string | undefined;
  /** Say what was found in a notification (the command alone; Push and Deploy ask to go on instead). */
  notify: boolean;
}

function unsavedIn(folder: string): string[] {
  return vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.scheme === 'file' && path.dirname(d.uri.fsPath) === path.resolve(folder)
    && (COMPARED_FILES as readonly string[]).includes(path.basename(d.uri.fsPath))).map(d => path.basename(d.uri.fsPath));
}

export async function compareWithCluster(env: DeployEnv, x: Comparison): Promise<CompareResult> {
  const { title, paictl, folder, clusterId } = x;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openpai-compare-'));
  const cluster: Partial<Record<string, string>> = {};
  let step: StepRun;
  let cancelled = false;
  try {
    step = await exclusively(title, () => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `OpenPAI: ${title}`, cancellable: true },
      async (progress, token) => {
        progress.report({ message: l10n.t("pulling the cluster's copy (in the terminal)") });
        const r = await runOneStep(env, { paictl, folder, clusterId }, 'pull', tmp, false, token);
        cancelled = token.isCancellationRequested;
        return { step: 'pull' as const, label: stepLabel('pull'), argv: r.argv ?? [], exitCode: r.exitCode, status: r.status, reason: r.reason };
      }));
    for (const name of COMPARED_FILES) { cluster[name] = readIn(tmp, name); }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const base = { command: title, folder, steps: [step] };
  if (cancelled) {
    return { ...base, status: 'cancelled', compared: [], failedStep: stepCommand('pull'), message: l10n.t('{0} was cancelled.', title) };
  }
  if (step.status !== 'succeeded') {
    const message = (step.exitCode === undefined
      ? l10n.t("{0}: paictl could not pull the cluster's copy (no exit code); its output is in the terminal.", title)
      : l10n.t("{0}: paictl could not pull the cluster's copy (exit code {1}); its output is in the terminal.", title, step.exitCode)) + (step.reason ? ` ${step.reason}` : '');
    env.output.appendLine(`[${new Date().toISOString()}] ${message}`);
    if (x.notify) {
      const terminal = l10n.t('Show Terminal');
      void env.ui().message('error', message, {}, terminal).then(c => { if (c === terminal) { void vscode.commands.executeCommand('workbench.action.terminal.focus'); } });
    }
    return { ...base, status: 'failed', compared: [], failedStep: stepCommand('pull'), message };
  }
  const compared = compareFiles(name => cluster[name], name => readIn(folder, name));
  // A side that does not exist shows as an empty file in a folder of its own (so it is no copy's sibling).
  const sides = Object.fromEntries(compared.flatMap(c => [
    [c.onCluster ? c.file : `${NOT_ON_CLUSTER}/${c.file}`, cluster[c.file] ?? ''],
    ...(c.inFolder ? [] : [[`${NOT_IN_FOLDER}/${c.file}`, '']]),
  ]));
  const uri = env.copies.add(sides);
  for (const c of diffsToOpen(compared)) {
    const left = uri(c.onCluster ? c.file : `${NOT_ON_CLUSTER}/${c.file}`);
    const right = c.inFolder ? vscode.Uri.file(path.join(folder, c.file)) : uri(`${NOT_IN_FOLDER}/${c.file}`);
    await vscode.commands.executeCommand('vscode.diff', left, right, diffTitle(c, clusterId ?? ''), { preview: false });
  }
  const message = compareSummary(compared, folder, unsavedIn(folder));
  env.output.appendLine(`[${new Date().toISOString()}] ${title}: ${message}`);
  if (x.notify) { void env.ui().message('info', message, {}); }
  return { ...base, status: 'succeeded', compared, message };
}
