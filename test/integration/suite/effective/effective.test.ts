// The effective configuration view and the marketplace status, in a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from '../helpers';

interface Shown { uri: string; text: string }
interface Status { services: { name: string; ready: boolean; reason?: string; detail?: string }[] }

function effectiveDocument(): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.scheme === 'openpai-effective');
}

suite('effective', () => {
  suiteSetup(async () => { await vscode.extensions.getExtension(EXTENSION_ID)!.activate(); });

  test('opens the effective configuration beside the config, secrets masked', async () => {
    const editor = await openFixture('services-configuration.yaml');
    const shown = await vscode.commands.executeCommand<Shown>('openpai.showEffectiveConfig');
    assert.ok(shown, 'the command resolved to nothing');
    const lines = shown.text.split('\n');
    assert.strictEqual(lines[0], '# Effective configuration of services-configuration.yaml as OpenPAI 1.6 (from config.yaml\'s docker_image_tag)');
    assert.ok(lines.includes('marketplace-restserver'), shown.text);
    assert.ok(lines.some(l => /^ {2}db_user +marketplace +services-configuration\.yaml:22 +marketplace-db\.user: the template's fallback/.test(l)), shown.text);
    assert.ok(lines.some(l => /^ {2}marketplace_api_uri +http:\/\/10\.0\.0\.1:8080\/marketplace\/api +computed: /.test(l)), shown.text);
    assert.ok(lines.some(l => /^ {2}passwd +\*{8} +services-configuration\.yaml:23$/.test(l)), shown.text);
    assert.ok(!shown.text.includes('Kx7pQ2mN9vR4'), 'the password is shown');
    const beside = await waitFor(() => vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === 'openpai-effective'), 10_000, 'the effective editor');
    assert.notStrictEqual(beside.viewColumn, editor.viewColumn, 'not beside the config');
  });

  test('each origin links to its line', async () => {
    const doc = await waitFor(effectiveDocument, 10_000, 'the effective document');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri);
    const line = doc.getText().split('\n').findIndex(l => l.startsWith('  db_host '));
    const link = links.find(l => l.range.start.line === line);
    assert.ok(link?.target, `no link on the db_host line (${links.length} links)`);
    assert.strictEqual(link.target.fragment, 'L28');
    assert.ok(link.target.path.endsWith('/services-configuration.yaml'), link.target.toString());
  });

  test('follows the config as it changes (unsaved edits)', async () => {
    const editor = await openFixture('services-configuration.yaml');
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex(l => l.startsWith('  db: mpdb'));
    assert.ok(line >= 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, 0, line, '  db: mpdb'.length), '  db: otherdb');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitFor(() => /^ {2}db +otherdb +services-configuration\.yaml:24 +marketplace-db\.db/m.test(effectiveDocument()?.getText() ?? ''), 10_000, 'the view to show db otherdb');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('the marketplace status names why each service is not ready (fake kubectl)', async () => {
    const status = await vscode.commands.executeCommand<Status>('openpai.showMarketplaceStatus');
    assert.ok(status, 'the command resolved to nothing');
    assert.deepStrictEqual(status.services.map(s => [s.name, s.ready, s.reason]), [
      ['marketplace-db', true, undefined],
      ['marketplace-restserver', false, 'PortInUse'],
      ['marketplace-webportal', false, 'ImagePullBackOff'],
    ]);
    const [, rs, wp] = status.services;
    assert.match(rs.detail ?? '', /keeps crashing: 9 restarts/);
    assert.match(rs.detail ?? '', /Error: listen EADDRINUSE: address already in use :::9292/);
    assert.match(wp.detail ?? '', /^cannot pull the image openpai\/pai-marketplace-webportal:v1\.8\.1/);
  });
});
