// The editor face in a real VS Code: runs `editor` (trusted) and `editor-restricted` (Restricted Mode)
// on test/fixtures/editor. Fixture files are never saved: edits are reverted, and the save test
// works on a scratch copy it deletes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { currentRun, sleep, waitFor, workspaceFolder } from '../helpers';
import { CONFIG, codeOf, completionsAt, expectDiagnostics, find, fixtureUri, hoverText, labelOf, openConfig, ours, revert } from './fixture';

const INITIAL: [string, number, number, number, number][] = [
  ['switch-not-string', 6, 17, 6, 21],
  ['db-credentials', 18, 11, 18, 25],
];

suite('editor', () => {
  let editor: vscode.TextEditor;
  let uri: vscode.Uri;
  const scratch: vscode.Uri[] = [];

  suiteSetup(async () => {
    editor = await openConfig();
    uri = editor.document.uri;
    await vscode.window.showTextDocument(editor.document, { preview: false });
  });

  teardown(async () => {
    for (const e of vscode.window.visibleTextEditors) { await revert(e); }
    for (const d of vscode.workspace.textDocuments) {
      if (d.isDirty && d.uri.scheme === 'file') {
        await vscode.window.showTextDocument(d);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of scratch) { await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined); }
  });

  /** A folder in the workspace with copies of the fixture files, deleted after the suite. */
  async function scratchCopy(name: string): Promise<vscode.Uri> {
    const dir = vscode.Uri.joinPath(workspaceFolder().uri, `scratch-${name}-${currentRun().name || 'run'}`);
    scratch.push(dir);
    await vscode.workspace.fs.createDirectory(dir);
    for (const file of [CONFIG, 'layout.yaml', 'config.yaml']) {
      await vscode.workspace.fs.copy(fixtureUri(file), vscode.Uri.joinPath(dir, file), { overwrite: true });
    }
    return dir;
  }

  test('workspace trust matches the run', () => {
    assert.strictEqual(vscode.workspace.isTrusted, currentRun().trusted);
  });

  test('diagnostics after opening: codes, ranges, source, README link and related location', async () => {
    await expectDiagnostics(uri, INITIAL, 'diagnostics after opening');
    const [sw, db] = ours(uri).sort((a, b) => a.range.start.line - b.range.start.line);
    assert.strictEqual(sw.severity, vscode.DiagnosticSeverity.Error);
    assert.match(sw.message, /string 'true'/);
    assert.ok(typeof sw.code === 'object');
    assert.strictEqual(sw.code.target.toString(true), 'https://github.com/openpai-tools/openpai-marketplace-tools#rule-switch-not-string');
    assert.strictEqual(db.relatedInformation?.length, 1);
    const related = db.relatedInformation[0];
    assert.strictEqual(related.location.uri.toString(), uri.toString());
    assert.deepStrictEqual([related.location.range.start.line, related.location.range.start.character], [14, 8]);
    assert.strictEqual(editor.document.getText(related.location.range), 'marketplace');
  });

  test('diagnostics follow typing', async () => {
    await expectDiagnostics(uri, INITIAL, 'before typing');
    assert.ok(await editor.edit(b => b.replace(new vscode.Range(6, 17, 6, 21), "'true'")));
    await expectDiagnostics(uri, [['db-credentials', 18, 11, 18, 25]], 'after quoting the switch');
    const apiLine = find(editor.document, 'marketplace_api_uri').line;
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(apiLine + 1, 0), '  server_prot: 9293\n')));
    await expectDiagnostics(uri, [['db-credentials', 18, 11, 18, 25], ['schema', apiLine + 1, 2, apiLine + 1, 13]], 'after typing a misspelled key');
    await revert(editor);
    await expectDiagnostics(uri, INITIAL, 'after reverting');
  });

  test('re-checked when the sibling layout.yaml changes in an open buffer', async () => {
    await expectDiagnostics(uri, INITIAL, 'before');
    const layout = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('layout.yaml')), { preview: false });
    const ip = find(layout.document, '10.0.0.1');
    assert.ok(await layout.edit(b => b.replace(new vscode.Range(ip, ip.translate(0, 8)), '10.0.0.9')));
    const apiLine = find(editor.document, 'marketplace_api_uri').line;
    await expectDiagnostics(uri, [...INITIAL, ['api-uri', apiLine, 23, apiLine, 43]], 'after moving the master in layout.yaml');
    const apiUri = ours(uri).find(d => codeOf(d) === 'api-uri')!;
    assert.match(apiUri.message, /points outside this cluster/);
    assert.match(await hoverText(uri, apiUri.range.start.translate(0, 2)), /the master `10\.0\.0\.9`/, 'the hover on the finding tells the detail');
    await revert(layout);
    await expectDiagnostics(uri, INITIAL, 'after reverting layout.yaml');
  });

  test('layout.yaml beside the config gets its own diagnostics, at its own lines; the config\'s finding points there', async () => {
    const layout = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('layout.yaml')), { preview: false });
    const layoutUri = layout.document.uri;
    const layoutFindings = () => vscode.languages.getDiagnostics(layoutUri).filter(d => d.source === 'openpai');
    await sleep(500);
    assert.deepStrictEqual(layoutFindings().map(d => codeOf(d)), [], 'a sound layout.yaml has no findings');
    const master = find(layout.document, 'pai-master: "true"');
    assert.ok(await layout.edit(b => b.replace(new vscode.Range(master, master.translate(0, 'pai-master: "true"'.length)), 'pai-master: true')));
    const own = await waitFor(() => layoutFindings().find(d => codeOf(d) === 'layout-master'), 15_000, 'layout-master in layout.yaml');
    assert.strictEqual(own.range.start.line, master.line);
    const there = await waitFor(() => ours(uri).find(d => codeOf(d) === 'layout-master'), 15_000, 'layout-master in services-configuration.yaml');
    assert.ok(there.relatedInformation?.some(r => r.location.uri.toString() === layoutUri.toString()), JSON.stringify(there.relatedInformation));
    await revert(layout);
    await waitFor(() => layoutFindings().length === 0, 15_000, 'layout.yaml clean again');
    await expectDiagnostics(uri, INITIAL, 'after reverting layout.yaml');
  });

  test('layout.yaml: a hover on its keys from pai\'s code, completion of a machine\'s keys and values', async () => {
    const layout = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('layout.yaml')), { preview: false });
    const layoutUri = layout.document.uri;
    const master = find(layout.document, 'pai-master:');
    const md = await hoverText(layoutUri, master.translate(0, 3));
    assert.match(md, /^\*\*pai-master\*\* — the OpenPAI master \(layout\.yaml\)/);
    assert.match(md, /paictl compares it with the \*\*string\*\* "true"/);
    assert.match(md, /Values: `"true"`, `"false"`/);
    assert.match(md, /Read by \(microsoft\/pai\): `deployment\/clusterObjectModel\/mainParser\/layout\.py:38-43/);
    assert.strictEqual(await hoverText(layoutUri, master.translate(0, 'pai-master: "t'.length)), '', 'a hover on the value');

    const end = new vscode.Position(master.line + 1, 0);
    assert.ok(await layout.edit(b => b.insert(end, '    \n')));
    const keys = await completionsAt(layoutUri, new vscode.Position(end.line, 4));
    const keyLabels = keys.map(labelOf);
    for (const k of ['pai-worker', 'pai-storage']) { assert.ok(keyLabels.includes(k), `no ${k} in ${keyLabels.join(', ')}`); }
    for (const k of ['hostname', 'hostip', 'pai-master', 'machine-list']) { assert.ok(!keyLabels.includes(k), `${k} offered in a machine that has it (or at the wrong nesting)`); }
    const worker = keys.find(i => labelOf(i) === 'pai-worker')!;
    assert.strictEqual(worker.insertText instanceof vscode.SnippetString ? worker.insertText.value : worker.insertText, 'pai-worker: ${1|"true","false"|}');

    const type = find(layout.document, 'machine-type: ');
    const types = (await completionsAt(layoutUri, type.translate(0, 'machine-type: '.length))).map(labelOf);
    assert.deepStrictEqual(types, ['master-machine'], 'machine-type completes the sku names of machine-sku');
    await revert(layout);

    // A layout.yaml that no services-configuration.yaml sits beside is not paictl's: nothing from us.
    const lonely = vscode.Uri.joinPath(workspaceFolder().uri, `scratch-lonely-${currentRun().name || 'run'}`);
    scratch.push(lonely);
    await vscode.workspace.fs.createDirectory(lonely);
    const other = vscode.Uri.joinPath(lonely, 'layout.yaml');
    await vscode.workspace.fs.copy(layoutUri, other, { overwrite: true });
    const otherDoc = await vscode.workspace.openTextDocument(other);
    assert.strictEqual(await hoverText(other, find(otherDoc, 'pai-master:').translate(0, 3)), '', 'a hover in a layout.yaml paictl does not read');
  });

  test('completion: keys with docs and defaults, quoted switch values, the computed URI', async () => {
    const passwd = find(editor.document, 'passwd:').line;
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(passwd + 1, 0), '  \n')));
    const keys = await completionsAt(uri, new vscode.Position(passwd + 1, 2));
    const keyLabels = keys.map(labelOf);
    for (const k of ['data-path', 'port', 'db']) { assert.ok(keyLabels.includes(k), `no ${k} in ${keyLabels.join(', ')}`); }
    for (const k of ['user', 'passwd']) { assert.ok(!keyLabels.includes(k), `${k} is already in the section but offered`); }
    const dataPath = keys.find(i => labelOf(i) === 'data-path')!;
    const doc = dataPath.documentation instanceof vscode.MarkdownString ? dataPath.documentation.value : String(dataPath.documentation);
    assert.match(doc, /Default: `\/mnt\/marketplace`/);

    const switchValues = (await completionsAt(uri, new vscode.Position(6, 17))).map(labelOf);
    assert.ok(switchValues.includes("'true'") && switchValues.includes("'false'"), switchValues.join(', '));
    assert.ok(!switchValues.includes('true'), 'offers the boolean true for a switch paictl compares as a string');

    const apiLine = find(editor.document, 'marketplace_api_uri').line;
    const uris = (await completionsAt(uri, new vscode.Position(apiLine, 23))).map(labelOf);
    assert.ok(uris.includes('http://10.0.0.1:9292'), uris.join(', '));
  });

  test('hover: what the key does, type, default, versions, what paictl does', async () => {
    const sw = await hoverText(uri, new vscode.Position(6, 8));
    assert.match(sw, /\*\*marketplace\*\*/);
    assert.match(sw, /Type: `string`/);
    assert.match(sw, /Versions: v1\.4 and later/);
    assert.match(sw, /What paictl does:/);
    const port = find(editor.document, 'server-port', find(editor.document, 'marketplace-webportal:').line);
    assert.match(await hoverText(uri, port.translate(0, 2)), /Default: `9293`/);
  });

  test('hover covers exactly the key, found in the parse; on a finding its detail; nothing on a comment', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(6, 8));
    assert.deepStrictEqual(hovers.map(h => h.range && [h.range.start.line, h.range.start.character, h.range.end.line, h.range.end.character]), [[6, 4, 6, 15]]);
    const onValue = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(6, 18));
    assert.deepStrictEqual(onValue.map(h => h.range && [h.range.start.line, h.range.start.character, h.range.end.line, h.range.end.character]), [[6, 17, 6, 21]]);
    const detail = await hoverText(uri, new vscode.Position(6, 18));
    assert.match(detail, /switch-not-string.*compare it with the string 'true'/s);
    assert.doesNotMatch(detail, /stays off: write/, 'the hover adds the detail, not the Problems line again');
    assert.strictEqual(await hoverText(uri, new vscode.Position(5, 8)), '');
  });

  test('a quick fix through executeCodeActionProvider + applyEdit removes the finding and keeps the comment', async () => {
    await expectDiagnostics(uri, INITIAL, 'before the fix');
    const comment = editor.document.lineAt(5).text;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(6, 17, 6, 21));
    const fix = actions.find(a => a.kind?.value === 'quickfix' && a.isPreferred && a.title.startsWith('Quote the value'));
    assert.ok(fix?.edit, `no preferred quick fix among ${JSON.stringify(actions.map(a => [a.title, a.kind?.value, a.isPreferred, a.diagnostics?.map(codeOf)]))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(editor.document.lineAt(6).text, "    marketplace: 'true'");
    assert.strictEqual(editor.document.lineAt(5).text, comment);
    await expectDiagnostics(uri, [['db-credentials', 18, 11, 18, 25]], 'after the quick fix');
  });

  test('the light bulb also offers "Disable <code> for this line" and "Fix all", as ESLint does', async () => {
    await expectDiagnostics(uri, INITIAL, 'before');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(6, 17, 6, 21));
    const titles = actions.map(a => `${a.kind?.value}: ${a.title}`);
    assert.ok(titles.includes('quickfix: Fix all OpenPAI problems that have a preferred fix'), titles.join('\n'));
    const disable = actions.find(a => a.title === 'Disable switch-not-string for this line');
    assert.ok(disable?.edit && !disable.isPreferred, titles.join('\n'));
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.strictEqual(editor.document.lineAt(6).text, '    # openpai-disable-next-line switch-not-string');
    assert.strictEqual(editor.document.lineAt(7).text, '    marketplace: true');
    await waitFor(() => !ours(uri).some(d => codeOf(d) === 'switch-not-string'), 15_000, 'switch-not-string silenced');
  });

  test('a key paictl ignores is faded (DiagnosticTag.Unnecessary)', async () => {
    const db = find(editor.document, 'passwd: S3cure-Passw0rd');
    assert.ok(await editor.edit(b => b.insert(new vscode.Position(db.line + 1, 0), '  host: 10.0.0.9\n')));
    const ignored = await waitFor(() => ours(uri).find(d => codeOf(d) === 'ignored-key'), 15_000, 'ignored-key diagnostic');
    assert.strictEqual(ignored.range.start.line, db.line + 1);
    assert.deepStrictEqual(ignored.tags, [vscode.DiagnosticTag.Unnecessary]);
    assert.ok(!ours(uri).some(d => codeOf(d) !== 'ignored-key' && d.tags?.includes(vscode.DiagnosticTag.Unnecessary)), 'only ignored keys are faded');
  });

  test('an unusable password gets a new random one on both sides from the light bulb, and fix-all leaves it alone', async () => {
    const doc = editor.document;
    const db = find(doc, 'passwd: S3cure-Passw0rd');
    const rs = find(doc, 'db_password: S3cure-Passw0rd');
    assert.ok(await editor.edit(b => {
      b.replace(new vscode.Range(db.translate(0, 'passwd: '.length), db.translate(0, 'passwd: S3cure-Passw0rd'.length)), '123456');
      b.replace(new vscode.Range(rs.translate(0, 'db_password: '.length), rs.translate(0, 'db_password: S3cure-Passw0rd'.length)), "'123456'");
    }));
    const unsafe = await waitFor(() => ours(uri).filter(d => codeOf(d) === 'unsafe-value').length === 2 && ours(uri).find(d => codeOf(d) === 'unsafe-value'), 15_000, 'unsafe-value diagnostics');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unsafe.range);
    const fix = actions.find(a => a.title === 'Use a new random password in marketplace-db.passwd and marketplace-restserver.db_password');
    assert.ok(fix?.edit && !fix.isPreferred, `no such fix among ${JSON.stringify(actions.map(a => [a.title, a.isPreferred]))}`);
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.openpai');
    const touched = fixAll.flatMap(a => a.edit?.entries().flatMap(([, edits]) => edits.map(e => e.range.start.line)) ?? []);
    assert.ok(touched.length > 0 && !touched.includes(db.line) && !touched.includes(rs.line), `fix-all edits lines ${touched.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const written = /^ {2}passwd: ([A-Za-z][A-Za-z0-9]{23})$/.exec(doc.lineAt(db.line).text)?.[1];
    assert.ok(written, doc.lineAt(db.line).text);
    assert.strictEqual(doc.lineAt(rs.line).text, `  db_password: '${written}'`);
    await expectDiagnostics(uri, INITIAL, 'after the new password');
  });

  test('the deployment doc\'s service-configuration.yaml: file-name, and a quick fix that renames the file', async () => {
    const dir = await scratchCopy('rename');
    const wrong = vscode.Uri.joinPath(dir, 'service-configuration.yaml');
    const right = vscode.Uri.joinPath(dir, CONFIG);
    await vscode.workspace.fs.rename(right, wrong);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(wrong), { preview: false });
    const diagnostic = await waitFor(() => ours(wrong).find(d => codeOf(d) === 'file-name'), 15_000, 'file-name diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', wrong, diagnostic.range);
    const rename = actions.find(a => a.title === 'Rename the file to services-configuration.yaml');
    assert.ok(rename?.edit && rename.isPreferred, JSON.stringify(actions.map(a => a.title)));
    assert.ok(await vscode.workspace.applyEdit(rename.edit));
    await waitFor(() => fs.existsSync(right.fsPath) && !fs.existsSync(wrong.fsPath), 10_000, 'the file renamed on disk');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === right.toString(), 10_000, 'the editor following the rename');
    await expectDiagnostics(right, INITIAL, 'the renamed file: no file-name finding');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('typing `market` at the root and accepting the first suggestion writes a clean marketplace setup', async () => {
    const dir = await scratchCopy('snippet');
    const file = vscode.Uri.joinPath(dir, CONFIG);
    fs.writeFileSync(file.fsPath, ['cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', '  docker-registry:', '    tag: v1.8.0',
      'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80', '', ''].join('\n'));
    const typed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const end = new vscode.Position(11, 0);
    assert.ok(await typed.edit(b => b.insert(end, 'market')));
    typed.selection = new vscode.Selection(11, 6, 11, 6);
    await waitFor(async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await sleep(700);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return typed.document.getText().includes('marketplace-webportal:');
    }, 20_000, 'the suggestion to be accepted');
    const text = typed.document.getText();
    assert.match(text, /^ {4}marketplace: 'true'$/m);
    const passwd = /^ {2}passwd: ([A-Za-z][A-Za-z0-9]{23})$/m.exec(text)?.[1];
    assert.ok(passwd, text);
    assert.match(text, new RegExp(`^  db_password: ${passwd}$`, 'm'));
    assert.match(text, /^ {2}marketplace_api_uri: http:\/\/10\.0\.0\.1\/marketplace\/api$/m);
    await expectDiagnostics(file, [], 'after the snippet');
    await revert(typed);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('F2 on a credential renames it on both sides; Go to Definition jumps to the other side', async () => {
    const doc = editor.document;
    const rs = find(doc, 'db_password: S3cure-Passw0rd').translate(0, 'db_password: S3'.length);
    const db = find(doc, 'passwd: S3cure-Passw0rd');
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, rs);
    const target = targets.map(t => ('targetUri' in t ? { uri: t.targetUri, range: t.targetRange } : t))[0];
    assert.ok(target, 'no definition');
    assert.deepStrictEqual([target.range.start.line, target.range.start.character, target.range.end.character], [db.line, db.character + 'passwd: '.length, db.character + 'passwd: S3cure-Passw0rd'.length]);

    const rename = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, rs, 'N3w-Secret-Value');
    assert.ok(await vscode.workspace.applyEdit(rename));
    assert.strictEqual(doc.lineAt(db.line).text, '  passwd: N3w-Secret-Value');
    assert.strictEqual(doc.lineAt(rs.line).text, '  db_password: N3w-Secret-Value');
    await expectDiagnostics(uri, INITIAL, 'credentials still line up after the rename');
  });

  test('fix-all on save (editor.codeActionsOnSave: source.fixAll.openpai)', async () => {
    const dir = await scratchCopy('save');
    const file = vscode.Uri.joinPath(dir, CONFIG);
    const before = fs.readFileSync(file.fsPath, 'utf8');
    const saved = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    await expectDiagnostics(file, INITIAL, 'scratch copy before saving');
    await vscode.commands.executeCommand('workbench.action.files.save');
    const expected = before.replace('marketplace: true', "marketplace: 'true'").replace('db_user: marketplace_rw', 'db_user: marketplace');
    await waitFor(() => fs.readFileSync(file.fsPath, 'utf8') === expected, 15_000, 'fixed text on disk');
    assert.strictEqual(saved.document.getText(), expected);
    await expectDiagnostics(file, [], 'after fix-all on save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the status item says version, scheme and problems; the version command switches it', async () => {
    await expectDiagnostics(uri, INITIAL, 'before');
    assert.strictEqual(await vscode.commands.executeCommand<string>('openpai._statusText'), 'OpenPAI v1.8 · http · 2 problems');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('openpai.selectVersion', '1.5'), '1.5');
      await waitFor(async () => (await vscode.commands.executeCommand<string>('openpai._statusText')).startsWith('OpenPAI v1.5 · http'), 10_000, 'status at v1.5');
    } finally {
      await vscode.workspace.getConfiguration('openpai').update('paiVersion', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await vscode.commands.executeCommand<string>('openpai._statusText')) === 'OpenPAI v1.8 · http · 2 problems', 10_000, 'status back at v1.8');
    await vscode.commands.executeCommand('openpai.openRuleSettings');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an unrelated YAML file gets no diagnostics, completions or hovers', async () => {
    const other = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('other.yaml')), { preview: false });
    const at = find(other.document, 'marketplace:');
    const items = (await completionsAt(other.document.uri, at.translate(0, 13))).map(labelOf);
    assert.ok(!items.includes("'true'"), `our completions in other.yaml: ${items.join(', ')}`);
    assert.doesNotMatch(await hoverText(other.document.uri, at.translate(0, 2)), /\*\*marketplace\*\*/);
    // The config file's diagnostics are there (so the extension is working); other.yaml still has none.
    await expectDiagnostics(uri, INITIAL, 'config file');
    await sleep(1000);
    assert.deepStrictEqual(ours(other.document.uri), []);
  });

  test('a file too large to check at typing speed says so once instead of being checked', async () => {
    const dir = await scratchCopy('large');
    const file = vscode.Uri.joinPath(dir, CONFIG);
    fs.writeFileSync(file.fsPath, `cluster:\n  common:\n    marketplace: true\n${'# filler\n'.repeat(50_001)}`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), { preview: false });
    const diags = await waitFor(() => { const d = ours(file); return d.length > 0 && d; }, 15_000, 'too-large diagnostic');
    assert.deepStrictEqual(diags.map(d => [codeOf(d), d.severity, d.range.start.line]), [['too-large', vscode.DiagnosticSeverity.Information, 0]]);
    assert.match(diags[0].message, /too large|more than the 50,000 lines/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.ok(path.basename(file.fsPath) === CONFIG);
  });
});
