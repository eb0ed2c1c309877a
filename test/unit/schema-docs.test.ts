import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { childKeysAt, describeVersions, isClosedAt, schemaInfoAt, snippetsAt, versionApplies } from '../../src/core/schema-docs';

describe('schema-docs', () => {
  it('describes a nested key: azure_storage.type', () => {
    const info = schemaInfoAt(['marketplace-restserver', 'azure_storage', 'type'])!;
    assert.equal(info.key, 'type');
    assert.deepEqual(info.path, ['marketplace-restserver', 'azure_storage', 'type']);
    assert.equal(info.title, 'Storage type');
    assert.match(info.markdownDescription!, /\*\*Required\*\* inside `azure_storage`/);
    assert.deepEqual(info.types, ['string']);
    assert.equal(info.hasDefault, true);
    assert.equal(info.default, 'blob');
    assert.deepEqual(info.enum, ['blob']);
    assert.equal(info.enumDescriptions?.length, 1);
    assert.equal(info.versions, '>=1.4');
    assert.equal(info.required, true);
    assert.equal(info.computed, false);
  });

  it('describes list items through any index: webportal.plugins[n]', () => {
    const uri = schemaInfoAt(['webportal', 'plugins', 0, 'uri'])!;
    assert.equal(uri.title, 'Plugin script URI');
    assert.equal(uri.required, true);
    assert.deepEqual(uri.path, ['webportal', 'plugins', '*', 'uri']);
    assert.equal(schemaInfoAt(['webportal', 'plugins', 7, 'id'])!.required, false);
    assert.equal(schemaInfoAt(['webportal', 'plugins', 2])!.closed, true);
  });

  it('gives union types, defaults and versions', () => {
    const port = schemaInfoAt(['marketplace-db', 'port'])!;
    assert.deepEqual(port.types, ['integer', 'string']);
    assert.equal(port.default, 9291);
    assert.equal(port.expect, 'a port number from 1 to 65535');
    assert.equal(schemaInfoAt(['marketplace-restserver', 'idp_url'])!.versions, '>=1.6');
    const flag = schemaInfoAt(['cluster', 'common', 'marketplace'])!;
    assert.deepEqual(flag.enum, ['true', 'false']);
    assert.equal(flag.enumDescriptions?.length, 2);
    assert.equal(flag.hasDefault, false);
    assert.match(flag.paictl!, /compared with the string 'true'/);
  });

  it('marks computed keys as deprecated', () => {
    const host = schemaInfoAt(['marketplace-db', 'host'])!;
    assert.equal(host.computed, true);
    assert.match(host.deprecated!, /overwrites/);
  });

  it('knows nothing about keys outside the schema', () => {
    assert.equal(schemaInfoAt(['grafana']), undefined);
    assert.equal(schemaInfoAt(['marketplace-db', 'nope']), undefined);
    assert.deepEqual(childKeysAt(['grafana']), []);
  });

  it('lists child keys for completion, computed keys last', () => {
    assert.deepEqual(childKeysAt(['marketplace-db']).map(i => i.key),
      ['user', 'passwd', 'db', 'port', 'max-connection', 'data-path', 'service_type', 'host', 'connection-str']);
    const top = childKeysAt([]).map(i => i.key);
    for (const k of ['cluster', 'rest-server', 'marketplace-db', 'marketplace-restserver', 'marketplace-webportal', 'webportal', 'pylon']) { assert.ok(top.includes(k), k); }
    assert.equal(childKeysAt([]).find(i => i.key === 'rest-server')!.required, true);
    assert.deepEqual(childKeysAt(['webportal', 'plugins', 0]).map(i => [i.key, i.required]), [['id', false], ['title', true], ['uri', true], ['config', false]]);
  });

  it('says which mappings report unknown keys', () => {
    assert.equal(isClosedAt(['marketplace-webportal']), true);
    assert.equal(isClosedAt(['marketplace-restserver', 'azure_storage']), true);
    assert.equal(isClosedAt(['webportal']), false);
    assert.equal(isClosedAt([]), false);
  });

  it('renders snippets as YAML lines that parse back to the body', () => {
    const [oneSwitch] = snippetsAt([]);
    assert.deepEqual(oneSwitch.lines, ['cluster:', '  common:', "    marketplace: 'true'"]);
    const plugin = snippetsAt(['webportal', 'plugins'])[0];
    assert.deepEqual(plugin.lines, ['- id: marketplace', '  title: Marketplace', '  uri: https://${1:cluster-host}/marketplace/plugin.js']);
    for (const path of [[], ['marketplace-restserver'], ['marketplace-db'], ['pylon', 'ssl']]) {
      for (const s of snippetsAt(path)) {
        assert.ok(s.label);
        assert.deepEqual(parse(s.lines.join('\n')), s.body, s.label);
      }
    }
    assert.ok(snippetsAt(['marketplace-restserver']).some(s => s.lines.includes('  connection_strings:')));
    assert.deepEqual(snippetsAt(['grafana']), []);
  });

  it('compares version ranges', () => {
    assert.equal(versionApplies('>=1.6', '1.5'), false);
    assert.equal(versionApplies('>=1.6', '1.6'), true);
    assert.equal(versionApplies('<=1.5', '1.8'), false);
    assert.equal(versionApplies('>=1.4 <=1.7', '1.7'), true);
    assert.equal(versionApplies(undefined, '1.4'), true);
    assert.equal(describeVersions('>=1.8'), 'v1.8 and later');
  });
});
