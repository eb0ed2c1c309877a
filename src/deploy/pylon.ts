/**
 * Whether restarting webportal restarts pylon too. pylon gets what it serves under /marketplace only
 * when its template is rendered, at start (src/pylon/deploy/pylon.yaml.template v1.8.0:86-92): the
 * switch `cluster.common.marketplace == 'true'`, and the URIs of marketplace-restserver and
 * marketplace-webportal, which paictl computes from the master's `hostip` in layout.yaml and each
 * service's `server-port`. So pylon restarts when one of these changed; otherwise a pylon restart
 * only cuts every user off for a moment.
 *
 * What pylon started with is not known for sure; the baselines are the cluster's copy (pulled into a
 * temporary folder before a push replaces it), else the copy last pushed from here, and the values
 * pylon was last started with from here. No baseline: restart pylon too, the safe side. Pure.
 */
import * as l10n from '@vscode/l10n';
import { ParsedDocument } from '../core';
import { readLayout } from '../core/layout';
import { SWITCH_NAME, SWITCH_PATH } from '../core/sections';

/** What pylon reads at start, as paictl reads it (PyYAML types matter: pylon tests `== 'true'`). */
export interface PylonInputs {
  marketplace: unknown;
  restserverPort: unknown;
  webportalPort: unknown;
  masterHostip: unknown;
}

const FIELDS: { key: keyof PylonInputs; name: string }[] = [
  { key: 'marketplace', name: SWITCH_NAME },
  { key: 'restserverPort', name: 'marketplace-restserver.server-port' },
  { key: 'webportalPort', name: 'marketplace-webportal.server-port' },
  { key: 'masterHostip', name: "layout.yaml's master hostip" },
];

export function pylonInputs(configText: string | undefined, layoutText: string | undefined): PylonInputs {
  const doc = new ParsedDocument(configText ?? '');
  const layout = layoutText === undefined ? undefined : readLayout({ name: 'layout.yaml', path: 'layout.yaml', doc: new ParsedDocument(layoutText) });
  // The ports and the host end up formatted into a URI (marketplace_restserver.py v1.8.0:23 'http://{0}:{1}'), so 9292 and "9292" are the same to pylon.
  const text = (v: unknown) => typeof v === 'number' || typeof v === 'string' ? String(v) : v;
  return {
    marketplace: doc.valueAt(SWITCH_PATH),
    restserverPort: text(doc.valueAt(['marketplace-restserver', 'server-port'])),
    webportalPort: text(doc.valueAt(['marketplace-webportal', 'server-port'])),
    masterHostip: layout?.master?.hostip,
  };
}

/** A value as compared and stored ("true" and true differ). */
function shown(value: unknown): string {
  return value === undefined ? l10n.t('absent') : JSON.stringify(value);
}

export type BaselineSource = 'cluster' | 'pushed' | 'started';

export interface Baseline { source: BaselineSource; inputs: PylonInputs }

export interface PylonDecision {
  withPylon: boolean;
  reason: string;
}

function sourceWords(source: BaselineSource): string {
  switch (source) {
    case 'cluster': return l10n.t("the cluster's copy");
    case 'pushed': return l10n.t('the copy last pushed from here');
    case 'started': return l10n.t('the values pylon was last started with from here');
  }
}

/** `now`: what pylon would be rendered from; `baselines`: what it may be running with. */
export function pylonDecision(now: PylonInputs, baselines: readonly Baseline[]): PylonDecision {
  if (baselines.length === 0) {
    return { withPylon: true, reason: l10n.t("pylon reads cluster.common.marketplace and the marketplace services' URIs only when it starts, and what it started with is unknown here, so pylon restarts too.") };
  }
  for (const b of baselines) {
    const changed = FIELDS.filter(f => JSON.stringify(b.inputs[f.key]) !== JSON.stringify(now[f.key]));
    if (changed.length > 0) {
      const what = changed.map(f => `${f.name} ${shown(b.inputs[f.key])} → ${shown(now[f.key])}`).join(', ');
      return { withPylon: true, reason: l10n.t('{0} changed since {1}; pylon reads it only when it starts, so pylon restarts too.', what, sourceWords(b.source)) };
    }
  }
  return { withPylon: false, reason: l10n.t('What pylon reads (cluster.common.marketplace, the marketplace server-ports, the master hostip) is unchanged since {0}, so only webportal restarts.', baselines.map(b => sourceWords(b.source)).join(l10n.t(' and '))) };
}

/** Stored in the workspace state as JSON; a record of another shape counts as none. */
export function parseInputs(stored: string | undefined): PylonInputs | undefined {
  if (stored === undefined) { return undefined; }
  try {
    const v = JSON.parse(stored) as Partial<PylonInputs> | null;
    return v && typeof v === 'object' && 'marketplace' in v ? { marketplace: v.marketplace, restserverPort: v.restserverPort, webportalPort: v.webportalPort, masterHostip: v.masterHostip } : undefined;
  } catch { return undefined; }
}

export function storedInputs(inputs: PylonInputs): string {
  return JSON.stringify(inputs);
}
