// Check Marketplace in a real VS Code against a server on 127.0.0.1 that answers like pylon in front
// of the marketplace restserver and webportal, and against the same port once it is down.
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { cleanUp, copyConfig, deployApi, ScriptedUi } from './deployHelpers';

interface Report { what: string; uri: string; passed: boolean; text: string }
interface CheckResult { outcome: string; message: string; reports: Report[] }

suite('deploy: Check Marketplace', function () {
  this.timeout(60_000);
  const ui = new ScriptedUi();
  let server: http.Server;
  let port: number;

  suiteSetup(async () => {
    (await deployApi()).setUi(ui);
    server = http.createServer((req, res) => {
      if (req.url === '/marketplace/api') { res.writeHead(301, { Location: '/marketplace/api/' }).end(); return; }
      if (req.url === '/marketplace/api/') { res.writeHead(200, { 'Content-Type': 'text/html' }).end('Welcome to marketplace!'); return; }
      if (req.url === '/marketplace/plugin.js') { res.writeHead(200, { 'Content-Type': 'application/javascript' }).end('window.marketplace = 1;'); return; }
      res.writeHead(404).end();
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  suiteTeardown(() => { server.close(); cleanUp(); });
  setup(() => ui.reset());

  const folderFor = (p: number) => copyConfig('check', (f, t) => f !== 'services-configuration.yaml' ? t : t
    .replace('marketplace-webportal:\n  server-port: 9293', `marketplace-webportal:\n  server-port: 9293\n  marketplace_api_uri: http://127.0.0.1:${p}/marketplace/api`)
    .replace('pylon:\n  port: 80', `pylon:\n  port: 80\nwebportal:\n  marketplace: false\n  plugins:\n  - id: marketplace\n    title: Marketplace\n    uri: http://127.0.0.1:${p}/marketplace/plugin.js`));

  test('a restserver that greets and a plugin that is JavaScript: passed, in plain words', async () => {
    const r = await vscode.commands.executeCommand<CheckResult>('openpai.checkMarketplace', vscode.Uri.file(folderFor(port)));
    assert.strictEqual(r?.outcome, 'passed', r?.message);
    assert.deepStrictEqual(r.reports.map(x => [x.what, x.uri, x.passed]), [
      ['api', `http://127.0.0.1:${port}/marketplace/api`, true],
      ['plugin', `http://127.0.0.1:${port}/marketplace/plugin.js`, true],
    ]);
    assert.match(r.reports[0].text, /the restserver answers "Welcome to marketplace!" \(after a redirect\)/);
    assert.ok(ui.shown.some(s => s.level === 'info' && /^Marketplace is up\./.test(s.text)));
  });

  test('a cluster that is down: connection refused, reported as a failure', async () => {
    const down = http.createServer();
    await new Promise<void>(r => down.listen(0, '127.0.0.1', () => r()));
    const downPort = (down.address() as AddressInfo).port;
    await new Promise<void>(r => down.close(() => r()));
    const r = await vscode.commands.executeCommand<CheckResult>('openpai.checkMarketplace', vscode.Uri.file(folderFor(downPort)));
    assert.strictEqual(r?.outcome, 'failed');
    assert.ok(r.reports.every(x => !x.passed));
    assert.match(r.reports[0].text, /connection refused/);
    const shown = ui.shown.find(s => s.level === 'error');
    assert.match(shown?.text ?? '', /^Marketplace check failed\./);
    assert.deepStrictEqual(shown?.buttons, ['Show Details']);
  });
});
