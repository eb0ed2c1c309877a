/**
 * Runs the steps of one command in order and stops at the first failure. Pure orchestration: the
 * step runner (a VS Code task) is injected, so unit tests drive it with a fake.
 */
import * as l10n from '@vscode/l10n';
import { stepLabel, type Step } from './paictlArgs';

export interface StepRun {
  step: Step;
  label: string;
  /** The full argument list, interpreter first. */
  argv: string[];
  /** undefined: the process never reported one (cancelled, or it could not start). */
  exitCode?: number;
}

export type Outcome = 'done' | 'failed' | 'cancelled';

export interface SequenceRun {
  outcome: Outcome;
  steps: StepRun[];
  /** Index in `steps` of the step that failed or was cancelled. */
  failedAt?: number;
  /** One sentence for the admin. */
  message: string;
}

export interface PlannedStep { step: Step; argv: string[]; withPylon?: boolean }

export interface SequenceHooks {
  /** Runs one step; resolves with its exit code (undefined when there is none). */
  run(step: PlannedStep, index: number): Promise<number | undefined>;
  isCancelled(): boolean;
  progress?(text: string, index: number, total: number): void;
}

export async function runSequence(title: string, plan: readonly PlannedStep[], hooks: SequenceHooks): Promise<SequenceRun> {
  const steps: StepRun[] = [];
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i];
    const label = stepLabel(p.step, p.withPylon);
    if (hooks.isCancelled()) {
      return { outcome: 'cancelled', steps, failedAt: i, message: l10n.t('{0} was cancelled before step {1} of {2} ({3}).', title, i + 1, plan.length, label) };
    }
    hooks.progress?.(plan.length > 1 ? l10n.t('step {0} of {1}: {2}', i + 1, plan.length, label) : label, i, plan.length);
    const exitCode = await hooks.run(p, i);
    steps.push({ step: p.step, label, argv: p.argv, exitCode });
    const rest = plan.slice(i + 1).map(s => stepLabel(s.step, s.withPylon));
    const skipped = rest.length ? ` ${l10n.t('Not run: {0}.', rest.join(', '))}` : '';
    const which = plan.length > 1 ? l10n.t('step {0} of {1} ({2})', i + 1, plan.length, label) : label;
    if (hooks.isCancelled()) {
      return { outcome: 'cancelled', steps, failedAt: i, message: l10n.t('{0} was cancelled during {1}.', title, which) + skipped };
    }
    if (exitCode !== 0) {
      const message = exitCode === undefined
        ? l10n.t("{0} stopped: {1} ended without an exit code; paictl's output is in the terminal.", title, which)
        : l10n.t("{0} stopped: {1} failed with exit code {2}; paictl's output is in the terminal.", title, which, exitCode);
      return { outcome: 'failed', steps, failedAt: i, message: message + skipped };
    }
  }
  const labels = steps.map(s => s.label).join(l10n.t(', then '));
  return { outcome: 'done', steps, message: steps.length > 1 ? l10n.t('{0} finished: {1}, each exited 0.', title, labels) : l10n.t('{0} finished: {1} exited 0.', title, labels) };
}
