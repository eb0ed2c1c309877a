import * as assert from 'node:assert/strict';
import { readPlain11, unquotedBreakage } from '../../../src/core/manifest-value';
import { randomSecret } from '../../../src/core/secret';
import { applyFix, findings, textAt, yaml, said } from '../helpers';

function one(value: string, key = 'passwd', section = 'marketplace-db', paiVersion: '1.4' | '1.8' = '1.8') {
  const text = yaml(`${section}:`, `  ${key}: ${value}  # note`);
  const found = findings(text, 'unsafe-value', { paiVersion });
  return { text, found };
}

describe('unsafe-value: the manifest model', () => {
  it('reads plain scalars like PyYAML (YAML 1.1)', () => {
    assert.deepEqual(readPlain11('12:30'), { kind: 'int', value: 750n });
    assert.deepEqual(readPlain11('0x1F'), { kind: 'int', value: 31n });
    assert.deepEqual(readPlain11('017'), { kind: 'int', value: 15n });
    assert.deepEqual(readPlain11('1_000'), { kind: 'int', value: 1000n });
    assert.deepEqual(readPlain11('on'), { kind: 'bool', value: true });
    assert.deepEqual(readPlain11('y'), { kind: 'str', text: 'y' });
    assert.deepEqual(readPlain11('1e3'), { kind: 'str', text: '1e3' });
    assert.deepEqual(readPlain11('~'), { kind: 'null' });
  });
  it('says what an unquoted rendered value becomes', () => {
    const becomes = (s: string) => unquotedBreakage(s)?.becomes;
    assert.equal(becomes('123456'), 'the integer 123456');
    assert.equal(becomes('yes'), 'the boolean true');
    assert.equal(becomes('off'), 'the boolean false');
    assert.equal(becomes('null'), 'null');
    assert.equal(becomes('12:30'), 'the integer 750');
    assert.equal(becomes('1.5'), 'the number 1.5');
    assert.equal(becomes('y'), 'the boolean true when kubectl reads the manifest');
    assert.equal(becomes('1e3'), 'a number when kubectl reads the manifest');
    assert.equal(becomes('0o17'), 'an integer when kubectl reads the manifest');
    assert.equal(becomes('a #b'), "the string 'a' (from ` #` on it is a comment)");
    assert.equal(becomes(' pw'), "the string 'pw' (the spaces around it are dropped)");
    assert.equal(becomes(''), 'null');
    for (const s of ['*pw', '&pw', '!pw', '%pw', '@pw', '`pw', '[pw', '{pw', "'pw", '"pw', 'a: b', 'pw:', 'a\nb', '- a', '|x', ',x']) {
      assert.ok(unquotedBreakage(s), `expected ${JSON.stringify(s)} to break`);
    }
    for (const s of ['S3cret-pw', 'user', 'marketplace', 'http://10.0.0.1:9292', 'https://pai.example.com/marketplace/api', '10.0.0.1', 'a#b', 'p@ss', 'x:y', '2020-01-01']) {
      assert.equal(unquotedBreakage(s), undefined, `expected ${JSON.stringify(s)} to stay a string`);
    }
  });
});

describe('unsafe-value', () => {
  it('flags a quoted number and names what it becomes', () => {
    const { text, found: [f] } = one("'123456'");
    assert.equal(f.code, 'unsafe-value');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), "'123456'");
    assert.match(f.message, /`marketplace-db\.passwd`/);
    assert.match(f.message, /becomes the integer \*{8}/); // a password is never shown
    assert.doesNotMatch(f.message, /123456/);
    assert.match(said(f), /env POSTGRES_PASSWORD/);
    assert.match(said(f), /The quotes in this file do not help/);
    assert.match(said(f), /: choose another value\./);
    // No quoting fix (quotes do not help); a new password only where check() is given newSecret (the editor).
    assert.equal(f.fixes.length, 0);
  });
  it('flags a plain YAML 1.1 boolean through Python\'s rendering', () => {
    const { text, found: [f] } = one('yes', 'db_password', 'marketplace-restserver');
    assert.equal(textAt(text, f.range), 'yes');
    // a password: its value (and the boolean PyYAML makes of it) is masked, as in every report
    assert.match(said(f), /reads it as the boolean \*{8}, paictl writes "True" unquoted/);
    assert.match(said(f), /Quoting it in this file does not help/);
  });
  it('flags sexagesimal, leading indicators, comments and kubectl-only booleans', () => {
    assert.match(one('12:30').found[0].message, /the integer \*{8}/);
    assert.match(said(one("'*secret'").found[0]), /alias/);
    assert.match(said(one('"pw #1"').found[0]), /the string 'pw'/);
    assert.match(said(one("'y'", 'user').found[0]), /boolean true when kubectl reads/);
    assert.match(one('"a: b"', 'db_host', 'marketplace-restserver').found[0].message, /host name or IP/);
  });
  it('checks idp_url only from v1.6, and marketplace_api_uri in every version', () => {
    assert.equal(one("'null'", 'idp_url', 'marketplace-restserver', '1.4').found.length, 0);
    assert.equal(one("'null'", 'idp_url', 'marketplace-restserver', '1.8').found.length, 1);
    assert.equal(one("' http://10.0.0.1:9292'", 'marketplace_api_uri', 'marketplace-webportal', '1.4').found.length, 1);
  });
  it('v1.6+: an unsafe marketplace_api_uri breaks PAI\'s own webportal too (webportal.yaml.template v1.6.0:49-52)', () => {
    const text = (tag: string) => yaml('cluster:', '  common:', "    marketplace: 'true'", '  docker-registry:', `    tag: ${tag}`,
      'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80',
      'marketplace-webportal:', "  marketplace_api_uri: '*http://10.0.0.1/marketplace/api'");
    const [v18] = findings(text('v1.8.0'), 'unsafe-value');
    assert.match(said(v18), /PAI's webportal manifest \(env MARKETPLACE_API_URI\)/);
    assert.match(v18.message, /webportal/);
    const [v15] = findings(text('v1.5.0'), 'unsafe-value');
    assert.ok(v15);
    assert.doesNotMatch(v15.message, /PAI's webportal/);
  });
  it('warns about an empty marketplace-db value (it becomes the text "None")', () => {
    const text = yaml('marketplace-db:', '  passwd:', '  user: mp');
    const [f] = findings(text, 'unsafe-value');
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'passwd');
    assert.match(f.message, /the text "None"/);
  });
  it('flags a collection', () => {
    const text = yaml('marketplace-db:', '  passwd: [a, b]');
    const [f] = findings(text, 'unsafe-value');
    assert.equal(textAt(text, f.range), '[a, b]');
    assert.match(said(f), /is .*list, which breaks.*\n.*renders it as Python text/);
  });
  it('is silent for ordinary values and keys it does not own', () => {
    const text = yaml('marketplace-db:', '  user: mp_admin', "  passwd: 'S3cret-pw'", '  db: marketplace', '  port: 9291',
      'marketplace-restserver:', '  db_host: 10.0.0.1', '  db_port: 9291', '  server-port: 9292',
      'marketplace-webportal:', '  marketplace_api_uri: https://pai.example.com/marketplace/api');
    assert.deepEqual(findings(text, 'unsafe-value'), []);
  });
});

describe('unsafe-value: a new password as the fix', () => {
  const newSecret = () => 'Gen3ratedPassw0rdXYZabcd';

  it('writes one new password on both sides when they held the same unusable value, comments and quotes kept', () => {
    const text = yaml('marketplace-db:', '  passwd: 123456   # from the doc', 'marketplace-restserver:', "  db_password: '123456'");
    const found = findings(text, 'unsafe-value', { newSecret });
    assert.deepEqual(found.map(f => f.fixes.map(x => [x.title, x.preferred === true])), [
      [['Use a new random password in marketplace-db.passwd and marketplace-restserver.db_password', false]],
      [['Use a new random password in marketplace-restserver.db_password and marketplace-db.passwd', false]],
    ]);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, yaml('marketplace-db:', '  passwd: Gen3ratedPassw0rdXYZabcd   # from the doc', 'marketplace-restserver:', "  db_password: 'Gen3ratedPassw0rdXYZabcd'"));
    assert.deepEqual(findings(fixed, 'unsafe-value'), []);
    assert.deepEqual(findings(fixed, 'db-credentials'), []);
  });

  it('offers no password without newSecret, so CLI reports never print one', () => {
    const text = yaml('marketplace-db:', '  passwd: 123456', 'marketplace-restserver:', "  db_password: '123456'");
    assert.deepEqual(findings(text, 'unsafe-value').map(f => f.fixes.length), [0, 0]);
  });

  it('changes only its own side when the other side differs (db-credentials reports that), and never user names', () => {
    const text = yaml('marketplace-db:', '  passwd: 123456', 'marketplace-restserver:', '  db_password: other-pw', '  db_user: 42');
    const found = findings(text, 'unsafe-value', { newSecret, paiVersion: '1.8' });
    assert.deepEqual(found.map(f => f.fixes.map(x => x.title)), [['Use a new random password'], []]);
  });

  it('makes strong passwords that survive every step unchanged', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const s = randomSecret();
      assert.match(s, /^[A-Za-z][A-Za-z0-9]{23}$/);
      assert.equal(unquotedBreakage(s), undefined);
      seen.add(s);
    }
    assert.equal(seen.size, 200);
  });
});
