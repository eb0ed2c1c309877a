/**
 * Whether restarting webportal restarts pylon too. pylon reads `cluster.common.marketplace` only
 * when it starts (its /marketplace routes come from env vars set at render time), so it must restart
 * when that value changed; otherwise a pylon restart only cuts every user off for a moment.
 *
 * We cannot ask the cluster which value pylon started with, so the extension remembers, per config
 * folder, the value it last restarted pylon with. No record (first deploy from this VS Code, or the
 * cluster was changed from elsewhere) means: restart pylon too, the safe side.
 */
import * as l10n from '@vscode/l10n';

/** The switch as it is compared: pylon tests `== 'true'`, so the YAML type matters ("true" vs true). */
export function switchKey(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

export interface PylonDecision {
  withPylon: boolean;
  reason: string;
}

function shown(key: string): string {
  return key === 'absent' ? l10n.t('absent') : key;
}

/**
 * `now`: switchKey of the value pushed (or about to be); `recorded`: the switchKey pylon was last
 * restarted with from here, undefined when unknown.
 */
export function pylonDecision(now: string, recorded: string | undefined): PylonDecision {
  if (recorded === undefined) {
    return { withPylon: true, reason: l10n.t('pylon reads cluster.common.marketplace only when it starts, and there is no record of the value it started with, so pylon restarts too.') };
  }
  if (recorded !== now) {
    return { withPylon: true, reason: l10n.t('cluster.common.marketplace changed ({0} → {1}) since pylon last started from here; pylon reads it only at start, so it restarts too.', shown(recorded), shown(now)) };
  }
  return { withPylon: false, reason: l10n.t('cluster.common.marketplace is unchanged ({0}) since pylon last started from here, so only webportal restarts.', shown(now)) };
}
