import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings, textAt, yaml, said } from '../helpers';

const SAMPLES = join(__dirname, '../../fixtures/openpai-samples');

describe('default-credentials', () => {
  it('flags written defaults at their values', () => {
    const text = yaml('marketplace-db:', '  user: user # default', '  passwd: "passwd"', '  data-path: /mnt/marketplace');
    const found = findings(text, 'default-credentials');
    assert.deepEqual(found.map(f => textAt(text, f.range)), ['user', '"passwd"']);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /`marketplace-db\.user: user` is the default user name/);
    assert.match(found[1].message, /default password/);
    assert.match(said(found[1]), /port 9291/);
    assert.match(said(found[1]), /before the first `service start`/);
    assert.ok(found.every(f => f.fixes.length === 0));
  });
  it('reports absent keys once, at the marketplace-db key, and asks for the restserver twins on v1.4/1.5', () => {
    const text = yaml('marketplace-db:', '  data-path: /data/mp', '  port: 9300');
    const [f, ...rest] = findings(text, 'default-credentials', { paiVersion: '1.4' });
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(said(f), /does not set `user` or `passwd`/);
    assert.match(said(f), /default user 'user' and password 'passwd'/);
    assert.match(said(f), /port 9300/);
    assert.match(said(f), /db_user/);
    const [v18] = findings(text, 'default-credentials', { paiVersion: '1.8' });
    assert.doesNotMatch(v18.message, /db_user/);
  });
  it('reports an absent marketplace-db when another section is there, or at the switch', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-restserver:', '  db_user: bob');
    const [f] = findings(text, 'default-credentials');
    assert.equal(textAt(text, f.range), 'marketplace-restserver');
    assert.match(said(f), /`marketplace-db` is not configured/);
    const onlySwitch = yaml('cluster:', '  common:', "    marketplace: 'true'");
    const [g] = findings(onlySwitch, 'default-credentials');
    assert.equal(textAt(onlySwitch, g.range), 'marketplace');
  });
  it('a complete file (it has rest-server) without marketplace config: marketplace-db still starts, with the defaults', () => {
    for (const [name, paiVersion] of [['examples__cluster-configuration__services-configuration.v1.8.0.yaml', '1.8'], ['examples__cluster-configuration__services-configuration.v1.4.0.yaml', '1.4']] as const) {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const [f, ...rest] = findings(text, 'default-credentials', { paiVersion });
      assert.ok(f, name);
      assert.equal(rest.length, 0, name);
      assert.equal(f.severity, 'warning');
      assert.match(said(f), /`marketplace-db` is not configured/);
      assert.match(said(f), /`paictl service start` without `-n`/);
      assert.match(said(f), /whatever `cluster\.common\.marketplace` says/);
      assert.match(said(f), /default user 'user' and password 'passwd'/);
    }
    // The switch written 'false' in a complete file: the database is started all the same.
    const off = yaml('cluster:', '  common:', '    cluster-type: k8s', "    marketplace: 'false'", 'rest-server:', '  server-port: 9186', 'marketplace-db:', '  data-path: /mnt/marketplace');
    const [g] = findings(off, 'default-credentials');
    assert.equal(textAt(off, g.range), 'marketplace-db');
  });
  it('is silent with own credentials, without marketplace, with the switch off, and on a null section', () => {
    assert.deepEqual(findings(yaml('marketplace-db:', '  user: mp', "  passwd: 'S3cret-x'"), 'default-credentials'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-id: pai'), 'default-credentials'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', "    marketplace: 'false'"), 'default-credentials'), []);
    assert.deepEqual(findings(yaml('marketplace-db:', '#  user: x'), 'default-credentials'), []);
  });
});
