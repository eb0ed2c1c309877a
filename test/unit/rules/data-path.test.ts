import * as assert from 'node:assert/strict';
import { findings, textAt, yaml, said } from '../helpers';

/** A marketplace-db section as admins write it, with the data-path line varied. */
function db(dataPath: string): string {
  return yaml('rest-server:', '  server-port: 9186', 'marketplace-db:', '  user: mp', '  passwd: mp-Secret-42', '  port: 9291', `  data-path: ${dataPath}`);
}

describe('data-path', () => {
  it('a relative path passes the API server and fails at the kubelet: at its value', () => {
    const text = db('mnt/marketplace  # on master');
    const [f] = findings(text, 'data-path');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'mnt/marketplace');
    assert.match(f.message, /is relative, so marketplace-db never starts/);
    assert.match(said(f), /kubelet/);
    assert.match(said(f), /marketplace-db is not ready yet/);
  });
  it('a `..` segment anywhere is rejected by the API server at kubectl apply', () => {
    for (const p of ['/mnt/../data/marketplace', '/mnt/marketplace/..', '../marketplace']) {
      const [f] = findings(db(p), 'data-path');
      assert.ok(f, p);
      assert.match(f.message, /`\.\.`/, p);
      assert.match(said(f), /API server/, p);
      assert.match(said(f), /kubectl apply/, p);
    }
    assert.deepEqual(findings(db('/mnt/..marketplace..'), 'data-path'), [], 'a name with dots is not a `..` segment');
  });
  it('a single quote breaks the template\'s single quoting', () => {
    const text = db("'/mnt/it''s'");
    const [f] = findings(text, 'data-path');
    assert.match(f.message, /single quote/);
    assert.match(said(f), /marketplace-db\.yaml\.template/);
    assert.match(said(f), /does not parse/);
    const [two] = findings(db("\"/mnt/a''b\""), 'data-path');
    assert.match(said(two), /another path/);
  });
  it('a double quote is harmless inside the template\'s single quotes', () => {
    assert.deepEqual(findings(db('\'/mnt/"market"\''), 'data-path'), []);
  });
  it('is silent for an absolute path or when absent', () => {
    assert.deepEqual(findings(db('/mnt/marketplace'), 'data-path'), []);
    assert.deepEqual(findings(yaml('marketplace-db: {}'), 'data-path'), []);
  });
});
