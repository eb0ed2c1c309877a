/** The map in CONTRIBUTING.md, enforced: the core is pure, and the faces never import each other. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map(m => m[1] ?? m[2] ?? m[3]);
}

describe('architecture (CONTRIBUTING.md)', () => {
  it('src/core imports neither vscode nor the file system, processes or the network', () => {
    const bad = files(join(SRC, 'core')).flatMap(f => imports(f)
      .filter(i => /^(vscode|(node:)?(fs|fs\/promises|child_process|net|http|https|os))$/.test(i))
      .map(i => `${relative(SRC, f)} imports ${i}`));
    assert.deepEqual(bad, []);
  });

  it('the faces (editor, deploy, cli) never import each other', () => {
    const faces = ['editor', 'deploy', 'cli'];
    const bad = faces.flatMap(face => files(join(SRC, face)).flatMap(f => imports(f)
      .filter(i => faces.some(other => other !== face && new RegExp(`^\\.\\./(${other})(/|$)`).test(i)))
      .map(i => `${relative(SRC, f)} imports ${i}`)));
    assert.deepEqual(bad, []);
  });

  it('finds the imports it checks (the scan is not empty)', () => {
    assert.ok(files(join(SRC, 'core')).length > 20);
    assert.ok(imports(join(SRC, 'extension.ts')).includes('vscode'));
  });
});
