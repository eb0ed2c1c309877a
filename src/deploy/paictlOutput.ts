/**
 * Reading what paictl prints: its prompts (to answer the cluster id) and, once it exited, what it did.
 * Pure: fed the output as it arrives; unit-tested with the real paictl's texts (pai v1.8.0).
 */
import * as l10n from '@vscode/l10n';

/** deployment/confStorage/upload.py:81 and download.py:60 (every config push, config pull, service start|stop|delete|refresh). */
export const CLUSTER_ID_PROMPT = 'Please input the cluster-id which you wanna operate: ';
/** deployment/serviceCmd.py:102, before the cluster id. */
export const YES_NO_PROMPT = 'Do you want to continue this operation? (Y/N) ';
/** upload.py:83, download.py:62: a wrong id, exit 1. */
const WRONG_ID = 'Ops, maybe you find the wrong cluster';
/** serviceCmd.py:111: three answers that were neither Y nor N, exit 0. */
const THREE_TIMES = '3 Times.........  Sorry,  we will force stopping your operation.';
/** service_management_*.py run(): a `-n` name without src/<name>/deploy/service.yaml is skipped, exit 0. */
const SKIPPED = /service\.yaml can't be found on the directory of (\S+)/g;

const TAIL = 512;

export type Prompt = 'cluster-id' | 'yes-no';

/**
 * Watches paictl's stdout (where raw_input writes its prompt; stderr is a separate pipe and may
 * arrive in another order); `feed` returns the prompt that now waits for an answer, if any.
 */
export class PromptWatcher {
  private tail = '';
  private length = 0;
  private answeredAt = -1;

  feed(chunk: string): Prompt | undefined {
    this.length += chunk.length;
    this.tail = (this.tail + chunk).slice(-TAIL);
    // raw_input blocks right after its prompt, so a prompt waits when the output ends with it.
    if (this.answeredAt === this.length) { return undefined; }
    const prompt: Prompt | undefined = this.tail.endsWith(CLUSTER_ID_PROMPT) ? 'cluster-id' : this.tail.endsWith(YES_NO_PROMPT) ? 'yes-no' : undefined;
    if (prompt) { this.answeredAt = this.length; }
    return prompt;
  }
}

export type StepStatus = 'succeeded' | 'failed' | 'nothing-done';

export interface StepVerdict {
  status: StepStatus;
  /** Why, in words, when it is not plainly an exit code. */
  reason?: string;
}

/**
 * What a finished paictl run did. `args`: paictl's arguments (after paictl.py); `exitCode`
 * undefined when the process had none (killed, or it could not start).
 */
export function stepVerdict(args: readonly string[], exitCode: number | undefined, output: string): StepVerdict {
  if (exitCode !== 0) {
    if (output.includes(WRONG_ID)) {
      return { status: 'failed', reason: l10n.t('paictl says the cluster id is not the one stored in the cluster (ConfigMap pai-cluster-id).') };
    }
    return { status: 'failed' };
  }
  const command = args.slice(0, 2).join(' ');
  if (command === 'service delete') {
    if (output.includes(THREE_TIMES)) {
      return { status: 'nothing-done', reason: l10n.t('paictl stopped after three answers that were neither Y nor N; nothing was deleted.') };
    }
    // After Y, paictl downloads the configuration, which asks for the cluster id; after N it returns at once.
    if (output.includes(YES_NO_PROMPT) && !output.includes(CLUSTER_ID_PROMPT)) {
      return { status: 'nothing-done', reason: l10n.t('paictl was answered N; nothing was deleted.') };
    }
  }
  const names = serviceNames(args);
  if (names.length > 0) {
    const skipped = [...new Set([...output.matchAll(SKIPPED)].map(m => m[1]))].filter(n => names.includes(n));
    if (skipped.length === names.length) {
      return { status: 'nothing-done', reason: l10n.t("paictl's checkout has none of these services ({0}), so it skipped them all.", skipped.join(', ')) };
    }
    if (skipped.length > 0) {
      return { status: 'failed', reason: l10n.t("paictl's checkout lacks {0}; it skipped that and ran only the others.", skipped.join(', ')) };
    }
  }
  return { status: 'succeeded' };
}

/** The names after `-n` of a `service` run. */
function serviceNames(args: readonly string[]): string[] {
  if (args[0] !== 'service') { return []; }
  const i = args.indexOf('-n');
  if (i < 0) { return []; }
  const names: string[] = [];
  for (const a of args.slice(i + 1)) {
    if (a.startsWith('-')) { break; }
    names.push(a);
  }
  return names;
}
