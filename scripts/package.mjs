// Builds the .vsix as users get it: the production bundle, the admins' README (README.marketplace.md, not the
// developers' README.md), its images inside the package, the icon and the CHANGELOG.
//
//   node scripts/package.mjs [--out <file.vsix>] [--dev-build-after]
//
// Relative links are kept relative (they resolve inside the installed extension). To point the images at one
// published location instead, set VSIX_IMAGES_BASE_URL (passed to vsce as --baseImagesUrl).
// --dev-build-after rebuilds the development bundle afterwards (the integration runs load dist/ as well).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARKETPLACE_README = 'README.marketplace.md';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function packageVsix({ out, devBuildAfter = false } = {}) {
  const node = process.execPath;
  execFileSync(node, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
  const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
  const base = process.env.VSIX_IMAGES_BASE_URL;
  const args = ['package', '--no-dependencies', '--readme-path', MARKETPLACE_README,
    ...(base ? ['--baseImagesUrl', base] : ['--no-rewrite-relative-links']),
    ...(out ? ['--out', resolve(out)] : [])];
  try {
    execFileSync(node, [vsce, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  } finally {
    if (devBuildAfter) { execFileSync(node, [join(root, 'scripts/build.mjs'), '--no-types'], { cwd: root, stdio: 'inherit' }); }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--out');
  packageVsix({ out: at >= 0 ? argv[at + 1] : undefined, devBuildAfter: argv.includes('--dev-build-after') });
}
