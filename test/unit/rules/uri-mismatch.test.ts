import * as assert from 'node:assert/strict';
import { findings, layoutWithMaster, textAt, yaml } from '../helpers';

const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const both = (api: string, plugin: string) => yaml(...ON, 'marketplace-webportal:', `  marketplace_api_uri: ${api}`, 'webportal:', '  plugins:', '  - id: marketplace', '    title: Marketplace', `    uri: ${plugin}`);

describe('uri-mismatch', () => {
  it('different hosts when the host cannot be checked: warning on the API, related to the plugin uri', () => {
    const text = both('http://a.example/marketplace/api', 'http://b.example/marketplace/plugin.js');
    const [f, ...rest] = findings(text, 'uri-mismatch');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'http://a.example/marketplace/api');
    assert.equal(textAt(text, f.related[0].range), 'http://b.example/marketplace/plugin.js');
    assert.match(f.message, /`http:\/\/a\.example`.*`http:\/\/b\.example`/);
  });
  it('different schemes are always one URI on the wrong scheme: left to api-uri / mixed-content', () => {
    const text = both('http://a.example/marketplace/api', 'https://a.example/marketplace/plugin.js');
    assert.deepEqual(findings(text, 'uri-mismatch'), []);
    assert.equal(findings(text, 'plugin-uri').length, 1);
  });
  it('two valid forms on different hosts (pylon by domain, direct by master IP)', () => {
    const text = yaml('pylon:', '  domain: pai.example.com').concat(both('http://pai.example.com/marketplace/api', 'http://10.0.0.1:9293/plugin.js'));
    assert.equal(findings(text, 'uri-mismatch', { files: { 'layout.yaml': layoutWithMaster('10.0.0.1') } }).length, 1);
  });
  it('is silent when they agree, when one is absent, and when another rule already reports one of them', () => {
    assert.deepEqual(findings(both('https://a.example/marketplace/api', 'https://a.example/marketplace/plugin.js'), 'uri-mismatch'), []);
    assert.deepEqual(findings(both('http://a.example:9292', '/marketplace/plugin.js'), 'uri-mismatch'), [], 'relative plugin, unknown origin');
    assert.deepEqual(findings(yaml(...ON, 'marketplace-webportal:', '  marketplace_api_uri: http://a.example:9292'), 'uri-mismatch'), []);
    assert.deepEqual(findings(both('http://a.example:9292/api', 'http://b.example:9293/plugin.js'), 'uri-mismatch'), [], 'api-uri reports the API');
  });
});
