// Regenerates the README's pictures from the real editor: runs the `editor-screenshots` integration
// run (test/integration/suite/editor-screenshots/) on the `npm start` example and `effective-screenshots`
// (the effective view and the marketplace status, on test/fixtures/effective-run) and copies their PNGs
// to docs/images/. Usage: node scripts/screenshots.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'openpai-screenshots-'));
const RUNS = ['editor-screenshots', 'effective-screenshots'];
const run = spawnSync(process.execPath, [join(root, 'scripts/test-integration.mjs'), ...RUNS], {
  cwd: root, stdio: 'inherit', env: { ...process.env, OPENPAI_SCREENSHOT_OUT: out },
});
if (run.status !== 0) {
  console.error(`screenshots: a screenshot run failed (exit ${run.status}); docs/images/ is unchanged.`);
  process.exit(run.status ?? 1);
}
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
for (const shots of RUNS.map(r => join(out, r))) {
  for (const name of readdirSync(shots).filter(f => f.endsWith('.png') && !f.startsWith('FAILED'))) {
    copyFileSync(join(shots, name), join(images, name));
    console.log(`docs/images/${name}`);
  }
}
rmSync(out, { recursive: true, force: true });
