/**
 * The README's `--fix` example is real: its input is below, and the console block under "**`--fix`**"
 * must be exactly what dist/cli.js prints for it, twice over (the second run shows idempotence).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutWithMaster, yaml } from './helpers';

const ROOT = join(__dirname, '..', '..');

/** v1.5 on http: a boolean switch, a password that differs, no API URI, no plugin. */
const INPUT = yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', '    marketplace: true',
  '  docker-registry:', '    namespace: openpai', '    domain: docker.io', '    tag: v1.5.0',
  'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80',
  'marketplace-db:', '  user: mp', '  passwd: mp-Secret-42', '  db: marketplace',
  'marketplace-restserver:', '  db_user: mp', '  db_password: mp-Secret-41',
  'marketplace-webportal:', '  server-port: 9293',
);

function readmeFixExample(): { command: string; output: string[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('**`--fix`** applies');
  assert.ok(at >= 0, 'README has no **`--fix`** paragraph');
  const open = readme.indexOf('```console\n', at);
  const close = readme.indexOf('\n```', open + 1);
  const runs: { command: string; output: string[] }[] = [];
  for (const line of readme.slice(open + '```console\n'.length, close).split('\n')) {
    if (line.startsWith('$ ')) { runs.push({ command: line.slice(2), output: [] }); } else { runs[runs.length - 1].output.push(line); }
  }
  return runs;
}

describe('README --fix example', () => {
  it('is what the CLI prints for its input, and a second run has nothing to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'openpai-readme-fix-'));
    try {
      mkdirSync(join(dir, 'cluster-cfg'));
      writeFileSync(join(dir, 'cluster-cfg/services-configuration.yaml'), INPUT);
      writeFileSync(join(dir, 'cluster-cfg/layout.yaml'), layoutWithMaster('10.0.0.1'));
      const runs = readmeFixExample();
      assert.equal(runs.length, 2);
      for (const run of runs) {
        const args = run.command.split(' ');
        assert.deepEqual(args.slice(0, 2), ['npx', 'openpai-marketplace']);
        const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args.slice(2)], { cwd: dir, encoding: 'utf8' });
        assert.deepEqual(r.stdout.trimEnd().split('\n'), run.output, r.stderr);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
