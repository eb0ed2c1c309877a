// Builds everything the extension, the CLI and the tests need, in one place:
//  1. the ajv standalone validator for the schema (so activation compiles nothing),
//  2. esbuild bundles: dist/extension.js, dist/cli.js, dist/core.js,
//  3. the integration suite and its runner, compiled file by file to out/test/integration,
//  4. the core's typings (dist/types) for the package's `./core` export,
//  5. what follows the rule registry (scripts/sync-rules.mjs): the README's rule table and sections, the manifest's
//     `openpai.rules.disabled` enum; each file written only when it changes. `--watch` does not (a save would
//     rewrite README.md and package.json while you type a rule's docs): run `npm run build` before committing.
//     Under CI (CI set) it writes nothing, so the drift test (test/unit/rule-docs.test.ts) fails on a stale commit.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchemaValidator } from './generate-schema-validator.mjs';
import { syncRules } from './sync-rules.mjs';
import { yamlAsModules } from './yaml-as-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const skipTypes = process.argv.includes('--no-types');
const watch = process.argv.includes('--watch');

generateSchemaValidator(root);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlAsModules()],
};

const bundles = [
  { ...common, entryPoints: [join(root, 'src/extension.ts')], outfile: join(root, 'dist/extension.js'), external: ['vscode'] },
  { ...common, entryPoints: [join(root, 'src/cli.ts')], outfile: join(root, 'dist/cli.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [join(root, 'src/core/index.ts')], outfile: join(root, 'dist/core.js') },
];

if (watch) {
  // `npm run watch`: the three bundles rebuilt on every save (F5 in VS Code starts it; see .vscode/launch.json).
  // The schema validator is generated once: after editing the schema, run `npm run build`.
  const say = { name: 'say', setup(b) {
    const out = relative(root, b.initialOptions.outfile);
    b.onStart(() => { console.log(`[watch] build started: ${out}`); });
    b.onEnd(r => { console.log(`[watch] build finished: ${out}, ${r.errors.length} error(s)`); });
  } };
  for (const options of bundles) { await (await esbuild.context({ ...options, plugins: [...options.plugins, say] })).watch(); }
  console.log('[watch] watching src/ (Ctrl+C to stop)');
  await new Promise(() => { /* until killed */ });
}
await Promise.all(bundles.map(options => esbuild.build(options)));

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) { out.push(...listTs(full)); } else if (name.endsWith('.ts')) { out.push(full); }
  }
  return out;
}
const integrationDir = join(root, 'test/integration');
mkdirSync(integrationDir, { recursive: true });
const integrationFiles = listTs(integrationDir);
if (integrationFiles.length > 0) {
  await esbuild.build({
    entryPoints: integrationFiles,
    outdir: join(root, 'out/test/integration'),
    outbase: integrationDir,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (!skipTypes && !production) {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.core-types.json')], { stdio: 'inherit' });
}
const { RULES } = createRequire(import.meta.url)(join(root, 'dist/core.js'));
const inCi = Boolean(process.env.CI);
const synced = syncRules(root, RULES, { write: !inCi });
if (synced.length > 0) {
  console.log(inCi
    ? `rules: ${synced.join(' and ')} ${synced.length > 1 ? 'differ' : 'differs'} from the registry; not written under CI (run npm run build and commit)`
    : `rules: wrote ${synced.join(' and ')} from the registry`);
}
console.log(`built ${relative(process.cwd(), join(root, 'dist')) || 'dist'}${production ? ' (production)' : ''}`);
