import { eventsArgs, logsArgs, podsArgs } from './args';
import { completeDiagnosis, diagnosePod, listItems, podReady, podsByService, serviceStatuses, type KubeEvent, type MarketplaceStatus, type Pod } from './podStatus';

/** Runs kubectl with an argument vector and resolves with its stdout; rejects with a one-line message. */
export type KubectlRunner = (args: string[]) => Promise<string>;

/**
 * Asks Kubernetes why each marketplace service is (not) ready: the pods, then for each service's
 * first not-ready pod its events or its last log lines. Rejects only when the pods cannot be listed.
 */
export async function marketplaceStatus(run: KubectlRunner, kubeconfig?: string): Promise<MarketplaceStatus> {
  const pods = listItems<Pod>(await run(podsArgs(kubeconfig)));
  const explained = new Map<Pod, { reason: string; detail: string }>();
  for (const own of podsByService(pods).values()) {
    const failing = own.find(p => !podReady(p));
    if (!failing) { continue; }
    const diagnosis = diagnosePod(failing);
    const events = diagnosis.wantsEvents ? await run(eventsArgs(diagnosis.pod, kubeconfig)).then(t => listItems<KubeEvent>(t), () => undefined) : undefined;
    const logs = diagnosis.wantsLogs ? await run(logsArgs(diagnosis.pod, kubeconfig)).catch(() => undefined) : undefined;
    explained.set(failing, completeDiagnosis(diagnosis, events, logs));
  }
  return { services: serviceStatuses(pods, p => explained.get(p)!) };
}
