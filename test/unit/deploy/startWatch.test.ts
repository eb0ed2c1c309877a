/** The marketplace status while `service start` runs long: when it is asked, what is said, and that it stops with the step. */
import * as assert from 'node:assert/strict';
import type { MarketplaceStatus } from '../../../src/deploy/kubectl/podStatus';
import { statusAfterMs, waitingSummary, watchStart, type Timers } from '../../../src/deploy/startWatch';

/** Timers fired by hand: `fire()` runs the pending one. */
function manualTimers(): Timers & { pending: { fn: () => void; ms: number }[]; fire(): Promise<void> } {
  const pending: { fn: () => void; ms: number }[] = [];
  return {
    pending,
    set(fn, ms) { const t = { fn, ms }; pending.push(t); return t; },
    clear(h) { const i = pending.indexOf(h as never); if (i >= 0) { pending.splice(i, 1); } },
    async fire() { const t = pending.shift(); assert.ok(t, 'no timer pending'); t.fn(); await new Promise(r => setImmediate(r)); },
  };
}

const crashing: MarketplaceStatus = { services: [
  { name: 'marketplace-db', ready: true },
  { name: 'marketplace-restserver', ready: false, reason: 'CrashLoopBackOff', detail: 'last log lines:\npassword=********' },
  { name: 'marketplace-webportal', ready: false, reason: 'ImagePullBackOff', detail: 'cannot pull the image openpai/marketplace-webportal:v9' },
] };

describe('deploy: the marketplace status while service start waits', () => {
  it('the setting: seconds to milliseconds; 0, negative or not a number turn it off', () => {
    assert.equal(statusAfterMs(60), 60_000);
    assert.equal(statusAfterMs(0.5), 500);
    for (const off of [0, -1, Number.NaN, '60', undefined]) { assert.equal(statusAfterMs(off), undefined, String(off)); }
  });

  it('names the services that are not ready with their reasons, never the detail (log lines)', () => {
    assert.equal(waitingSummary(crashing), 'marketplace-restserver (CrashLoopBackOff), marketplace-webportal (ImagePullBackOff)');
    assert.equal(waitingSummary({ services: crashing.services.map(s => ({ ...s, ready: true })) }), undefined);
  });

  it('asks after the threshold, then after each further one; nothing once the step ended', async () => {
    const timers = manualTimers();
    const seen: string[] = [];
    let asked = 0;
    const stop = watchStart({ afterMs: 60_000, ask: async () => { asked++; return crashing; }, onStatus: s => seen.push(waitingSummary(s) ?? 'ready'), onError: () => seen.push('error') }, timers);
    assert.equal(asked, 0, 'nothing before the threshold');
    assert.deepEqual(timers.pending.map(t => t.ms), [60_000]);
    await timers.fire();
    assert.equal(asked, 1);
    assert.equal(seen.length, 1);
    assert.deepEqual(timers.pending.map(t => t.ms), [60_000], 'asked again a threshold later');
    stop();
    assert.deepEqual(timers.pending, [], 'the step ended: no more questions');
  });

  it('a kubectl error is reported and the watch goes on; an answer arriving after the step ended is dropped', async () => {
    const timers = manualTimers();
    const seen: string[] = [];
    let answer: (s: MarketplaceStatus) => void = () => undefined;
    let calls = 0;
    const stop = watchStart({
      afterMs: 1000,
      ask: () => (++calls === 1 ? Promise.reject(new Error('kubectl was not found')) : new Promise(r => { answer = r; })),
      onStatus: () => seen.push('status'), onError: e => seen.push((e as Error).message),
    }, timers);
    await timers.fire();
    assert.deepEqual(seen, ['kubectl was not found']);
    await timers.fire();
    stop();
    answer(crashing);
    await new Promise(r => setImmediate(r));
    assert.deepEqual(seen, ['kubectl was not found'], 'the late answer is not shown');
    assert.deepEqual(timers.pending, []);
  });
});
