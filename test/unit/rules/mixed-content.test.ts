import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const SSL = ['pylon:', '  domain: pai.example.com', '  ssl:', '    crt_name: c.crt', '    crt_path: /p/c.crt', '    key_name: c.key', '    key_path: /p/c.key'];

describe('mixed-content', () => {
  it('an http API on an https cluster: error, related to pylon.ssl, fix to the https pylon URI', () => {
    const text = yaml(...ON, ...SSL, 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1:9292 # direct');
    const [f, ...rest] = findings(text, 'mixed-content', { files });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'http://10.0.0.1:9292');
    assert.match(said(f), /mixed content/);
    assert.equal(textAt(text, f.related[0].range), 'ssl');
    assert.equal(assertFixResolves(text, 'mixed-content', { files }), text.replace('http://10.0.0.1:9292 #', 'https://pai.example.com/marketplace/api #'));
    assert.deepEqual(findings(text, 'api-uri', { files }), [], 'not reported twice');
  });
  it('the direct plugin URI pylon rewrites: only a warning', () => {
    const text = yaml(...ON, ...SSL, 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: http://10.0.0.1:9293/plugin.js');
    const [f] = findings(text, 'mixed-content', { files });
    assert.equal(f.severity, 'warning');
    assert.match(said(f), /rewrites/);
    assert.equal(assertFixResolves(text, 'mixed-content', { files }), text.replace('http://10.0.0.1:9293/plugin.js', 'https://pai.example.com/marketplace/plugin.js'));
  });
  it('an http plugin on another host is blocked: error', () => {
    const text = yaml(...ON, ...SSL, 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', '    uri: http://pai.example.com/marketplace/plugin.js');
    const [f] = findings(text, 'mixed-content', { files });
    assert.equal(f.severity, 'error');
  });
  it('with the marketplace off there is no working URI: error without a fix, says to turn it on', () => {
    const text = yaml(...SSL, 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1:9292');
    const [f] = findings(text, 'mixed-content', { files });
    assert.deepEqual(f.fixes, []);
    assert.match(said(f), /cluster\.common\.marketplace/);
  });
  it('any other http plugin on https is blocked too (no fix)', () => {
    const text = yaml(...ON, ...SSL, 'webportal:', '  plugins:', '  - id: jobs', '    title: Jobs', '    uri: http://cdn.example/jobs.js');
    const [f] = findings(text, 'mixed-content', { files });
    assert.equal(textAt(text, f.range), 'http://cdn.example/jobs.js');
    assert.deepEqual(f.fixes, []);
  });
  it('is silent on http clusters and for https URIs', () => {
    assert.deepEqual(findings(yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri: http://10.0.0.1:9292'), 'mixed-content', { files }), []);
    assert.deepEqual(findings(yaml(...ON, ...SSL, 'marketplace-webportal:', '  marketplace_api_uri: https://pai.example.com/marketplace/api'), 'mixed-content', { files }), []);
  });
});
