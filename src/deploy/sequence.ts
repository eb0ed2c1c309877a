/**
 * Runs the steps of one command in order and stops at the first failure. Pure orchestration: the
 * step runner (a VS Code task) is injected, so unit tests drive it with a fake.
 */
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
      return { outcome: 'cancelled', steps, failedAt: i, message: `${title} was cancelled before step ${i + 1} of ${plan.length} (${label}).` };
    }
    hooks.progress?.(plan.length > 1 ? `step ${i + 1} of ${plan.length}: ${label}` : label, i, plan.length);
    const exitCode = await hooks.run(p, i);
    steps.push({ step: p.step, label, argv: p.argv, exitCode });
    const rest = plan.slice(i + 1).map(s => stepLabel(s.step, s.withPylon));
    const skipped = rest.length ? ` Not run: ${rest.join(', ')}.` : '';
    const which = plan.length > 1 ? `step ${i + 1} of ${plan.length} (${label})` : label;
    if (hooks.isCancelled()) {
      return { outcome: 'cancelled', steps, failedAt: i, message: `${title} was cancelled during ${which}.${skipped}` };
    }
    if (exitCode !== 0) {
      const how = exitCode === undefined ? 'ended without an exit code' : `failed with exit code ${exitCode}`;
      return { outcome: 'failed', steps, failedAt: i, message: `${title} stopped: ${which} ${how}; paictl's output is in the terminal.${skipped}` };
    }
  }
  return { outcome: 'done', steps, message: `${title} finished: ${steps.map(s => s.label).join(', then ')}${steps.length > 1 ? ', each' : ''} exited 0.` };
}
