import * as assert from 'node:assert/strict';
import { checkTargets } from '../../../src/deploy/checkTargets';
import { DEVBOX_PAICTL, resolvePaictl, type FsProbe, type PaictlSettings } from '../../../src/deploy/paictlLocation';
import { parseInputs, pylonDecision, pylonInputs, storedInputs, type Baseline, type PylonInputs } from '../../../src/deploy/pylon';
import { runSequence, type PlannedStep } from '../../../src/deploy/sequence';
import { layoutWithMaster, yaml } from '../helpers';

function probe(files: string[], executables: string[]): FsProbe {
  return { isFile: p => files.includes(p), isExecutable: p => executables.includes(p) };
}
const settings = (s: Partial<PaictlSettings>): PaictlSettings => ({ paictlPath: '', python: '', kubeconfig: '', ...s });

describe('deploy: where paictl is', () => {
  it('defaults: python on the PATH, paictl.py from the workspace before /pai/paictl.py', () => {
    const fs = probe(['/ws/pai/paictl.py', '/ws/deep/x/paictl.py', DEVBOX_PAICTL], ['/usr/bin/python']);
    const r = resolvePaictl({ settings: settings({}), workspacePaictl: ['/ws/deep/x/paictl.py', '/ws/pai/paictl.py'], envPath: '/bin:/usr/bin', home: '/root' }, fs);
    assert.deepEqual(r, { python: 'python', paictl: '/ws/pai/paictl.py', kubeconfig: undefined, paictlSource: 'workspace' });
    const d = resolvePaictl({ settings: settings({}), workspacePaictl: [], envPath: '/usr/bin', home: '/root' }, fs);
    assert.deepEqual(d, { python: 'python', paictl: DEVBOX_PAICTL, kubeconfig: undefined, paictlSource: 'dev-box default' });
  });

  it('settings win; ~ expands; the kubeconfig must exist', () => {
    const fs = probe(['/opt/pai/paictl.py', '/root/.kube/c'], ['/opt/py27/bin/python']);
    const r = resolvePaictl({ settings: settings({ paictlPath: '/opt/pai/paictl.py', python: '/opt/py27/bin/python', kubeconfig: '~/.kube/c' }), workspacePaictl: [], envPath: '', home: '/root' }, fs);
    assert.deepEqual(r, { python: '/opt/py27/bin/python', paictl: '/opt/pai/paictl.py', kubeconfig: '/root/.kube/c', paictlSource: 'setting' });
  });

  it('a missing interpreter names the setting and the PATH searched', () => {
    const r = resolvePaictl({ settings: settings({}), workspacePaictl: [], envPath: '/bin', home: '/root' }, probe([DEVBOX_PAICTL], []));
    assert.ok('setting' in r);
    if ('setting' in r) {
      assert.equal(r.setting, 'openpai.paictl.python');
      assert.match(r.message, /no "python" on the PATH of this VS Code \(\/bin\)/);
      assert.match(r.message, /Python 2\.7/);
    }
  });

  it('a missing paictl.py names the setting', () => {
    const fs = probe([], ['/usr/bin/python3']);
    const configured = resolvePaictl({ settings: settings({ python: 'python3', paictlPath: '/nope/paictl.py' }), workspacePaictl: [], envPath: '/usr/bin', home: '/' }, fs);
    assert.deepEqual(configured, { setting: 'openpai.paictl.path', message: 'Cannot run paictl: openpai.paictl.path names /nope/paictl.py, which does not exist.' });
    const nowhere = resolvePaictl({ settings: settings({ python: 'python3' }), workspacePaictl: [], envPath: '/usr/bin', home: '/' }, fs);
    assert.ok('setting' in nowhere && nowhere.setting === 'openpai.paictl.path' && /none at \/pai\/paictl\.py/.test(nowhere.message));
  });
});

describe('deploy: pylon restarts when what it reads at start changed', () => {
  const config = (marketplace: string, restPort = '9292', webPort = '9293') => yaml(
    'cluster:', '  common:', `    marketplace: ${marketplace}`,
    'marketplace-restserver:', `  server-port: ${restPort}`, 'marketplace-webportal:', `  server-port: ${webPort}`,
  );
  const now = pylonInputs(config('"true"'), layoutWithMaster('10.0.0.1'));
  const cluster = (inputs: PylonInputs): Baseline => ({ source: 'cluster', inputs });
  it('nothing to compare with: pylon too', () => {
    assert.equal(pylonDecision(now, []).withPylon, true);
  });
  it('all unchanged since the cluster\'s copy: webportal only', () => {
    const d = pylonDecision(now, [cluster(pylonInputs(config("'true'"), layoutWithMaster('10.0.0.1')))]);
    assert.equal(d.withPylon, false);
    assert.match(d.reason, /unchanged since the cluster's copy/);
  });
  it('the switch changed, saying from what to what; a YAML boolean and the string differ', () => {
    const d = pylonDecision(now, [cluster(pylonInputs(config('false'), layoutWithMaster('10.0.0.1')))]);
    assert.equal(d.withPylon, true);
    assert.match(d.reason, /cluster\.common\.marketplace false → "true" changed since the cluster's copy/);
    assert.equal(pylonDecision(now, [cluster(pylonInputs(config('true'), layoutWithMaster('10.0.0.1')))]).withPylon, true);
  });
  it('a marketplace server-port changed: pylon too', () => {
    const d = pylonDecision(now, [cluster(pylonInputs(config('"true"', '9300'), layoutWithMaster('10.0.0.1')))]);
    assert.equal(d.withPylon, true);
    assert.match(d.reason, /marketplace-restserver\.server-port "9300" → "9292"/);
    assert.equal(pylonDecision(now, [cluster(pylonInputs(config('"true"', '"9292"'), layoutWithMaster('10.0.0.1')))]).withPylon, false, '9292 and "9292" make the same URI');
    assert.equal(pylonDecision(now, [cluster(pylonInputs(config('"true"', '9292', '9400'), layoutWithMaster('10.0.0.1')))]).withPylon, true);
  });
  it("the master's hostip changed: pylon too", () => {
    const d = pylonDecision(now, [cluster(pylonInputs(config('"true"'), layoutWithMaster('10.0.0.9')))]);
    assert.equal(d.withPylon, true);
    assert.match(d.reason, /master hostip "10\.0\.0\.9" → "10\.0\.0\.1"/);
  });
  it('the cluster\'s copy unchanged, but pylon was last started here with other values: pylon too', () => {
    const same = pylonInputs(config('"true"'), layoutWithMaster('10.0.0.1'));
    const before = pylonInputs(config('"false"'), layoutWithMaster('10.0.0.1'));
    assert.equal(pylonDecision(now, [cluster(same), { source: 'started', inputs: before }]).withPylon, true);
  });
  it('records survive the workspace state (JSON); an old record of another shape counts as none', () => {
    assert.deepEqual(parseInputs(storedInputs(now)), now);
    assert.equal(parseInputs('"\\"true\\""'), undefined);
    assert.equal(parseInputs('not json'), undefined);
  });
});

describe('deploy: a sequence stops at the first step that did not succeed', () => {
  const plan: PlannedStep[] = [
    { step: 'push', argv: ['p'] }, { step: 'start-marketplace', argv: ['s'] },
    { step: 'stop-webportal', argv: ['w1'], withPylon: true }, { step: 'start-webportal', argv: ['w2'], withPylon: true },
  ];
  const ok = { exitCode: 0, status: 'succeeded' as const };
  it('runs every step when each succeeds', async () => {
    const ran: string[] = [];
    const r = await runSequence('Deploy Marketplace', plan, { run: async p => { ran.push(p.argv[0]); return ok; }, isCancelled: () => false });
    assert.equal(r.status, 'succeeded');
    assert.equal(r.failedStep, undefined);
    assert.deepEqual(ran, ['p', 's', 'w1', 'w2']);
  });
  it('stops after a failing step and names it (paictl\'s words) and what did not run', async () => {
    const ran: string[] = [];
    const r = await runSequence('Deploy Marketplace', plan, { run: async p => { ran.push(p.argv[0]); return p.argv[0] === 's' ? { exitCode: 3, status: 'failed' } : ok; }, isCancelled: () => false });
    assert.equal(r.status, 'failed');
    assert.deepEqual(ran, ['p', 's']);
    assert.equal(r.failedStep, 'service start');
    assert.equal(r.message, "Deploy Marketplace stopped: step 2 of 4 (start the marketplace services) failed with exit code 3; paictl's output is in the terminal. Not run: stop webportal and pylon, start pylon and webportal.");
  });
  it('a step that did nothing stops the sequence and says why', async () => {
    const r = await runSequence('Delete Marketplace Services', [{ step: 'delete-marketplace', argv: ['d'] }],
      { run: async () => ({ exitCode: 0, status: 'nothing-done', reason: 'paictl was answered N; nothing was deleted.' }), isCancelled: () => false });
    assert.equal(r.status, 'nothing-done');
    assert.equal(r.failedStep, 'service delete');
    assert.equal(r.message, 'Delete Marketplace Services: delete the marketplace services did nothing (paictl exited 0). paictl was answered N; nothing was deleted.');
  });
  it('the argv that really ran is reported (a staged push folder)', async () => {
    const r = await runSequence('Push Configuration', [{ step: 'push', argv: ['python', 'paictl.py', 'config', 'push', '-p', '/a b'] }],
      { run: async () => ({ ...ok, argv: ['python', 'paictl.py', 'config', 'push', '-p', '/tmp/openpai-push-x'] }), isCancelled: () => false });
    assert.deepEqual(r.steps[0].argv.slice(-1), ['/tmp/openpai-push-x']);
  });
  it('cancel stops before the next step', async () => {
    let cancelled = false;
    const r = await runSequence('Deploy Marketplace', plan, { run: async () => { cancelled = true; return { status: 'failed' }; }, isCancelled: () => cancelled });
    assert.equal(r.status, 'cancelled');
    assert.equal(r.failedStep, 'config push');
    assert.equal(r.steps.length, 1);
  });
});

describe('deploy: which URIs Check Marketplace requests', () => {
  const base = (extra: string[]) => yaml(
    'cluster:', '  common:', '    marketplace: "true"', '  docker-registry:', '    tag: v1.6.0',
    'pylon:', '  port: 80', ...extra,
  );
  const layout = (name: string) => name === 'layout.yaml' ? layoutWithMaster('10.1.2.3') : undefined;
  it('the written URIs, with a relative plugin uri made absolute on the pylon origin', () => {
    const t = checkTargets(base([
      'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: /marketplace/plugin.js',
      'marketplace-webportal:', '  marketplace_api_uri: http://10.1.2.3/marketplace/api',
    ]), '/c/services-configuration.yaml', layout);
    assert.equal(t.api?.uri, 'http://10.1.2.3/marketplace/api');
    assert.equal(t.plugin?.uri, 'http://10.1.2.3/marketplace/plugin.js');
    assert.deepEqual(t.missing, []);
  });
  it('v1.6+ defaults through pylon when nothing is written', () => {
    const t = checkTargets(base([]), '/c/services-configuration.yaml', layout);
    assert.equal(t.api?.uri, 'http://10.1.2.3/marketplace/api');
    assert.equal(t.plugin?.uri, 'http://10.1.2.3/marketplace/plugin.js');
  });
  it('without a master nor URIs: says what is missing', () => {
    const t = checkTargets(base([]), '/c/services-configuration.yaml', () => undefined);
    assert.equal(t.api, undefined);
    assert.equal(t.missing.length, 2);
  });
});
