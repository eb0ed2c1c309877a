/** Running a command's paictl steps as tasks, after its checks: pylon's decision, progress, records, the result. */
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { asksClusterId } from './clusterId';
import type { ClusterCopies } from './clusterCopies';
import type { CommandResult } from './commands';
import { readIn } from './folderFiles';
import { CONFIG_FILE } from './gate';
import { WALKTHROUGH_DONE, type SequenceName, type Step } from './paictlArgs';
import type { Paictl } from './paictlLocation';
import { watchLongStart } from './marketplaceStatus';
import { stepVerdict } from './paictlOutput';
import { parseInputs, pylonDecision, pylonInputs, storedInputs, type Baseline, type PylonInputs } from './pylon';
import { runSequence, type PlannedStep, type StepResult } from './sequence';
import { buildTask, runTask, stepArgv, TASK_TYPE, type OpenPaiTaskDefinition } from './taskRunner';
import type { DeployUi } from './ui';

export interface DeployEnv {
  ui(): DeployUi;
  state: vscode.Memento;
  output: vscode.OutputChannel;
  /** The cluster's copies Compare with Cluster shows (read-only, in memory). */
  copies: ClusterCopies;
  /** The OpenPAI Marketplace Status output (the status while a start waits goes there too). */
  statusOutput: vscode.OutputChannel;
}

const key = (what: string, folder: string | undefined) => `openpai.deploy.${what}:${folder ? path.resolve(folder) : ''}`;
/** What pylon was last started with from here. */
const startedKey = (folder: string | undefined) => key('pylonStarted', folder);
/** What was last pushed from here. */
const pushedKey = (folder: string | undefined) => key('pushed', folder);
/** The last cluster id a step accepted for this folder. */
export const clusterIdKey = (folder: string | undefined) => key('clusterId', folder);

let running: string | undefined;

/** The title of the command whose steps run now. */
export function runningCommand(): string | undefined { return running; }

export interface Execution {
  title: string;
  name: SequenceName;
  steps: readonly Step[];
  paictl: Paictl;
  folder: string | undefined;
  clusterId: string | undefined;
}

const folderInputs = (folder: string | undefined): PylonInputs => pylonInputs(folder ? readIn(folder, CONFIG_FILE) : undefined, folder ? readIn(folder, 'layout.yaml') : undefined);

export async function executeSteps(env: DeployEnv, x: Execution): Promise<CommandResult> {
  const { title, name, steps, paictl, folder, clusterId } = x;
  const configFolder = folder ?? '';
  const restarts = steps.includes('start-webportal');
  const pushesFirst = steps.includes('push');
  // Restart Webportal alone restarts with what the cluster holds: the copy last pushed from here, when known.
  const now = !pushesFirst && folder ? parseInputs(env.state.get<string>(pushedKey(folder))) ?? folderInputs(folder) : folderInputs(folder);

  const runStep: RunStep = (step, stepFolder, withPylon, token) => runOneStep(env, { paictl, folder, clusterId }, step, stepFolder, withPylon, token);

  running = title;
  try {
    const run = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `OpenPAI: ${title}`, cancellable: true },
      async (progress, token) => {
        const baselines: Baseline[] = [];
        if (restarts && pushesFirst) {
          progress.report({ message: l10n.t("reading the cluster's copy to compare (in the terminal)") });
          const cluster = await clusterCopy(runStep, token);
          if (cluster) { baselines.push({ source: 'cluster', inputs: cluster }); } else {
            env.output.appendLine(l10n.t("{0}: the cluster's copy could not be pulled to compare (a first deployment has none); the push goes on.", title));
            const pushed = parseInputs(env.state.get<string>(pushedKey(folder)));
            if (pushed) { baselines.push({ source: 'pushed', inputs: pushed }); }
          }
        }
        const started = parseInputs(env.state.get<string>(startedKey(folder)));
        if (started) { baselines.push({ source: 'started', inputs: started }); }
        const pylon = pylonDecision(now, baselines);
        if (restarts) { env.output.appendLine(`${title}: ${pylon.reason}`); }
        const plan: PlannedStep[] = steps.map(step => {
          const withPylon = (step === 'stop-webportal' || step === 'start-webportal') && pylon.withPylon;
          return { step, withPylon, argv: stepArgv(step, paictl, configFolder, withPylon) };
        });
        let current = '';
        return runSequence(title, plan, {
          isCancelled: () => token.isCancellationRequested,
          progress: text => { current = text; progress.report({ message: l10n.t('{0} (in the terminal)', text) }); },
          run: async p => {
            const stopWatch = p.step === 'start-marketplace'
              ? watchLongStart(env, summary => progress.report({ message: l10n.t('{0} (in the terminal); not ready yet: {1}', current, summary) }))
              : undefined;
            let r: StepResult;
            try { r = await runStep(p.step, configFolder, p.withPylon === true, token); } finally { stopWatch?.(); }
            if (r.status === 'succeeded') { void vscode.commands.executeCommand('setContext', WALKTHROUGH_DONE[p.step] ?? 'openpai.deploy.ran', true); }
            if (r.status === 'succeeded' && folder && p.step === 'push') { await env.state.update(pushedKey(folder), storedInputs(now)); }
            if (r.status === 'succeeded' && p.step === 'start-webportal' && p.withPylon) { await env.state.update(startedKey(folder), storedInputs(now)); }
            return r;
          },
        });
      },
    );
    env.output.appendLine(`[${new Date().toISOString()}] ${run.message}`);
    const level = run.status === 'succeeded' ? 'info' : run.status === 'failed' ? 'error' : 'warning';
    const checkButton = l10n.t('Check Marketplace');
    const terminalButton = l10n.t('Show Terminal');
    const buttons = run.status === 'succeeded' && name === 'deployMarketplace' ? [checkButton] : run.status === 'failed' || run.status === 'nothing-done' ? [terminalButton] : [];
    void env.ui().message(level, run.message, {}, ...buttons).then(choice => {
      if (choice === checkButton) { void vscode.commands.executeCommand('openpai.checkMarketplace', folder ? vscode.Uri.file(folder) : undefined); }
      if (choice === terminalButton) { void vscode.commands.executeCommand('workbench.action.terminal.focus'); }
    });
    return { command: title, status: run.status, message: run.message, folder, steps: run.steps, ...(run.failedStep ? { failedStep: run.failedStep } : {}) };
  } finally {
    running = undefined;
  }
}

type RunStep = (step: Step, folder: string, withPylon: boolean, token: vscode.CancellationToken) => Promise<StepResult>;

/**
 * One paictl step as a task, its verdict, and the cluster id remembered for `folder` when the step accepted it.
 * `stepFolder`: the folder paictl gets (`-p`, `-o`), e.g. a temporary one for a pull to compare.
 */
export async function runOneStep(env: DeployEnv, x: Pick<Execution, 'paictl' | 'folder' | 'clusterId'>, step: Step, stepFolder: string, withPylon: boolean, token: vscode.CancellationToken): Promise<StepResult> {
  const { paictl, folder, clusterId } = x;
  const scope = (folder && vscode.workspace.getWorkspaceFolder(vscode.Uri.file(folder))) || vscode.TaskScope.Workspace;
  // skipChecks: the checks ran already (and it keeps this task apart from a guarded task that runs this command).
  const definition: OpenPaiTaskDefinition = { type: TASK_TYPE, step, configFolder: stepFolder, withPylon, skipChecks: true };
  const ran = await runTask(buildTask(definition, paictl, stepFolder, scope, clusterId), token);
  const verdict = ran.error ? { status: 'failed' as const, reason: ran.error } : stepVerdict(ran.argv.slice(2), ran.exitCode, ran.output);
  if (verdict.status === 'succeeded' && clusterId !== undefined && asksClusterId(step)) { await env.state.update(clusterIdKey(folder), clusterId); }
  return { argv: ran.argv, exitCode: ran.exitCode, ...verdict };
}

/** Runs `fn` as the command that runs now (runningCommand() names it meanwhile). */
export async function exclusively<T>(title: string, fn: () => Thenable<T>): Promise<T> {
  running = title;
  try { return await fn(); } finally { running = undefined; }
}

/** What pylon reads, in the cluster's copy before the push replaces it: `config pull` into a temporary folder. */
async function clusterCopy(runStep: RunStep, token: vscode.CancellationToken): Promise<PylonInputs | undefined> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openpai-cluster-copy-'));
  try {
    const r = await runStep('pull', tmp, false, token);
    const config = readIn(tmp, CONFIG_FILE);
    return r.status === 'succeeded' && config !== undefined ? pylonInputs(config, readIn(tmp, 'layout.yaml')) : undefined;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
