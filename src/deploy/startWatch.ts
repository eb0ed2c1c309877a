/**
 * While a `service start` step runs longer than a threshold (a minute by default), ask Kubernetes about
 * the marketplace pods, then again after each further threshold, until the step ends. Pure: the timer
 * and the question are injected; unit-tested.
 */
import * as l10n from '@vscode/l10n';
import type { MarketplaceStatus } from './kubectl/podStatus';

/** The setting `openpai.deploy.statusAfterSeconds` as milliseconds; undefined: off (0, negative or not a number). */
export function statusAfterMs(seconds: unknown): number | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** The services that are not ready, with their reasons, in one line; undefined when every one is ready. No detail (log lines stay in the output). */
export function waitingSummary(status: MarketplaceStatus): string | undefined {
  const waiting = status.services.filter(s => !s.ready);
  return waiting.length ? waiting.map(s => l10n.t('{0} ({1})', s.name, s.reason ?? '?')).join(', ') : undefined;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: h => clearTimeout(h as ReturnType<typeof setTimeout>) };

export interface StartWatch {
  afterMs: number;
  ask(): Promise<MarketplaceStatus>;
  onStatus(status: MarketplaceStatus): void;
  onError(error: unknown): void;
}

/** Starts watching; the returned function stops it (no question is asked after, and a late answer is dropped). */
export function watchStart(w: StartWatch, timers: Timers = realTimers): () => void {
  let stopped = false;
  let handle: unknown;
  const tick = async () => {
    try {
      const status = await w.ask();
      if (!stopped) { w.onStatus(status); }
    } catch (e) {
      if (!stopped) { w.onError(e); }
    }
    if (!stopped) { handle = timers.set(() => void tick(), w.afterMs); }
  };
  handle = timers.set(() => void tick(), w.afterMs);
  return () => { stopped = true; timers.clear(handle); };
}
