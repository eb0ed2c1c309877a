/**
 * The paictl invocations the deploy commands run, as argument lists. Pure: no `vscode`, unit-tested.
 * Every value stays one list element: paictl runs from an argument vector, no shell (paictlTerminal.ts).
 */
import * as l10n from '@vscode/l10n';

import { MARKETPLACE_SECTIONS, PYLON_SECTION, WEBPORTAL_SECTION } from '../core/sections';

/** paictl's service names are the section names. */
export const MARKETPLACE_SERVICES = MARKETPLACE_SECTIONS;

/** One paictl run. The names are the `step` of an `openpai` task in tasks.json. */
export const STEPS = [
  'push', 'pull', 'get-id',
  'start-marketplace', 'stop-marketplace', 'delete-marketplace',
  'stop-webportal', 'start-webportal',
] as const;
export type Step = typeof STEPS[number];

export function isStep(v: unknown): v is Step {
  return typeof v === 'string' && (STEPS as readonly string[]).includes(v);
}

export interface StepOptions {
  /** Absolute path of the config folder (`-p` for push, `-o` for pull). */
  configFolder: string;
  /** `-c`: omitted when empty, so paictl uses its default `~/.kube/config`. */
  kubeconfig?: string;
  /** Restart steps: also stop/start pylon (it reads `cluster.common.marketplace` only at start). */
  withPylon?: boolean;
}

/** What the admin reads in the progress notification and in failure messages. */
export function stepLabel(step: Step, withPylon = false): string {
  switch (step) {
    case 'push': return l10n.t('push the configuration');
    case 'pull': return l10n.t('pull the configuration');
    case 'get-id': return l10n.t('show the cluster id');
    case 'start-marketplace': return l10n.t('start the marketplace services');
    case 'stop-marketplace': return l10n.t('stop the marketplace services');
    case 'delete-marketplace': return l10n.t('delete the marketplace services');
    case 'stop-webportal': return withPylon ? l10n.t('stop webportal and pylon') : l10n.t('stop webportal');
    case 'start-webportal': return withPylon ? l10n.t('start pylon and webportal') : l10n.t('start webportal');
  }
}

function kube(o: StepOptions): string[] {
  return o.kubeconfig && o.kubeconfig.trim() !== '' ? ['-c', o.kubeconfig] : [];
}

/**
 * The arguments after `paictl.py`. Start lists prerequisites first (paictl starts a service's
 * prerequisites first only when they are in the list too); stop and delete go the other way.
 */
export function paictlArgs(step: Step, o: StepOptions): string[] {
  switch (step) {
    case 'push': return ['config', 'push', '-p', o.configFolder, '-m', 'service', ...kube(o)];
    case 'pull': return ['config', 'pull', '-o', o.configFolder, ...kube(o)];
    case 'get-id': return ['config', 'get-id', ...kube(o)];
    case 'start-marketplace': return ['service', 'start', ...kube(o), '-n', ...MARKETPLACE_SERVICES];
    case 'stop-marketplace': return ['service', 'stop', ...kube(o), '-n', ...[...MARKETPLACE_SERVICES].reverse()];
    case 'delete-marketplace': return ['service', 'delete', ...kube(o), '-n', ...[...MARKETPLACE_SERVICES].reverse()];
    case 'stop-webportal': return ['service', 'stop', ...kube(o), '-n', ...(o.withPylon ? [WEBPORTAL_SECTION, PYLON_SECTION] : [WEBPORTAL_SECTION])];
    case 'start-webportal': return ['service', 'start', ...kube(o), '-n', ...(o.withPylon ? [PYLON_SECTION, WEBPORTAL_SECTION] : [WEBPORTAL_SECTION])];
  }
}

/** The commands of the command palette; each runs these steps in order, stopping at the first failure. */
export const COMMAND_STEPS = {
  pushConfig: ['push'],
  startMarketplace: ['start-marketplace'],
  stopMarketplace: ['stop-marketplace'],
  restartWebportal: ['stop-webportal', 'start-webportal'],
  deployMarketplace: ['push', 'start-marketplace', 'stop-webportal', 'start-webportal'],
  pullConfig: ['pull'],
  showClusterId: ['get-id'],
  deleteMarketplace: ['delete-marketplace'],
} as const satisfies Record<string, readonly Step[]>;
export type SequenceName = keyof typeof COMMAND_STEPS;

/** A command's title, as its messages name it. */
export function sequenceTitle(name: SequenceName): string {
  switch (name) {
    case 'pushConfig': return l10n.t('Push Configuration');
    case 'startMarketplace': return l10n.t('Start Marketplace Services');
    case 'stopMarketplace': return l10n.t('Stop Marketplace Services');
    case 'restartWebportal': return l10n.t('Restart Webportal');
    case 'deployMarketplace': return l10n.t('Deploy Marketplace');
    case 'pullConfig': return l10n.t('Pull Configuration');
    case 'showClusterId': return l10n.t('Show Cluster Id');
    case 'deleteMarketplace': return l10n.t('Delete Marketplace Services');
  }
}

/** Steps that read the config folder's files (and so go through the gate when they push). */
export function pushes(steps: readonly Step[]): boolean {
  return steps.includes('push');
}

/** Context keys the walkthrough's steps complete on (package.json completionEvents), set when such a step succeeded. */
export const WALKTHROUGH_DONE: Partial<Record<Step, string>> = {
  push: 'openpai.deploy.pushed',
  'start-marketplace': 'openpai.deploy.started',
  'start-webportal': 'openpai.deploy.restarted',
};
