import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, findings, textAt, yaml, said } from '../helpers';
import { applyEdits } from '../../../src/core/fix';

describe('db-credentials', () => {
  const userText = yaml('marketplace-db:', '  user: admin', 'marketplace-restserver:', '  server-port: 9292');
  it('v1.4/1.5: an absent db_user is the restserver\'s own default, not the db\'s', () => {
    const [f, ...rest] = findings(userText, 'db-credentials', { paiVersion: '1.4' });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(userText, f.range), 'marketplace-restserver');
    assert.match(f.message, /logs in as `user`.*user is `admin`/);
    assert.match(f.detail ?? '', /`db_user` is not set, so the restserver uses its default/);
    assert.match(f.detail ?? '', /first initialises `data-path`/);
    assert.equal(textAt(userText, f.related[0].range), 'admin');
    assert.equal(assertFixResolves(userText, 'db-credentials', { paiVersion: '1.4' }), `${userText}  db_user: admin\n`);
  });
  it('v1.6+: an absent key falls back to the db\'s value', () => {
    assert.deepEqual(findings(userText, 'db-credentials', { paiVersion: '1.6' }), []);
  });
  it('a written key that differs from the db default (any version): at the value, related to the db section', () => {
    const text = yaml('marketplace-db:', '  data-path: /mnt/marketplace', 'marketplace-restserver:', '  db: market  # name');
    const [f] = findings(text, 'db-credentials', { paiVersion: '1.8' });
    assert.equal(textAt(text, f.range), 'market');
    assert.match(f.message, /opens database `market`.*marketplace-db's is `marketplace`/);
    assert.equal(textAt(text, f.related[0].range), 'marketplace-db');
    assert.equal(assertFixResolves(text, 'db-credentials'), text.replace('db: market ', 'db: marketplace '));
  });
  it('passwords: never printed, not even in the fix title; the fix keeps the quoting', () => {
    const text = yaml('marketplace-db:', "  passwd: 'Db-Secret#1'", 'marketplace-restserver:', '  db_password: "Rs-Secret#2"');
    const [f] = findings(text, 'db-credentials', { paiVersion: '1.5' });
    assert.equal(textAt(text, f.range), '"Rs-Secret#2"');
    assert.match(f.message, /database password differs from marketplace-db's/);
    for (const s of [f.message, ...f.fixes.map(x => x.title), ...f.related.map(r => r.message)]) {
      assert.doesNotMatch(s, /Secret/);
    }
    // The fix links the restserver's value to marketplace-db's with a YAML alias: no edit carries the password.
    for (const e of f.fixes.flatMap(x => x.edits)) { assert.doesNotMatch(e.newText, /Secret/); }
    assert.equal(assertFixResolves(text, 'db-credentials', { paiVersion: '1.5' }),
      yaml('marketplace-db:', "  passwd: &marketplace-db-passwd 'Db-Secret#1'", 'marketplace-restserver:', '  db_password: *marketplace-db-passwd'));
  });
  it('passwords: with the restserver section first (no alias can point back), the copy is offered in the editor only', () => {
    const text = yaml('marketplace-restserver:', '  db_password: Rs-Secret-2', 'marketplace-db:', '  passwd: &pw Db-Secret-1');
    const [report] = findings(text, 'db-credentials', { paiVersion: '1.5' });
    assert.deepEqual(report.fixes, []);
    const [editor] = findings(text, 'db-credentials', { paiVersion: '1.5', newSecret: () => 'unused' });
    assert.equal(editor.fixes[0].title, "Use marketplace-db's password in marketplace-restserver");
    assert.equal(applyEdits(text, editor.fixes[0].edits), text.replace('Rs-Secret-2', 'Db-Secret-1'));
  });
  it('passwords: an anchor already on marketplace-db\'s value is reused', () => {
    const text = yaml('marketplace-db:', '  passwd: &pw Db-Secret-1', 'marketplace-restserver:', '  db_password: Rs-Secret-2');
    assert.equal(assertFixResolves(text, 'db-credentials', { paiVersion: '1.5' }), text.replace('Rs-Secret-2', '*pw'));
  });
  it('port: compared as rendered text, fixed as a number', () => {
    const text = yaml('marketplace-db:', '  port: 5432', 'marketplace-restserver:', "  db_port: '9291'");
    const [f] = findings(text, 'db-credentials');
    assert.match(f.message, /connects to port 9291.*listens on 5432/);
    assert.equal(assertFixResolves(text, 'db-credentials'), text.replace("db_port: '9291'", 'db_port: 5432'));
    assert.deepEqual(findings(yaml('marketplace-db:', '  port: 9291', 'marketplace-restserver:', "  db_port: '9291'"), 'db-credentials'), []);
  });
  it('v1.4 with no restserver section: placed at the db value, the fix creates the section', () => {
    const text = yaml('marketplace-db:', '  db: mydb');
    const [f] = findings(text, 'db-credentials', { paiVersion: '1.4' });
    assert.equal(textAt(text, f.range), 'mydb');
    assert.equal(assertFixResolves(text, 'db-credentials', { paiVersion: '1.4' }), `${text}marketplace-restserver:\n  db: mydb\n`);
  });
  describe('never copies a placeholder or an unusable value (no fix that guesses)', () => {
    /** The deployment doc's block half filled in: one side still holds `<password>`, the other a real password. */
    const doc = (dbPasswd: string, rsPassword: string) => yaml(
      'cluster:', '  common:', "    marketplace: 'true'", '  docker-registry:', '    tag: v1.5.0', 'rest-server:', '  server-port: 9186',
      'marketplace-db:', '  user: mp', `  passwd: ${dbPasswd}`, '  data-path: /mnt/marketplace',
      'marketplace-restserver:', '  db_user: mp', `  db_password: ${rsPassword}`, '  server-port: 9292');
    const secret = () => 'Fresh1Secret2Made3Here4x';
    const titles = (f: { fixes: { title: string; preferred?: boolean }[] }) => f.fixes.map(x => [x.title, x.preferred === true]);

    it('marketplace-db holds `<password>`: no preferred fix, never copies it; the reverse and (editor) a new password on both sides', () => {
      const text = doc('<password>', 'Rs-Real-Secret9');
      // marketplace-db comes first, so no alias can give it the restserver's value: a copy, which no report carries.
      const [cli] = findings(text, 'db-credentials');
      assert.deepEqual(titles(cli), []);
      const [editor] = findings(text, 'db-credentials', { newSecret: secret });
      assert.equal(applyFix(text, editor, 0), text.replace('passwd: <password>', 'passwd: Rs-Real-Secret9'));
      assert.deepEqual(titles(editor), [
        ["Use marketplace-restserver's password in marketplace-db", false],
        ['Use a new random password in marketplace-db.passwd and marketplace-restserver.db_password', false],
      ]);
      assert.equal(applyFix(text, editor, 1), text.replace('<password>', secret()).replace('Rs-Real-Secret9', secret()));
      assert.match(said(editor), /placeholder/);
      for (const f of editor.fixes) { assert.ok(f.edits.every(e => !e.newText.includes('<password>')), f.title); }
    });
    it('marketplace-restserver holds `<password>`: marketplace-db\'s value is the preferred fix; the placeholder is never copied back', () => {
      const text = doc('Db-Real-Secret9', '<password>');
      const [f] = findings(text, 'db-credentials', { newSecret: secret });
      assert.deepEqual(titles(f), [
        ["Use marketplace-db's password in marketplace-restserver", true],
        ['Use a new random password in marketplace-db.passwd and marketplace-restserver.db_password', false],
      ]);
      assert.equal(applyFix(text, f), text.replace('passwd: Db-Real-Secret9', 'passwd: &marketplace-db-passwd Db-Real-Secret9').replace('db_password: <password>', 'db_password: *marketplace-db-passwd'));
    });
    it('two real passwords: marketplace-db\'s (what the database was created with) preferred, the reverse offered', () => {
      const [f] = findings(doc('Db-Real-Secret9', 'Rs-Real-Secret9'), 'db-credentials', { newSecret: secret });
      assert.deepEqual(titles(f), [
        ["Use marketplace-db's password in marketplace-restserver", true],
        ["Use marketplace-restserver's password in marketplace-db", false],
      ]);
    });
    it('an unusable side (a number paictl renders unquoted, the env var is rejected) is never copied', () => {
      const text = doc("'123456'", 'Rs-Real-Secret9');
      const [f] = findings(text, 'db-credentials', { newSecret: secret });
      assert.deepEqual(titles(f).slice(0, 1), [["Use marketplace-restserver's password in marketplace-db", false]]);
      assert.ok(f.fixes.every(x => x.edits.every(e => !e.newText.includes('123456'))));
      assert.match(said(f), /cannot carry/);
    });
    it('the user: both directions, by value', () => {
      const text = yaml('marketplace-db:', '  user: mp', 'marketplace-restserver:', '  db_user: <username>');
      const [f] = findings(text, 'db-credentials', { paiVersion: '1.5' });
      assert.deepEqual(titles(f), [['Set db_user: mp', true]]);
    });
  });
  it('is silent without marketplace sections and when everything agrees', () => {
    assert.deepEqual(findings(yaml('rest-server: {}'), 'db-credentials', { paiVersion: '1.4' }), []);
    assert.deepEqual(findings(yaml('marketplace-db:', '  user: u', 'marketplace-restserver:', '  db_user: u'), 'db-credentials', { paiVersion: '1.4' }), []);
  });
});
