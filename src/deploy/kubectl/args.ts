/** kubectl argument vectors for the marketplace status (never a shell string). */

import { MARKETPLACE_SECTIONS, type MarketplaceSection } from '../../core/sections';

/** The DaemonSets are named (and label their pods) after the services, which are the section names. */
export const MARKETPLACE_SERVICES = MARKETPLACE_SECTIONS;
export type MarketplaceService = MarketplaceSection;

/** How many log lines of a failing pod to show. */
export const LOG_LINES = 20;

function kubeconfigArgs(kubeconfig?: string): string[] {
  return kubeconfig && kubeconfig.trim() !== '' ? ['--kubeconfig', kubeconfig] : [];
}

/**
 * The pods of the three DaemonSets: each labels its pods `app: <service>`
 * (src/<service>/deploy/<service>.yaml.template, v1.4.0..v1.8.0), in the kubeconfig's namespace as paictl's
 * `kubectl apply` uses it.
 */
export function podsArgs(kubeconfig?: string): string[] {
  return [...kubeconfigArgs(kubeconfig), 'get', 'pods', '-l', `app in (${MARKETPLACE_SERVICES.join(',')})`, '-o', 'json'];
}

export function eventsArgs(pod: string, kubeconfig?: string): string[] {
  return [...kubeconfigArgs(kubeconfig), 'get', 'events', '--field-selector', `involvedObject.name=${pod}`, '-o', 'json'];
}

export function logsArgs(pod: string, kubeconfig?: string): string[] {
  return [...kubeconfigArgs(kubeconfig), 'logs', pod, '--tail', String(LOG_LINES)];
}
