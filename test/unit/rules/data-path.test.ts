import * as assert from 'node:assert/strict';
import { findings, textAt, yaml } from '../helpers';

describe('data-path', () => {
  it('flags a relative path at its value', () => {
    const text = yaml('marketplace-db:', '  data-path: mnt/marketplace  # on master');
    const [f] = findings(text, 'data-path');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'mnt/marketplace');
    assert.match(f.message, /not an absolute path/);
    assert.match(f.message, /marketplace-db is not ready yet/);
  });
  it('flags a quote inside the path', () => {
    const text = yaml('marketplace-db:', "  data-path: '/mnt/it''s'");
    assert.match(findings(text, 'data-path')[0].message, /contains a quote/);
  });
  it('is silent for an absolute path or when absent', () => {
    assert.deepEqual(findings(yaml('marketplace-db:', '  data-path: /mnt/marketplace'), 'data-path'), []);
    assert.deepEqual(findings(yaml('marketplace-db: {}'), 'data-path'), []);
  });
});
