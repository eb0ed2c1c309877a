// The packed .vsix, installed into a fresh VS Code as a user installs it (run `vsix`): the extension that
// answers is the installed copy, and the package carries what the Extensions view shows.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from '../helpers';

function installed(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext;
}

suite('vsix: the installed package', () => {
  test('is loaded from the extensions dir, not from the development folder', () => {
    const dir = process.env.OPENPAI_TEST_EXTENSIONS_DIR;
    assert.ok(dir, 'OPENPAI_TEST_EXTENSIONS_DIR is not set: this suite needs the vsix run');
    const ext = installed();
    assert.ok(ext.extensionPath.startsWith(fs.realpathSync(dir)) || ext.extensionPath.startsWith(dir), ext.extensionPath);
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'the package holds sources');
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'dist', 'cli.js')), 'the package holds the CLI (it is for npm)');
  });

  test('reports a boolean switch in services-configuration.yaml', async () => {
    const editor = await openFixture('services-configuration.yaml');
    const found = await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).find(d => d.source === 'openpai' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'switch-not-string'), 20_000, 'switch-not-string from the installed extension');
    assert.strictEqual(found.range.start.line, 5);
    assert.ok(installed().isActive);
  });

  test('carries the admins\' README with its images, the icon and the CHANGELOG', () => {
    const ext = installed();
    const files = fs.readdirSync(ext.extensionPath);
    const readme = files.find(f => /^readme\.md$/i.test(f));
    assert.ok(readme, files.join(', '));
    const text = fs.readFileSync(path.join(ext.extensionPath, readme), 'utf8');
    assert.match(text, /^# OpenPAI Marketplace Tools/);
    assert.doesNotMatch(text, /npm ci|npm run bench/, 'the developers\' README was packaged');
    const images = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]);
    assert.ok(images.length >= 3, text);
    for (const image of images) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, image)), `${image} is not in the package`);
    }
    const icon = (ext.packageJSON as { icon?: string }).icon;
    assert.ok(icon && fs.statSync(path.join(ext.extensionPath, icon)).size > 0, `icon ${icon}`);
    assert.ok(files.some(f => /^changelog\.md$/i.test(f)), files.join(', '));
  });
});
