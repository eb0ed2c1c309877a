import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CREDENTIAL_FIELDS } from '../../../../src/core/credentials';
import { marketplaceDbDefaults, marketplaceRestserverDefaults, marketplaceWebportalDefaults, pylonDefaults, webportalDefaults } from '../../../../src/core/effective/defaults';

const SAMPLES = join(__dirname, '..', '..', '..', 'fixtures', 'openpai-samples');

/** pai's default file without `service_type` (which paictl uses, not the services). */
function sample(name: string): Record<string, unknown> {
  const { service_type: _, ...rest } = parse(readFileSync(join(SAMPLES, name), 'utf8')) as Record<string, unknown>;
  return rest;
}

describe('effective configuration: the defaults match pai\'s default files', () => {
  it('marketplace-db', () => { assert.deepEqual(marketplaceDbDefaults(), sample('src__marketplace-db__config__marketplace-db.yaml')); });
  it('marketplace-restserver v1.4 and v1.8', () => {
    assert.deepEqual(marketplaceRestserverDefaults('1.4'), sample('src__marketplace-restserver__config__marketplace-restserver.v1.4.0.yaml'));
    assert.deepEqual(marketplaceRestserverDefaults('1.8'), sample('src__marketplace-restserver__config__marketplace-restserver.v1.8.0.yaml'));
  });
  it('marketplace-webportal', () => { assert.deepEqual(marketplaceWebportalDefaults(), sample('src__marketplace-webportal__config__marketplace-webportal.yaml')); });
  it('pylon (v1.4 and v1.8 keep the same keys)', () => {
    assert.deepEqual(pylonDefaults(), sample('src__pylon__config__pylon.v1.4.0.yaml'));
    assert.deepEqual(pylonDefaults(), sample('src__pylon__config__pylon.v1.8.0.yaml'));
  });
  it('webportal v1.4 and v1.8', () => {
    assert.deepEqual(webportalDefaults('1.4'), sample('src__webportal__config__webportal.v1.4.0.yaml'));
    assert.deepEqual(webportalDefaults('1.8'), sample('src__webportal__config__webportal.v1.8.0.yaml'));
  });
  it('the credential rules\' fallbacks are these defaults (one fact, two readers)', () => {
    for (const f of CREDENTIAL_FIELDS) {
      assert.equal(marketplaceDbDefaults()[f.dbKey], f.fallback, f.dbKey);
      assert.equal(marketplaceRestserverDefaults('1.5')[f.restserverKey], f.fallback, f.restserverKey);
    }
  });
});
