import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('db-host', () => {
  it('flags the docker-compose host name and removes the key', () => {
    const text = yaml('marketplace-restserver:', '  db_host: postgres   # from compose', '  db_user: mp');
    const [f] = findings(text, 'db-host');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'postgres');
    assert.match(said(f), /no Kubernetes Service is named `postgres`/);
    assert.equal(assertFixResolves(text, 'db-host'), yaml('marketplace-restserver:', '  db_user: mp'));
  });
  it('is silent for an IP, localhost and absent', () => {
    assert.deepEqual(findings(yaml('marketplace-restserver:', '  db_host: 10.0.0.1'), 'db-host'), []);
    assert.deepEqual(findings(yaml('marketplace-restserver:', '  db_host: localhost'), 'db-host'), []);
    assert.deepEqual(findings(yaml('marketplace-restserver: {}'), 'db-host'), []);
  });
});
