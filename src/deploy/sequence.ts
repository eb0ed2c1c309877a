/**
 * Runs the steps of one command in order and stops at the first step that did not succeed. Pure
 * orchestration: the step runner (a VS Code task) is injected, so unit tests drive it with a fake.
 */
import * as l10n from '@vscode/l10n';
import { paictlArgs, stepLabel, type Step } from './paictlArgs';
import type { StepStatus } from './paictlOutput';

export interface StepRun {
  step: Step;
  label: string;
  /** The full argument list that ran, interpreter first. */
  argv: string[];
  /** undefined: the process never reported one (cancelled, or it could not start). */
  exitCode?: number;
  status: StepStatus;
  /** Why, in words, when the exit code does not say it all. */
  reason?: string;
}

export type SequenceStatus = StepStatus | 'cancelled';

export interface SequenceRun {
  status: SequenceStatus;
  steps: StepRun[];
  /** paictl's words for the step that did not succeed, e.g. "service start". */
  failedStep?: string;
  /** One sentence for the admin. */
  message: string;
}

export interface PlannedStep { step: Step; argv: string[]; withPylon?: boolean }

/** What running one step gave. */
export interface StepResult { argv?: string[]; exitCode?: number; status: StepStatus; reason?: string }

export interface SequenceHooks {
  run(step: PlannedStep, index: number): Promise<StepResult>;
  isCancelled(): boolean;
  progress?(text: string, index: number, total: number): void;
}

/** The paictl command of a step, as `failedStep` names it. */
export function stepCommand(step: Step): string {
  return paictlArgs(step, { configFolder: '' }).slice(0, 2).join(' ');
}

export async function runSequence(title: string, plan: readonly PlannedStep[], hooks: SequenceHooks): Promise<SequenceRun> {
  const steps: StepRun[] = [];
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i];
    const label = stepLabel(p.step, p.withPylon);
    const failedStep = stepCommand(p.step);
    if (hooks.isCancelled()) {
      return { status: 'cancelled', steps, failedStep, message: l10n.t('{0} was cancelled before step {1} of {2} ({3}).', title, i + 1, plan.length, label) };
    }
    hooks.progress?.(plan.length > 1 ? l10n.t('step {0} of {1}: {2}', i + 1, plan.length, label) : label, i, plan.length);
    const r = await hooks.run(p, i);
    steps.push({ step: p.step, label, argv: r.argv ?? p.argv, exitCode: r.exitCode, status: r.status, reason: r.reason });
    const rest = plan.slice(i + 1).map(s => stepLabel(s.step, s.withPylon));
    const skipped = rest.length ? ` ${l10n.t('Not run: {0}.', rest.join(', '))}` : '';
    const which = plan.length > 1 ? l10n.t('step {0} of {1} ({2})', i + 1, plan.length, label) : label;
    const why = r.reason ? ` ${r.reason}` : '';
    if (hooks.isCancelled()) {
      return { status: 'cancelled', steps, failedStep, message: l10n.t('{0} was cancelled during {1}.', title, which) + skipped };
    }
    if (r.status === 'nothing-done') {
      return { status: 'nothing-done', steps, failedStep, message: l10n.t('{0}: {1} did nothing (paictl exited 0).', title, which) + why + skipped };
    }
    if (r.status === 'failed') {
      const message = r.exitCode === undefined
        ? l10n.t("{0} stopped: {1} ended without an exit code; paictl's output is in the terminal.", title, which)
        : l10n.t("{0} stopped: {1} failed with exit code {2}; paictl's output is in the terminal.", title, which, r.exitCode);
      return { status: 'failed', steps, failedStep, message: message + why + skipped };
    }
  }
  const labels = steps.map(s => s.label).join(l10n.t(', then '));
  return { status: 'succeeded', steps, message: steps.length > 1 ? l10n.t('{0} finished: {1}, each exited 0.', title, labels) : l10n.t('{0} finished: {1} exited 0.', title, labels) };
}
