import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_URL } from '../../src/core/rule-docs';
import { RULES } from '../../src/core/rules';

interface Setting { items?: { enum?: string[]; markdownEnumDescriptions?: string[] }; scope?: string }
const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, Setting> }[]; yamlValidation?: unknown; commands: { command: string; category?: string }[] };
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
  extensionKind: string[];
};
const settings = Object.assign({}, ...manifest.contributes.configuration.map(c => c.properties)) as Record<string, Setting>;

describe('package.json manifest', () => {
  it('names the repository the rule links point at', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { repository: { url: string } };
    assert.equal(pkg.repository.url, REPOSITORY_URL);
  });

  it('offers exactly the rule codes, with the rules\' own descriptions, in openpai.rules.disabled', () => {
    const items = settings['openpai.rules.disabled'].items!;
    assert.deepEqual(items.enum, RULES.map(r => r.code));
    assert.deepEqual(items.markdownEnumDescriptions, RULES.map(r => r.description));
  });
  it('never activates on everything, and does not hand the schema to another YAML extension', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.equal(manifest.contributes.yamlValidation, undefined);
  });
  it('keeps executable paths out of workspace hands', () => {
    for (const key of ['openpai.paictl.path', 'openpai.paictl.python', 'openpai.kubectl.path']) {
      assert.equal(settings[key].scope, 'machine', key);
      assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(key), key);
    }
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.extensionKind, ['workspace']);
  });
  it('puts every public command in the OpenPAI category', () => {
    const english = JSON.parse(readFileSync(join(__dirname, '../../package.nls.json'), 'utf8')) as Record<string, string>;
    const resolved = (s: string | undefined) => s?.replace(/^%([\w.-]+)%$/, (_, k: string) => english[k] ?? s);
    for (const c of manifest.contributes.commands.filter(x => !x.command.startsWith('openpai._'))) { assert.equal(resolved(c.category), 'OpenPAI', c.command); }
  });
});
