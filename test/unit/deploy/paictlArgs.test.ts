import * as assert from 'node:assert/strict';
import { COMMAND_STEPS, paictlArgs, STEPS, stepLabel, type Step } from '../../../src/deploy/paictlArgs';

const folder = "/home/admin/cluster cfg/it's $(rm -rf ~)";

describe('deploy: paictl argument lists', () => {
  const expected: Record<Step, string[]> = {
    'push': ['config', 'push', '-p', folder, '-m', 'service'],
    'pull': ['config', 'pull', '-o', folder],
    'get-id': ['config', 'get-id'],
    'start-marketplace': ['service', 'start', '-n', 'marketplace-db', 'marketplace-restserver', 'marketplace-webportal'],
    'stop-marketplace': ['service', 'stop', '-n', 'marketplace-webportal', 'marketplace-restserver', 'marketplace-db'],
    'delete-marketplace': ['service', 'delete', '-n', 'marketplace-webportal', 'marketplace-restserver', 'marketplace-db'],
    'stop-webportal': ['service', 'stop', '-n', 'webportal'],
    'start-webportal': ['service', 'start', '-n', 'webportal'],
  };
  for (const step of STEPS) {
    it(`${step}: exact list, the folder one element`, () => {
      assert.deepEqual(paictlArgs(step, { configFolder: folder }), expected[step]);
    });
  }

  it('push always passes -m service (the default -m all needs the kubernetes files too)', () => {
    assert.deepEqual(paictlArgs('push', { configFolder: '/c' }).slice(-2), ['-m', 'service']);
  });

  it('-c <kubeconfig> goes after the subcommand, before -n (whose list is open-ended)', () => {
    const k = '/root/.kube/my config';
    assert.deepEqual(paictlArgs('push', { configFolder: '/c', kubeconfig: k }), ['config', 'push', '-p', '/c', '-m', 'service', '-c', k]);
    assert.deepEqual(paictlArgs('pull', { configFolder: '/c', kubeconfig: k }), ['config', 'pull', '-o', '/c', '-c', k]);
    assert.deepEqual(paictlArgs('get-id', { configFolder: '/c', kubeconfig: k }), ['config', 'get-id', '-c', k]);
    assert.deepEqual(paictlArgs('start-marketplace', { configFolder: '/c', kubeconfig: k }),
      ['service', 'start', '-c', k, '-n', 'marketplace-db', 'marketplace-restserver', 'marketplace-webportal']);
    assert.deepEqual(paictlArgs('delete-marketplace', { configFolder: '/c', kubeconfig: k }),
      ['service', 'delete', '-c', k, '-n', 'marketplace-webportal', 'marketplace-restserver', 'marketplace-db']);
  });

  it('an empty or blank kubeconfig is left out', () => {
    assert.deepEqual(paictlArgs('get-id', { configFolder: '/c', kubeconfig: '' }), ['config', 'get-id']);
    assert.deepEqual(paictlArgs('get-id', { configFolder: '/c', kubeconfig: '  ' }), ['config', 'get-id']);
  });

  it('restart with pylon: stop webportal and pylon, start pylon then webportal', () => {
    assert.deepEqual(paictlArgs('stop-webportal', { configFolder: '/c', withPylon: true }), ['service', 'stop', '-n', 'webportal', 'pylon']);
    assert.deepEqual(paictlArgs('start-webportal', { configFolder: '/c', withPylon: true }), ['service', 'start', '-n', 'pylon', 'webportal']);
    assert.equal(stepLabel('start-webportal', true), 'start pylon and webportal');
  });

  it('Deploy is the doc sequence: push, start the three services, stop and start webportal', () => {
    assert.deepEqual(COMMAND_STEPS.deployMarketplace, ['push', 'start-marketplace', 'stop-webportal', 'start-webportal']);
    assert.deepEqual(COMMAND_STEPS.restartWebportal, ['stop-webportal', 'start-webportal']);
  });
});
