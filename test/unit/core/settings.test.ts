/** core/settings.ts is the one reader of `openpai.*`, and package.json declares exactly what it reads. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MACHINE_SETTING_KEYS, readSettings, SETTING_KEYS, SETTINGS, settingKey, type OpenPaiSettings } from '../../../src/core/settings';

const ROOT = join(__dirname, '../../..');
interface Declared { default?: unknown; scope?: string }
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, Declared> }[] };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
};
const declared: Record<string, Declared> = Object.assign({}, ...manifest.contributes.configuration.map(c => c.properties));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

describe('settings (core/settings.ts)', () => {
  it('reads every setting package.json declares, and no other', () => {
    assert.deepEqual([...SETTING_KEYS].sort(), Object.keys(declared).sort());
  });

  it('has the defaults package.json declares', () => {
    for (const name of Object.keys(SETTINGS) as (keyof OpenPaiSettings)[]) {
      assert.deepEqual(SETTINGS[name].default, declared[settingKey(name)].default, settingKey(name));
    }
  });

  it('the program paths, and only they, are machine-scoped and restricted in untrusted workspaces', () => {
    const machine = Object.keys(declared).filter(k => declared[k].scope === 'machine');
    assert.deepEqual([...MACHINE_SETTING_KEYS].sort(), machine.sort());
    assert.deepEqual([...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(), machine.sort());
  });

  it('gives the defaults for an empty configuration', () => {
    assert.deepEqual(readSettings({ get: () => undefined }), {
      paiVersion: 'auto', files: [], rulesDisabled: [], validateEnable: true,
      configFolder: '', paictlPath: '', paictlPython: 'python', paictlKubeconfig: '', kubectlPath: 'kubectl',
      deployOfferCompare: true, deployStatusAfterSeconds: 60,
    });
  });

  it('reads values by their keys under openpai, and a value of the wrong type as the default', () => {
    const values: Record<string, unknown> = {
      paiVersion: '1.6', files: ['a.yaml', 3], 'rules.disabled': ['schema'], 'validate.enable': false,
      configFolder: 7, 'paictl.path': '/opt/pai/paictl.py', 'paictl.python': null, 'kubectl.path': '/usr/bin/kubectl',
      'deploy.offerCompare': false, 'deploy.statusAfterSeconds': -5,
    };
    const s = readSettings({ get: key => values[key] });
    assert.deepEqual(s, {
      paiVersion: '1.6', files: ['a.yaml'], rulesDisabled: ['schema'], validateEnable: false,
      configFolder: '', paictlPath: '/opt/pai/paictl.py', paictlPython: 'python', paictlKubeconfig: '', kubectlPath: '/usr/bin/kubectl',
      deployOfferCompare: false, deployStatusAfterSeconds: 60,
    });
    assert.equal(readSettings({ get: key => key === 'paiVersion' ? '2.0' : undefined }).paiVersion, 'auto');
  });

  it('a default is never shared between reads (a caller may change what it got)', () => {
    const a = readSettings({ get: () => undefined });
    a.rulesDisabled.push('schema');
    assert.deepEqual(readSettings({ get: () => undefined }).rulesDisabled, []);
  });

  it('only the two face adapters ask VS Code for the configuration', () => {
    const callers = files(join(ROOT, 'src')).filter(f => /getConfiguration\(/.test(readFileSync(f, 'utf8'))).map(f => relative(ROOT, f));
    assert.deepEqual(callers.sort(), ['src/deploy/settings.ts', 'src/editor/settings.ts']);
  });
});
