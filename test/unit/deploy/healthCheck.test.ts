import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkApi, checkPlugin, httpGet } from '../../../src/deploy/healthCheck';

/** A server on 127.0.0.1 that answers like pylon in front of the marketplace restserver and webportal. */
function pylonLike(): Promise<{ base: string; close(): Promise<void>; hits: string[] }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/marketplace/api') { res.writeHead(301, { Location: '/marketplace/api/' }).end(); return; }
    if (req.url === '/marketplace/api/') { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('Welcome to marketplace!'); return; }
    if (req.url === '/marketplace/plugin.js') { res.writeHead(200, { 'Content-Type': 'application/javascript' }).end('(function(){})();'); return; }
    if (req.url === '/down/api') { res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html>502 Bad Gateway</html>'); return; }
    if (req.url === '/webportal/plugin.js') { res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html></html>'); return; }
    if (req.url === '/hang') { return; }
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html>404 Not Found</html>');
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    resolve({ base: `http://127.0.0.1:${port}`, hits, close: () => new Promise<void>(r => { server.closeAllConnections(); server.close(() => r()); }) });
  }));
}

async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>(r => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>(r => s.close(() => r()));
  return port;
}

describe('deploy: Check Marketplace against a local server', () => {
  let srv: Awaited<ReturnType<typeof pylonLike>>;
  before(async () => { srv = await pylonLike(); });
  after(async () => { await srv.close(); });

  it('follows pylon\'s 301 /marketplace/api -> /marketplace/api/ and finds the greeting', async () => {
    const r = await checkApi(`${srv.base}/marketplace/api`);
    assert.equal(r.passed, true, r.text);
    assert.match(r.text, /Welcome to marketplace!/);
    assert.match(r.text, /after a redirect/);
    assert.deepEqual(srv.hits.slice(-2), ['/marketplace/api', '/marketplace/api/']);
  });

  it('the plugin URI serves JavaScript', async () => {
    const r = await checkPlugin(`${srv.base}/marketplace/plugin.js`);
    assert.equal(r.passed, true, r.text);
    assert.match(r.text, /serves the plugin script/);
  });

  it('a 404 means pylon has no /marketplace route', async () => {
    const r = await checkApi(`${srv.base}/nothing/api`);
    assert.equal(r.passed, false);
    assert.match(r.text, /404 Not Found: pylon has no \/marketplace route/);
  });

  it('a 502 means the service is not running', async () => {
    const r = await checkApi(`${srv.base}/down/api`);
    assert.equal(r.passed, false);
    assert.match(r.text, /answered 502: pylon could not reach marketplace-restserver/);
  });

  it('an HTML page instead of the plugin is a failure', async () => {
    const r = await checkPlugin(`${srv.base}/webportal/plugin.js`);
    assert.equal(r.passed, false);
    assert.match(r.text, /an HTML page, not JavaScript/);
  });

  it('a server that is down: connection refused, in words', async () => {
    const port = await closedPort();
    const r = await checkApi(`http://127.0.0.1:${port}/marketplace/api`);
    assert.equal(r.passed, false);
    assert.match(r.text, new RegExp(`nothing listens at 127\\.0\\.0\\.1:${port} \\(connection refused\\)`));
  });

  it('a server that never answers: the timeout ends the request', async () => {
    const r = await httpGet(`${srv.base}/hang`, { timeoutMs: 300 });
    assert.equal(r.ok, false);
    if (!r.ok) { assert.equal(r.kind, 'timeout'); }
  });

  it('a URI that is not http(s)', async () => {
    const r = await checkApi('<openpai cluster>/marketplace/api');
    assert.equal(r.passed, false);
    assert.match(r.text, /not an absolute URL/);
  });
});
