import * as assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, useCliWorkFolder, work } from './cli-run';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'effective');

interface Json { paiVersion: string; versionSource: string; services: Record<string, Record<string, { value: unknown; origin: { kind: string; line?: number; from?: string } }>> }

describe('CLI explain (end to end)', () => {
  useCliWorkFolder();
  before(() => { cpSync(FIXTURE, join(work, 'effective'), { recursive: true }); });

  it('a folder: JSON with the service names paictl uses, values and origins', () => {
    const r = cli(work, 'explain', '--format', 'json', 'effective/v1.6-fallbacks');
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Json;
    assert.equal(out.paiVersion, '1.6');
    assert.deepEqual(Object.keys(out.services), ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal', 'pylon', 'webportal', 'cluster']);
    assert.deepEqual(out.services['marketplace-restserver'].db_user.value, 'marketplace');
    assert.equal(out.services['marketplace-restserver'].db_user.origin.kind, 'file');
    assert.equal(out.services['marketplace-restserver'].db_user.origin.line, 22);
    assert.deepEqual(out.services['marketplace-restserver'].db_host.origin, { kind: 'file', line: 28, from: 'marketplace-restserver.db_host' });
    assert.equal(out.services['marketplace-webportal'].marketplace_api_uri.value, 'http://10.0.0.1:8080/marketplace/api');
  });

  it('masks passwords and connection strings, in text and JSON, unless --show-secrets', () => {
    for (const format of ['text', 'json']) {
      const r = cli(work, 'explain', '--format', format, 'effective/v1.5-own-defaults/services-configuration.yaml');
      assert.equal(r.code, 0, r.stderr);
      assert.ok(!r.stdout.includes('Secret42pw') && !r.stdout.includes('AccountKey'), `${format} leaked a secret`);
      assert.ok(r.stdout.includes('********'));
    }
    const shown = cli(work, 'explain', '--show-secrets', 'effective/v1.5-own-defaults');
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /^ {2}passwd +Secret42pw +effective\/v1\.5-own-defaults\/services-configuration\.yaml:26$/m);
  });

  it('text: a table per service, each value with its origin', () => {
    const r = cli(work, 'explain', 'effective/v1.5-own-defaults');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Effective configuration of effective\/v1\.5-own-defaults\/services-configuration\.yaml as OpenPAI 1\.5 \(from cluster\.docker-registry\.tag\)$/m);
    assert.match(r.stdout, /^marketplace-restserver$/m);
    assert.match(r.stdout, /^ {2}db_user +user +default: src\/marketplace-restserver\/config\/marketplace-restserver\.yaml at v1\.5\.0$/m);
    assert.match(r.stdout, /^ {2}db_host +10\.0\.0\.1 +computed: the master hostip \(layout\.yaml line 28\), as db_host is absent$/m);
    assert.match(r.stdout, /^ {2}marketplace_api_uri +http:\/\/10\.0\.0\.1:9292\/api +computed: /m);
    assert.match(r.stdout, /^ {2}common\.marketplace +"true" +effective\/v1\.5-own-defaults\/services-configuration\.yaml:6$/m, 'the string "true" is quoted, so it is not mistaken for a boolean');
  });

  it('--pai-version overrides the folder\'s version', () => {
    const r = cli(work, 'explain', '--pai-version', '1.5', '--format', 'json', 'effective/v1.6-fallbacks');
    const out = JSON.parse(r.stdout) as Json;
    assert.equal(out.paiVersion, '1.5');
    assert.equal(out.versionSource, 'option');
    assert.equal(out.services['marketplace-restserver'].db_user.value, 'user');
  });

  it('usage and I/O problems: one line, exit 2', () => {
    for (const args of [['explain'], ['explain', 'a', 'b'], ['explain', '--fix', 'effective/v1.6-fallbacks'], ['explain', '--format', 'sarif', 'x'], ['check', '--show-secrets', 'x'], ['explain', 'effective/missing']]) {
      const r = cli(work, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^openpai-marketplace: .+\n$/, args.join(' '));
    }
  });
});
