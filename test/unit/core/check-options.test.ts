/** One CheckOptions builder for the editor, fix-all, the push gate and the CLI (core/check-options.ts). */
import * as assert from 'node:assert/strict';
import { check } from '../../../src/core/check';
import { checkOptions } from '../../../src/core/check-options';
import { yaml } from '../helpers';

const reader = () => undefined;
const secret = () => 'generated';
const brokenSwitch = yaml('cluster:', '  common:', '    marketplace: true', '    cluster-id: [pai');

describe('check options (core/check-options.ts)', () => {
  it('passes what the user chose through', () => {
    assert.deepEqual(checkOptions({ fileName: '/c/services-configuration.yaml', paiVersion: '1.6', disabled: ['schema'], readSibling: reader, newSecret: secret }), {
      fileName: '/c/services-configuration.yaml', paiVersion: '1.6', disabled: ['schema'], readSibling: reader, newSecret: secret,
    });
  });

  it('defaults: version auto, no rule disabled, every rule runs', () => {
    assert.deepEqual(checkOptions({ fileName: 'f.yaml' }), { fileName: 'f.yaml', paiVersion: 'auto', disabled: [] });
  });

  it('showing with openpai.validate.enable false runs no rule; a push runs them all the same', () => {
    assert.deepEqual(checkOptions({ fileName: 'f.yaml', enabled: false }).rules, []);
    assert.equal(checkOptions({ fileName: 'f.yaml', enabled: false }, 'push').rules, undefined);
    assert.ok(check(brokenSwitch, checkOptions({ fileName: 'f.yaml', enabled: false }, 'push')).findings.some(f => f.code === 'syntax'));
    assert.deepEqual(check(brokenSwitch, checkOptions({ fileName: 'f.yaml', enabled: false })).findings, []);
  });

  it('a push honours openpai.rules.disabled except syntax; showing honours syntax too', () => {
    assert.deepEqual(checkOptions({ fileName: 'f.yaml', disabled: ['syntax', 'schema'] }, 'push').disabled, ['schema']);
    assert.deepEqual(checkOptions({ fileName: 'f.yaml', disabled: ['syntax', 'schema'] }).disabled, ['syntax', 'schema']);
  });

  it('the version paictl deploys wins over the setting', () => {
    assert.equal(checkOptions({ fileName: 'f.yaml', paiVersion: '1.6', deploys: '1.8' }, 'push').paiVersion, '1.8');
  });
});
