import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, findings, run, textAt, yaml, said } from '../helpers';

const HEAD = ['rest-server: {}', 'cluster:', '  common:', "    marketplace: 'true'", '    cluster-type: k8s'];
const file = (...lines: string[]) => yaml(...HEAD, ...lines);
const schema = (text: string, paiVersion: '1.4' | '1.5' | '1.6' | '1.7' | '1.8' = '1.8') => findings(text, 'schema', { paiVersion });

describe('schema', () => {
  describe('unknown keys in the marketplace sections', () => {
    it('marks the misspelled key, says paictl ignores it, and renames just the key', () => {
      const text = file('marketplace-restserver:', '  db_user: alice   # keep', '  db_pasword: s3cret # typo');
      const [f, ...rest] = schema(text);
      assert.deepEqual(rest, []);
      assert.equal(f.severity, 'warning');
      assert.equal(textAt(text, f.range), 'db_pasword');
      assert.match(said(f), /paictl silently ignores/);
      assert.match(f.message, /: did you mean `db_password`\?$/);
      assert.doesNotMatch(f.message, /must NOT have additional properties/);
      assert.equal(f.fixes.filter(x => x.preferred).length, 1);
      assert.deepEqual(f.fixes[0].edits.map(e => textAt(text, e.range)), ['db_pasword']);
      const fixed = assertFixResolves(text, 'schema', { paiVersion: '1.8' });
      assert.equal(fixed, text.replace('db_pasword:', 'db_password:'));
    });

    it('suggests marketplace_api_uri for marketplace_api_url and server-port for serverport', () => {
      const text = file('marketplace-webportal:', '  marketplace_api_url: http://10.0.0.1:9292', '  serverport: 9293');
      const [url, port] = schema(text);
      assert.equal(textAt(text, url.range), 'marketplace_api_url');
      assert.equal(applyFix(text, url), text.replace('marketplace_api_url:', 'marketplace_api_uri:'));
      assert.equal(textAt(text, port.range), 'serverport');
      assert.equal(applyFix(text, port), text.replace('serverport:', 'server-port:'));
    });

    it('names a pasted blob of a key short in the message and in data.path, and exactly at its range', () => {
      const blob = 'k'.repeat(5000);
      const text = file('marketplace-webportal:', `  ? ${blob}`, '  : x');
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), blob);
      assert.match(f.message, /^`k{57}\.\.\.` is not a key/);
      assert.equal(f.data?.path, `marketplace-webportal.${'k'.repeat(997)}...`);
      const short = schema(file('marketplace-webportal:', `  ${'k'.repeat(900)}: x`))[0];
      assert.equal(short.data?.path, `marketplace-webportal.${'k'.repeat(900)}`);
    });

    it('keeps the key\'s quotes when renaming', () => {
      const text = file('marketplace-db:', "  'password': x", '  "usr": y');
      const [passwd, user] = schema(text);
      assert.equal(textAt(text, passwd.range), "'password'");
      assert.equal(applyFix(text, passwd), text.replace("'password'", "'passwd'"));
      assert.equal(applyFix(text, user), text.replace('"usr"', '"user"'));
    });

    it('does not suggest a key that is already there, and lists the known keys instead', () => {
      const text = file('marketplace-webportal:', '  server-port: 9293', '  serverport: 9294');
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), 'serverport');
      assert.deepEqual(f.fixes, []);
      assert.match(said(f), /Known keys: `marketplace_api_uri`, `api-port`, `server-port`/);
    });

    it('flags unknown keys in azure_storage and in plugin entries, in flow mappings too', () => {
      const text = file(
        'marketplace-restserver:',
        "  azure_storage: {type: blob, storage_account: acct, connection_strings: [], container: x}",
        'webportal:', '  plugins:', '  - {id: marketplace, title: Marketplace, uri: /marketplace/plugin.js, icon: x}',
      );
      const [storage, plugin] = schema(text);
      assert.equal(textAt(text, storage.range), 'container');
      assert.match(storage.message, /`marketplace-restserver.azure_storage`/);
      assert.equal(textAt(text, plugin.range), 'icon');
      assert.match(plugin.message, /`webportal.plugins\[0\]`/);
    });

    it('stays silent about unknown keys outside the marketplace sections', () => {
      const text = file(
        '    data-path: /datastorage', '  docker-registry:', '    tag: v1.8.0', '    mirror: x',
        'webportal:', '  server-port: 9286', '  log-type: yarn',
        'pylon:', '  port: 80', '  webhdfs-legacy-port: 50070', '  ssl:', '    crt_name: a.crt', '    crt_path: /a.crt', '    key_name: a.key', '    key_path: /a.key', '    extra: 1',
        'grafana:', '  port: 3000', 'alert-manager:', '  port: 9093',
      );
      assert.deepEqual(schema(text), []);
    });
  });

  describe('near misses of keys that matter, where other keys are allowed', () => {
    it('renames the seed doc\'s `market` to `marketplace`', () => {
      const text = yaml('rest-server: {}', 'cluster:', '  common:', "    market: 'true'");
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), 'market');
      assert.equal(f.severity, 'warning');
      assert.match(said(f), /: did you mean `marketplace`\?/);
      assert.equal(assertFixResolves(text, 'schema', { paiVersion: '1.8' }), text.replace('market:', 'marketplace:'));
    });

    it('renames a misspelled section and webportal.plugin', () => {
      const text = file('marketplace_db:', '  user: alice', 'webportal:', '  plugin: []');
      const [section, plugins] = schema(text);
      assert.equal(textAt(text, section.range), 'marketplace_db');
      assert.equal(applyFix(text, section), text.replace('marketplace_db:', 'marketplace-db:'));
      assert.equal(textAt(text, plugins.range), 'plugin');
      assert.equal(applyFix(text, plugins), text.replace('plugin:', 'plugins:'));
    });
  });

  describe('values', () => {
    it('marks an out-of-range plugin server port on the value, once, as an error', () => {
      const text = file('marketplace-webportal:', '  server-port: 80 # too low');
      const found = schema(text);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'error');
      assert.equal(textAt(text, found[0].range), '80');
      assert.match(found[0].message, /`marketplace-webportal.server-port` must be a port number from 8000 to 65535, not `80`/);
      assert.match(said(found[0]), /refuses to start/);
    });

    it('accepts ports as integers or quoted numbers, and folds the alternatives into one finding', () => {
      assert.deepEqual(schema(file('marketplace-webportal:', "  server-port: '9293'", 'marketplace-db:', '  port: 9291', 'pylon:', '  port: "8080"')), []);
      const text = file('marketplace-db:', '  port: abc', 'pylon:', "  port: '65536'");
      const found = schema(text);
      assert.deepEqual(found.map(f => textAt(text, f.range)), ['abc', "'65536'"]);
      assert.doesNotMatch(found[0].message, /anyOf|must match/);
    });

    it('leaves a relative data-path to the data-path rule, which reports it once', () => {
      const text = file('marketplace-db:', '  data-path: mnt/marketplace');
      assert.deepEqual(schema(text), []);
      const [f, ...rest] = run(text).findings.filter(x => textAt(text, x.range) === 'mnt/marketplace');
      assert.deepEqual(rest, []);
      assert.equal(f.code, 'data-path');
      assert.match(f.message, /absolute path/);
    });

    it('quotes a tag written as a number, keeping what was written', () => {
      const text = file('  docker-registry:', '    tag: 1.10');
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), '1.10');
      assert.equal(assertFixResolves(text, 'schema', { paiVersion: '1.8' }), text.replace('tag: 1.10', "tag: '1.10'"));
    });

    it('fixes a one-value enum and a boolean written as a string', () => {
      const text = file('marketplace-db:', '  service_type: K8s');
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), 'K8s');
      assert.equal(assertFixResolves(text, 'schema', { paiVersion: '1.8' }), text.replace('K8s', 'k8s'));
      const flag = file('pylon:', "  deploy-service: 'false'");
      assert.equal(applyFix(flag, schema(flag)[0]), flag.replace("'false'", 'false'));
    });

    it('reports the string `True` for the switch (only the non-string case belongs to switch-not-string)', () => {
      const text = yaml('rest-server: {}', 'cluster:', '  common:', "    marketplace: 'True'");
      const [f] = schema(text);
      assert.equal(textAt(text, f.range), "'True'");
      assert.match(said(f), /exact string 'true'/);
    });

    it('reports webportal.plugins that is not a list, and a section that is not a mapping', () => {
      const text = file('webportal:', '  plugins: marketplace', 'marketplace-db: [user]');
      const found = schema(text);
      assert.deepEqual(found.map(f => textAt(text, f.range)), ['marketplace', '[user]']);
      assert.match(found[0].message, /`webportal.plugins` must be a list of plugin entries, not `marketplace`/);
      assert.match(said(found[1]), /`marketplace-db` must be a mapping, not a list\.\n.*every `paictl service` command then fails/);
    });
  });

  describe('missing keys', () => {
    it('marks pylon.ssl without certificate keys as an error without a fix', () => {
      const text = file('pylon:', '  ssl:', '    crt_name: a.crt', '    crt_path: /a.crt');
      const found = schema(text);
      assert.deepEqual(found.map(f => textAt(text, f.range)), ['ssl', 'ssl']);
      assert.deepEqual(found.map(f => f.severity), ['error', 'error']);
      assert.match(found[0].message, /`pylon.ssl` has no `key_name`/);
      assert.deepEqual(found[0].fixes, []);
    });
  });

  describe('keys with no effect', () => {
    it('leaves keys paictl computes to ignored-key, so each is reported once', () => {
      const text = file('marketplace-db:', '  host: 10.0.0.9', 'marketplace-webportal:', '  uri: http://10.0.0.1:9293');
      assert.deepEqual(schema(text), []);
      const all = run(text).findings.filter(f => ['host', 'uri'].includes(textAt(text, f.range)));
      assert.deepEqual(all.map(f => [f.code, textAt(text, f.range)]), [['ignored-key', 'host'], ['ignored-key', 'uri']]);
    });

    it('leaves keys the version does not read to ignored-key and pylon-ssl, once each', () => {
      const text = file('marketplace-restserver:', '  idp_url: http://10.0.0.1:9186', 'pylon:', '  ssl:', '    crt_name: a', '    crt_path: /a', '    key_name: b', '    key_path: /b', '    port: 8443');
      assert.deepEqual(schema(text, '1.5'), []);
      const on15 = run(text, { paiVersion: '1.5' }).findings.filter(f => ['idp_url', '8443'].includes(textAt(text, f.range)));
      assert.deepEqual(on15.map(f => [f.code, textAt(text, f.range)]), [['ignored-key', 'idp_url'], ['pylon-ssl', '8443']]);
    });

    it('says a v1.6 webportal flag is ignored on v1.4 instead of checking its value', () => {
      const text = file('webportal:', "  save-template: 'false'");
      const [f, ...rest] = schema(text, '1.4');
      assert.deepEqual(rest, []);
      assert.equal(textAt(text, f.range), 'save-template');
      assert.match(f.message, /v1.6 and later/);
    });
  });

  describe('problems another rule owns', () => {
    it('leaves them to that rule', () => {
      assert.deepEqual(schema(yaml('rest-server: {}', 'cluster:', '  common:', '    marketplace: true')), [], 'switch-not-string');
      assert.deepEqual(schema(yaml('cluster:', '  common:', "    marketplace: 'true'")), [], 'legacy-format (no rest-server)');
      assert.deepEqual(schema(yaml('rest-server: {}', 'cluster:', '  common:', '    cluster-type: yarn')), [], 'cluster-type');
      assert.deepEqual(schema(file('marketplace-db:', '#  user: x', 'marketplace-webportal:')), [], 'null-section');
      assert.deepEqual(schema(file('webportal:', '  marketplace: "false"', '  save-template: "no"')), [], 'webportal-flag');
      assert.deepEqual(schema(file('webportal:', '  plugins:', '  - uri: 7', '    id: 5', '  - marketplace')), [], 'plugin-entry');
      assert.deepEqual(schema(file('webportal:', '  plugins:')), [], 'plugin-entry (null plugins)');
      assert.deepEqual(schema(file('marketplace-restserver:', "  azure_storage_json: ''", '  azure_storage:', '    type: Blob', "    azure_storage_json: ''")), [], 'azure-storage');
      assert.deepEqual(schema(file('marketplace-restserver:', '  azure_storage:')), [], 'azure-storage (null)');
      assert.deepEqual(schema(file('marketplace-db:', '  passwd: 123456', '  user: [a]', 'marketplace-webportal:', '  marketplace_api_uri: 8')), [], 'unsafe-value');
    });
  });

  it('offers no edits while the YAML is broken (a duplicate key names two places)', () => {
    const text = file('marketplace-db:', '  service_type: k8s', '  service_type: K8s');
    const found = schema(text);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes, []);
  });

  describe('anchors and merge keys', () => {
    it('validates the merged view and places findings where the text is', () => {
      const text = yaml(
        'rest-server: {}',
        'x-common: &db',
        '  user: alice',
        '  password: s3cret',
        'x-port: &p 80',
        'marketplace-db:',
        '  <<: *db',
        '  port: 70000',
        'marketplace-webportal:',
        '  server-port: *p',
      );
      const found = schema(text);
      assert.deepEqual(found.map(f => textAt(text, f.range)), ['password', '70000', '*p']);
      assert.equal(found[0].range.start.line, 3);
      assert.ok(!found.some(f => f.message.includes('<<')));
      assert.equal(applyFix(text, found[0]), text.replace('  password:', '  passwd:'));
    });
  });
});
