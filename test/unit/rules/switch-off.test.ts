import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml } from '../helpers';

describe('switch-off', () => {
  it('fires at the first marketplace section when the switch is absent, and adds it', () => {
    const text = yaml('cluster:', '  common:', '    cluster-id: pai  # id', 'rest-server: {}', 'marketplace-db:', '  user: bob', 'marketplace-webportal: {}');
    const [f, ...rest] = findings(text, 'switch-off');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.match(f.message, /is not set, so the marketplace is OFF/);
    assert.match(f.message, /marketplace-db, marketplace-webportal services still deploy/);
    assert.match(f.message, /restart pylon and webportal/);
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].preferred, true);
    const fixed = assertFixResolves(text, 'switch-off');
    assert.equal(fixed, text.replace('cluster-id: pai  # id\n', "cluster-id: pai  # id\n    marketplace: 'true'\n"));
  });
  it('creates cluster.common when there is no cluster section', () => {
    const text = yaml('rest-server: {}', 'marketplace-restserver:', '  db_user: bob');
    const fixed = assertFixResolves(text, 'switch-off');
    assert.equal(fixed, `${text}cluster:\n  common:\n    marketplace: 'true'\n`);
  });
  it('places at the value of a wrong string and keeps its quoting', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: "True" # installer', 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off');
    assert.equal(textAt(text, f.range), '"True"');
    assert.match(f.message, /only the exact string 'true' turns it on/);
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace('"True"', '"true"'));
  });
  it('is a warning when explicitly off, and only mentions pylon on v1.4/1.5', () => {
    const text = yaml('cluster:', '  common:', "    marketplace: 'false'", 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off', { paiVersion: '1.5' });
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), "'false'");
    assert.match(f.message, /restart pylon\.$/);
    assert.doesNotMatch(f.message, /sidebar/);
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace("'false'", "'true'"));
  });
  it('is silent when on, for a boolean true (switch-not-string owns it), and without sections', () => {
    assert.deepEqual(findings(yaml('cluster:', '  common:', "    marketplace: 'true'", 'marketplace-db: {}'), 'switch-off'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    marketplace: true', 'marketplace-db: {}'), 'switch-off'), []);
    assert.deepEqual(findings(yaml('cluster:', '  common:', '    cluster-id: pai'), 'switch-off'), []);
  });
  it('fires for a null switch at the section key', () => {
    const text = yaml('cluster:', '  common:', '    marketplace:', 'marketplace-db: {}');
    const [f] = findings(text, 'switch-off');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.equal(assertFixResolves(text, 'switch-off'), text.replace('marketplace:\n', "marketplace: 'true'\n"));
  });
});
