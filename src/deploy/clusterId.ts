/**
 * The cluster id paictl asks for on every push, pull and service step: asked once per command,
 * prefilled, and handed to each prompt. Pure; unit-tested.
 */
import type { Step } from './paictlArgs';

/** paictl asks for the cluster id in every step but `config get-id` (facts §7; download.py:60, upload.py:81). */
export function asksClusterId(step: Step): boolean {
  return step !== 'get-id';
}

/** `cluster.common.cluster-id` as paictl reads it (its default is `pai`, upload.py:60). */
export function clusterIdOf(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : 'pai';
}

/** What the input box shows first: the last id confirmed for the folder, else the config's. */
export function clusterIdPrefill(remembered: string | undefined, configValue: unknown): string {
  return remembered !== undefined && remembered !== '' ? remembered : clusterIdOf(configValue);
}

export interface CommandOptions { clusterId?: string }

/** The optional second argument of the commands (`{ clusterId: string }`); anything else is ignored. */
export function commandOptions(arg: unknown): CommandOptions {
  if (typeof arg === 'object' && arg !== null && typeof (arg as { clusterId?: unknown }).clusterId === 'string') {
    return { clusterId: (arg as { clusterId: string }).clusterId };
  }
  return {};
}

/** Why an id typed into the input box cannot be right, or undefined. raw_input keeps spaces; a line end cannot be typed. */
export function clusterIdProblem(value: string): string | undefined {
  if (value === '') { return 'empty'; }
  if (/[\r\n]/.test(value)) { return 'line-break'; }
  return undefined;
}
