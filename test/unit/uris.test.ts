import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../src/core/document';
import { assessUri, computeEndpoints, parseUri, type Endpoints } from '../../src/core/uris';
import type { PaiVersion } from '../../src/core/version';
import { yaml } from './helpers';

function endpoints(text: string, master?: string, version: PaiVersion = '1.8'): Endpoints {
  return computeEndpoints({ doc: new ParsedDocument(text), version, master });
}

const ON = ['cluster:', '  common:', "    marketplace: 'true'"];
const SSL = ['pylon:', '  ssl:', '    crt_name: c.crt', '    crt_path: /p/c.crt', '    key_name: c.key', '    key_path: /p/c.key'];

describe('uris: endpoints model', () => {
  it('http, marketplace on, master from layout: pylon and direct both accepted, pylon preferred', () => {
    const ep = endpoints(yaml(...ON), '10.0.0.1');
    assert.equal(ep.https, false);
    assert.equal(ep.publicHost, '10.0.0.1');
    assert.deepEqual(ep.accepted, {
      api: ['http://10.0.0.1/marketplace/api', 'http://10.0.0.1:9292'],
      plugin: ['http://10.0.0.1/marketplace/plugin.js', '/marketplace/plugin.js', 'http://10.0.0.1:9293/plugin.js'],
    });
    assert.deepEqual(ep.preferred, { api: 'http://10.0.0.1/marketplace/api', plugin: 'http://10.0.0.1/marketplace/plugin.js' });
  });
  it('https with a domain: only the https pylon form; the domain wins over the master', () => {
    const ep = endpoints(yaml(...ON, ...SSL, '  domain: Pai.Example.com'), '10.0.0.1');
    assert.equal(ep.scheme, 'https');
    assert.equal(ep.publicHost, 'pai.example.com');
    assert.deepEqual(ep.accepted.api, ['https://pai.example.com/marketplace/api']);
    assert.deepEqual(ep.accepted.plugin, ['https://pai.example.com/marketplace/plugin.js', '/marketplace/plugin.js']);
  });
  it('marketplace off: only the direct form, with the configured server ports', () => {
    const ep = endpoints(yaml('marketplace-restserver:', '  server-port: 9392', 'marketplace-webportal:', "  server-port: '9393'"), '10.0.0.2');
    assert.deepEqual(ep.accepted, { api: ['http://10.0.0.2:9392'], plugin: ['http://10.0.0.2:9393/plugin.js'] });
    assert.deepEqual(ep.preferred, { api: 'http://10.0.0.2:9392', plugin: 'http://10.0.0.2:9393/plugin.js' });
  });
  it('https with marketplace off: nothing works, nothing preferred', () => {
    const ep = endpoints(yaml(...SSL), '10.0.0.1');
    assert.deepEqual(ep.accepted, { api: [], plugin: [] });
    assert.deepEqual(ep.preferred, {});
  });
  it('pylon.port is kept unless 80; ssl.port only counts from v1.8', () => {
    assert.equal(endpoints(yaml(...ON, 'pylon:', '  port: 8080'), '10.0.0.1').preferred.api, 'http://10.0.0.1:8080/marketplace/api');
    const ssl8443 = yaml(...ON, ...SSL, '    port: 8443');
    assert.equal(endpoints(ssl8443, '10.0.0.1', '1.8').preferred.api, 'https://10.0.0.1:8443/marketplace/api');
    assert.equal(endpoints(ssl8443, '10.0.0.1', '1.7').preferred.api, 'https://10.0.0.1/marketplace/api');
  });
  it('an empty pylon.ssl is not https', () => {
    assert.equal(endpoints(yaml(...ON, 'pylon:', '  ssl: {}'), '10.0.0.1').https, false);
  });
  it('unknown host: no absolute URIs, the root-relative plugin still preferred when on', () => {
    const ep = endpoints(yaml(...ON));
    assert.equal(ep.publicHost, undefined);
    assert.deepEqual(ep.preferred, { api: undefined, plugin: '/marketplace/plugin.js' });
    assert.deepEqual(ep.accepted, { api: [], plugin: ['/marketplace/plugin.js'] });
  });
  it('a placeholder domain is not a host', () => {
    assert.equal(endpoints(yaml(...ON, 'pylon:', '  domain: <your domain>'), '10.0.0.1').publicHost, '10.0.0.1');
  });
});

describe('uris: parseUri', () => {
  it('splits scheme, host, port and path', () => {
    assert.deepEqual(parseUri('HTTP://Host.Example:8080/a/b?x=1#f'), { scheme: 'http', host: 'host.example', port: '8080', path: '/a/b', query: '?x=1', hash: '#f' });
    assert.deepEqual(parseUri('https://h'), { scheme: 'https', host: 'h', port: undefined, path: '', query: '', hash: '' });
    assert.equal(parseUri('10.0.0.1:9292'), undefined);
    assert.equal(parseUri('http://'), undefined);
  });
});

describe('uris: assessUri', () => {
  const httpOn = endpoints(yaml(...ON), '10.0.0.1');
  const httpsOn = endpoints(yaml(...ON, ...SSL, '  domain: pai.example.com'), '10.0.0.1');
  const httpOff = endpoints(yaml('x: 1'), '10.0.0.1');
  const unknown = endpoints(yaml(...ON));
  const cases: [string, Endpoints, 'api' | 'plugin', string, string | undefined, string | undefined][] = [
    ['pylon api', httpOn, 'api', 'http://10.0.0.1/marketplace/api', undefined, undefined],
    ['explicit :80 (the v1.6 derived form)', httpOn, 'api', 'http://10.0.0.1:80/marketplace/api', undefined, undefined],
    ['direct api', httpOn, 'api', 'http://10.0.0.1:9292', undefined, undefined],
    ['direct api with /api', httpOn, 'api', 'http://10.0.0.1:9292/api', 'api-suffix', 'http://10.0.0.1:9292'],
    ['trailing slash', httpOn, 'api', 'http://10.0.0.1/marketplace/api/', 'trailing-slash', 'http://10.0.0.1/marketplace/api'],
    ['pylon origin, not a marketplace route: unverified', httpOn, 'api', 'http://10.0.0.1/api', 'not-marketplace-route', 'http://10.0.0.1/marketplace/api'],
    ['https without ssl', httpOn, 'api', 'https://10.0.0.1/marketplace/api', 'wrong-scheme', 'http://10.0.0.1/marketplace/api'],
    ['another host: unverified', httpOn, 'api', 'http://10.9.9.9/marketplace/api', 'other-host', 'http://10.0.0.1/marketplace/api'],
    ['loopback is the browser\'s own machine', httpOn, 'api', 'http://localhost:9292', 'wrong-host', 'http://10.0.0.1:9292'],
    ['a CDN / GitHub Pages plugin: unverified', httpsOn, 'plugin', 'https://openpai.github.io/marketplace/plugin.js', 'other-host', 'https://pai.example.com/marketplace/plugin.js'],
    ['a NodePort on the master: unverified', httpOff, 'api', 'http://10.0.0.1:32767', 'unusual-port', 'http://10.0.0.1:9292'],
    ['a webportal-bundled plugin path: unverified', httpOn, 'plugin', '/scripts/plugins/marketplace.bundle.js', 'not-marketplace-route', 'http://10.0.0.1/marketplace/plugin.js'],
    ['an unusual port: unverified', httpOn, 'plugin', 'http://10.0.0.1:9999/plugin.js', 'unusual-port', 'http://10.0.0.1/marketplace/plugin.js'],
    ['the other service\'s port is known: wrong port', httpOn, 'plugin', 'http://10.0.0.1:9292/plugin.js', 'wrong-port', 'http://10.0.0.1:9293/plugin.js'],
    ['pylon while off', httpOff, 'api', 'http://10.0.0.1/marketplace/api', 'no-pylon-route', 'http://10.0.0.1:9292'],
    ['relative plugin while off', httpOff, 'plugin', '/marketplace/plugin.js', 'no-pylon-route', 'http://10.0.0.1:9293/plugin.js'],
    ['relative plugin', httpOn, 'plugin', '/marketplace/plugin.js', undefined, undefined],
    ['relative api', httpOn, 'api', '/marketplace/api', 'relative-api', 'http://10.0.0.1/marketplace/api'],
    ['https pylon with domain', httpsOn, 'plugin', 'https://pai.example.com/marketplace/plugin.js', undefined, undefined],
    ['https via master ip while domain set', httpsOn, 'plugin', 'https://10.0.0.1/marketplace/plugin.js', 'alternate-host', 'https://pai.example.com/marketplace/plugin.js'],
    ['mixed content', httpsOn, 'api', 'http://10.0.0.1:9292', 'mixed-content', 'https://pai.example.com/marketplace/api'],
    ['mixed content rewritten by pylon', httpsOn, 'plugin', 'http://10.0.0.1:9293/plugin.js', 'mixed-content-rewritten', 'https://pai.example.com/marketplace/plugin.js'],
    ['https to a direct port', httpsOn, 'api', 'https://10.0.0.1:9292', 'wrong-scheme', 'https://pai.example.com/marketplace/api'],
    ['not a URL', httpOn, 'api', '10.0.0.1:9292', 'not-a-uri', 'http://10.0.0.1/marketplace/api'],
    ['unknown host: any host accepted', unknown, 'api', 'http://anything.example/marketplace/api', undefined, undefined],
    ['unknown host: shape still checked, host kept', unknown, 'api', 'http://anything.example:9292/api', 'api-suffix', 'http://anything.example:9292'],
  ];
  for (const [title, ep, kind, value, problem, suggestion] of cases) {
    it(title, () => {
      const a = assessUri(ep, kind, value);
      assert.equal(a.problem, problem);
      assert.equal(a.suggestion, suggestion);
      if (suggestion !== undefined && !suggestion.startsWith('/')) { assert.equal(assessUri(ep, kind, suggestion).problem, undefined, 'the suggestion must itself pass'); }
    });
  }
});
