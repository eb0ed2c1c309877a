// Regenerates the README's pictures from the real editor: runs the `editor-screenshots` integration
// run (test/integration/suite/editor-screenshots/) on the `npm start` example and copies its PNGs
// to docs/images/. Usage: node scripts/screenshots.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'openpai-screenshots-'));
const run = spawnSync(process.execPath, [join(root, 'scripts/test-integration.mjs'), 'editor-screenshots'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, OPENPAI_SCREENSHOT_OUT: out },
});
if (run.status !== 0) {
  console.error(`screenshots: the editor-screenshots run failed (exit ${run.status}); docs/images/ is unchanged.`);
  process.exit(run.status ?? 1);
}
const shots = join(out, 'editor-screenshots');
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
for (const name of readdirSync(shots).filter(f => f.endsWith('.png') && !f.startsWith('FAILED'))) {
  copyFileSync(join(shots, name), join(images, name));
  console.log(`docs/images/${name}`);
}
rmSync(out, { recursive: true, force: true });
