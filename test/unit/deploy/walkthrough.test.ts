/**
 * The deploy walkthrough as a new user meets it: plain descriptions (a walkthrough step shows code
 * spans as raw backticks), steps ticked when Deploy ran them, the push command as the commands run it,
 * offered once; and the log's line per checked file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paictlArgs, WALKTHROUGH_DONE } from '../../../src/deploy/paictlArgs';
import { shouldOfferWalkthrough } from '../../../src/log/offer';
import { checkSummary } from '../../../src/log/summary';

const root = join(__dirname, '../../..');
const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, unknown>;
interface Step { id: string; description: string; completionEvents: string[] }
const steps = ((read('package.json').contributes as { walkthroughs: { steps: Step[] }[] }).walkthroughs[0]).steps;

describe('deploy walkthrough', () => {
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`${file}: step descriptions without backticks`, () => {
      const nls = read(file) as Record<string, string>;
      for (const s of steps) {
        const key = s.description.replace(/^%|%$/g, '');
        assert.ok(!nls[key].includes('`'), `${file}: ${key}: ${nls[key]}`);
      }
    });
  }
  it('push, start and restart tick when that step succeeded, from its own command or from Deploy', () => {
    const events = Object.fromEntries(steps.map(s => [s.id, s.completionEvents]));
    assert.deepEqual(events.push, [`onContext:${WALKTHROUGH_DONE.push}`]);
    assert.deepEqual(events.start, [`onContext:${WALKTHROUGH_DONE['start-marketplace']}`]);
    assert.deepEqual(events.restart, [`onContext:${WALKTHROUGH_DONE['start-webportal']}`]);
  });
  it('the push command it shows is the one the commands run (-m service)', () => {
    const shown = (read('package.nls.json') as Record<string, string>)['walkthrough.push.description'];
    assert.ok(shown.includes(paictlArgs('push', { configFolder: '<folder>' }).join(' ')), shown);
    assert.ok(readFileSync(join(root, 'media/walkthrough/push.md'), 'utf8').includes('config push -p <config-folder> -m service'));
  });
  it('offered once per user, in a trusted window, not while tests run', () => {
    assert.equal(shouldOfferWalkthrough({ offeredBefore: false, trusted: true, testRun: false }), true);
    assert.equal(shouldOfferWalkthrough({ offeredBefore: true, trusted: true, testRun: false }), false);
    assert.equal(shouldOfferWalkthrough({ offeredBefore: false, trusted: false, testRun: false }), false);
    assert.equal(shouldOfferWalkthrough({ offeredBefore: false, trusted: true, testRun: true }), false);
  });
});

describe('log: one line per checked file', () => {
  it('counts by severity; a clean file at debug level', () => {
    assert.deepEqual(checkSummary('cfg/services-configuration.yaml', [0, 1, 1, 2]), { level: 'info', text: 'checked cfg/services-configuration.yaml: 1 error, 2 warnings, 1 note' });
    assert.deepEqual(checkSummary('a.yaml', []), { level: 'debug', text: 'checked a.yaml: no problems' });
  });
});
