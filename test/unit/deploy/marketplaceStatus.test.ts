import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsArgs, logsArgs, podsArgs } from '../../../src/deploy/kubectl/args';
import { completeDiagnosis, diagnosePod, listItems, redactLog, type Pod } from '../../../src/deploy/kubectl/podStatus';
import { marketplaceStatus, type KubectlRunner } from '../../../src/deploy/kubectl/status';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'kubectl');
const FAKE = join(FIXTURES, 'kubectl-fake.js');

/** Runs the fake kubectl as the extension runs kubectl: an argument vector, no shell. */
function fakeKubectl(scenario: string, calls: string[][] = []): KubectlRunner {
  return args => new Promise((resolve, reject) => {
    calls.push(args);
    execFile(process.execPath, [FAKE, ...args], { env: { ...process.env, OPENPAI_FAKE_KUBECTL_PODS: scenario } }, (err, stdout, stderr) => {
      if (err) { reject(new Error(stderr.trim() || err.message)); } else { resolve(stdout); }
    });
  });
}

describe('marketplace status (kubectl)', () => {
  it('argument vectors: the app label set, events by pod name, the last 20 log lines, --kubeconfig first', () => {
    assert.deepEqual(podsArgs(), ['get', 'pods', '-l', 'app in (marketplace-db,marketplace-restserver,marketplace-webportal)', '-o', 'json']);
    assert.deepEqual(podsArgs('/home/me/.kube/pai config'), ['--kubeconfig', '/home/me/.kube/pai config', 'get', 'pods', '-l', 'app in (marketplace-db,marketplace-restserver,marketplace-webportal)', '-o', 'json']);
    assert.deepEqual(eventsArgs('marketplace-db-ds-m2vnc'), ['get', 'events', '--field-selector', 'involvedObject.name=marketplace-db-ds-m2vnc', '-o', 'json']);
    assert.deepEqual(logsArgs('p', ' '), ['logs', 'p', '--tail', '20']);
  });

  it('CrashLoopBackOff with the port in use in its logs, ImagePullBackOff with the image, a ready db', async () => {
    const calls: string[][] = [];
    const status = await marketplaceStatus(fakeKubectl('crash-and-pull', calls));
    const [db, rs, wp] = status.services;
    assert.deepEqual(db, { name: 'marketplace-db', ready: true });
    assert.equal(rs.name, 'marketplace-restserver');
    assert.equal(rs.ready, false);
    assert.equal(rs.reason, 'PortInUse');
    assert.match(rs.detail ?? '', /Error: listen EADDRINUSE: address already in use :::9292/);
    assert.match(rs.detail ?? '', /keeps crashing: 9 restarts \(last exit code 1, Error\)/);
    assert.match(rs.detail ?? '', /last log lines:\n/);
    assert.deepEqual({ name: wp.name, ready: wp.ready, reason: wp.reason }, { name: 'marketplace-webportal', ready: false, reason: 'ImagePullBackOff' });
    assert.match(wp.detail ?? '', /^cannot pull the image openpai\/pai-marketplace-webportal:v1\.8\.1/);
    assert.match(wp.detail ?? '', /Failed: Failed to pull image .*manifest unknown/);
    assert.deepEqual(calls.map(c => c.slice(0, 2)), [['get', 'pods'], ['logs', 'marketplace-restserver-ds-q9wzm'], ['get', 'events']]);
  });

  it('a crash without a port problem stays CrashLoopBackOff, with the last log lines', () => {
    const pods = listItems<Pod>(readFileSync(join(FIXTURES, 'pods-crash-and-pull.json'), 'utf8'));
    const d = diagnosePod(pods[1]);
    const logs = 'Executing (default): SELECT 1+1 AS result\nSequelizeConnectionError: password authentication failed for user "user"\n';
    const done = completeDiagnosis(d, undefined, logs);
    assert.equal(done.reason, 'CrashLoopBackOff');
    assert.match(done.detail, /last log lines:\nExecuting \(default\): SELECT 1\+1 AS result\nSequelizeConnectionError: password authentication failed for user "user"$/);
  });

  it('Pending: the scheduler\'s reason; a service with no pod at all', async () => {
    const status = await marketplaceStatus(fakeKubectl('pending'));
    const [db, rs, wp] = status.services;
    assert.equal(db.reason, 'Unschedulable');
    assert.match(db.detail ?? '', /0\/3 nodes are available: 1 Insufficient memory/);
    assert.match(db.detail ?? '', /FailedScheduling: /);
    assert.deepEqual(rs, { name: 'marketplace-restserver', ready: true });
    assert.equal(wp.reason, 'NoPods');
    assert.match(wp.detail ?? '', /paictl service start -n marketplace-webportal/);
  });

  it('no pods at all: every service NoPods', async () => {
    const status = await marketplaceStatus(fakeKubectl('none'));
    assert.deepEqual(status.services.map(s => [s.name, s.ready, s.reason]), [
      ['marketplace-db', false, 'NoPods'], ['marketplace-restserver', false, 'NoPods'], ['marketplace-webportal', false, 'NoPods'],
    ]);
  });

  it('kubectl failing to list pods rejects with its message; not JSON is one line', async () => {
    await assert.rejects(marketplaceStatus(() => Promise.reject(new Error('The connection to the server localhost:8080 was refused'))), /connection to the server/);
    await assert.rejects(marketplaceStatus(() => Promise.resolve('No resources found in default namespace.\n')), /not JSON/);
  });

  it('log lines never carry a connection string\'s password', () => {
    assert.equal(redactLog('connect postgresql://user:s3cret@10.0.0.1:9291/marketplace failed'), 'connect postgresql://user:********@10.0.0.1:9291/marketplace failed');
  });
});
