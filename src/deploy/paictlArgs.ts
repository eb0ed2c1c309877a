/**
 * The paictl invocations the deploy commands run, as argument lists. Pure: no `vscode`, unit-tested.
 * Every value stays one list element; quoting for a shell happens later, per element (shellQuote.ts).
 */

export const MARKETPLACE_SERVICES = ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal'] as const;

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
    case 'push': return 'push the configuration';
    case 'pull': return 'pull the configuration';
    case 'get-id': return 'show the cluster id';
    case 'start-marketplace': return 'start the marketplace services';
    case 'stop-marketplace': return 'stop the marketplace services';
    case 'delete-marketplace': return 'delete the marketplace services';
    case 'stop-webportal': return withPylon ? 'stop webportal and pylon' : 'stop webportal';
    case 'start-webportal': return withPylon ? 'start pylon and webportal' : 'start webportal';
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
    case 'stop-webportal': return ['service', 'stop', ...kube(o), '-n', ...(o.withPylon ? ['webportal', 'pylon'] : ['webportal'])];
    case 'start-webportal': return ['service', 'start', ...kube(o), '-n', ...(o.withPylon ? ['pylon', 'webportal'] : ['webportal'])];
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

export const SEQUENCE_TITLES: Record<SequenceName, string> = {
  pushConfig: 'Push Configuration',
  startMarketplace: 'Start Marketplace Services',
  stopMarketplace: 'Stop Marketplace Services',
  restartWebportal: 'Restart Webportal',
  deployMarketplace: 'Deploy Marketplace',
  pullConfig: 'Pull Configuration',
  showClusterId: 'Show Cluster Id',
  deleteMarketplace: 'Delete Marketplace Services',
};

/** Steps that read the config folder's files (and so go through the gate when they push). */
export function pushes(steps: readonly Step[]): boolean {
  return steps.includes('push');
}
