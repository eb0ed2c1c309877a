import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

const ssl = (...lines: string[]) => yaml('pylon:', '  ssl:', ...lines.map(l => `    ${l}`));

describe('pylon-ssl', () => {
  it('crt_name that is not crt_path\'s file name: error, fix writes the file name', () => {
    const text = ssl('crt_name: server.crt', 'crt_path: /etc/ssl/pai.crt', 'key_name: pai.key', "key_path: '/etc/ssl/pai.key'");
    const [f, ...rest] = findings(text, 'pylon-ssl');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'server.crt');
    assert.equal(textAt(text, f.related[0].range), '/etc/ssl/pai.crt');
    assert.equal(assertFixResolves(text, 'pylon-ssl'), text.replace('crt_name: server.crt', 'crt_name: pai.crt'));
  });
  it('key_name too, keeping quotes', () => {
    const text = ssl("crt_name: 'pai.crt'", 'crt_path: /etc/ssl/pai.crt', "key_name: 'key.pem'", 'key_path: /etc/ssl/pai.key');
    assert.equal(assertFixResolves(text, 'pylon-ssl'), text.replace("'key.pem'", "'pai.key'"));
  });
  it('v1.8: an https port other than 443 while the http redirect targets 443: warning', () => {
    const text = ssl('port: 8443', 'crt_name: a', 'crt_path: /a', 'key_name: b', 'key_path: /b');
    const [f] = findings(text, 'pylon-ssl', { paiVersion: '1.8' });
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), '8443');
    assert.match(said(f), /redirects every http request/);
    const [old] = findings(text, 'pylon-ssl', { paiVersion: '1.7' });
    assert.match(said(old), /read only from v1\.8/);
  });
  it('a relative crt_path: error at the path (start.sh cds into src/pylon/deploy first), no fix', () => {
    const text = ssl('crt_path: certs/pai.crt', 'crt_name: pai.crt', 'key_path: /root/certs/pai.key', 'key_name: pai.key');
    const [f, ...rest] = findings(text, 'pylon-ssl');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'certs/pai.crt');
    assert.match(said(f), /is relative.*src\/pylon\/deploy.*crash-loops/);
    assert.deepEqual(f.fixes, []);
  });
  it('a key_path with a space or a shell character: error, one per path', () => {
    const text = ssl("crt_path: '/root/my certs/pai.crt'", 'crt_name: pai.crt', 'key_path: "/root/certs/pai(1).key"', 'key_name: pai(1).key');
    const found = findings(text, 'pylon-ssl');
    assert.deepEqual(found.map(f => textAt(text, f.range)), ["'/root/my certs/pai.crt'", '"/root/certs/pai(1).key"']);
    assert.match(said(found[0]), /holds a space/);
    assert.match(said(found[1]), /shell interprets/);
  });
  it('accepts an absolute path, a home-relative one, and $HOME (the shell expands them)', () => {
    assert.deepEqual(findings(ssl('crt_path: ~/certs/pai.crt', 'crt_name: pai.crt', 'key_path: $HOME/certs/pai.key', 'key_name: pai.key'), 'pylon-ssl'), []);
  });
  it('is silent for a consistent ssl, port 443, and no ssl', () => {
    assert.deepEqual(findings(ssl('port: 443', 'crt_name: a.crt', 'crt_path: /x/a.crt', 'key_name: a.key', 'key_path: /x/a.key'), 'pylon-ssl'), []);
    assert.deepEqual(findings(yaml('pylon:', '  port: 80'), 'pylon-ssl'), []);
  });
});
