/**
 * The desktop routes of the integration suite, driven with a fake VS Code executable (no desktop
 * VS Code exists here): `VSCODE_EXECUTABLE=… npm run test:integration` and `npx vscode-test`
 * (@vscode/test-cli through @vscode/test-electron). The fake records how it was launched and
 * answers like a suite that ran: results file written, exit code. The real suites run in code-server.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runs } from '../integration/runs';

const root = join(__dirname, '../..');
const FAKE_CODE = `#!/usr/bin/env node
const fs = require('fs');
const env = process.env;
fs.appendFileSync(env.FAKE_CODE_LOG, JSON.stringify({ args: process.argv.slice(2), env: {
  run: env.OPENPAI_TEST_RUN, trusted: env.OPENPAI_TEST_TRUSTED, results: env.OPENPAI_TEST_RESULTS,
  screenshots: env.OPENPAI_SCREENSHOT_DIR, testCliOptions: env.VSCODE_TEST_OPTIONS } }) + '\\n');
const fail = env.FAKE_CODE_FAIL === env.OPENPAI_TEST_RUN;
if (env.OPENPAI_TEST_RESULTS) {
  fs.writeFileSync(env.OPENPAI_TEST_RESULTS, JSON.stringify({ total: 2, passes: fail ? 1 : 2, failures: fail ? 1 : 0, pending: 0, done: true }));
}
process.exit(fail ? 1 : 0);
`;

interface Launch { args: string[]; env: { run?: string; trusted?: string; results?: string; screenshots?: string; testCliOptions?: string } }

describe('integration suite: desktop routes (fake VS Code executable)', function () {
  this.timeout(180_000);
  let dir: string;
  let fake: string;
  let log: string;

  before(function () {
    if (!existsSync(join(root, 'out/test/integration/runInCodeServer.js')) || !existsSync(join(root, 'dist/extension.js'))) {
      const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--no-types'], { cwd: root, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'openpai-fake-code-'));
    fake = join(dir, 'code with space');
    writeFileSync(fake, FAKE_CODE);
    chmodSync(fake, 0o755);
    log = join(dir, 'launches.jsonl');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function launches(): Launch[] {
    return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map(l => JSON.parse(l) as Launch) : [];
  }
  function arg(l: Launch, name: string): string | undefined {
    return l.args.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  }

  it('VSCODE_EXECUTABLE: each run gets its folder, this extension, the suite entry, its own settings; only Restricted Mode keeps trust on', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/test-integration.mjs'), 'smoke', 'editor-restricted'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, VSCODE_EXECUTABLE: fake, FAKE_CODE_LOG: log },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^4 passed, 0 failed$/m);
    const [smoke, restricted] = launches();
    assert.deepEqual([smoke.env.run, restricted.env.run], ['smoke', 'editor-restricted']);
    assert.equal(smoke.args[0], join(root, 'test/fixtures/smoke'));
    assert.equal(restricted.args[0], join(root, 'test/fixtures/editor'));
    for (const l of [smoke, restricted]) {
      assert.equal(arg(l, 'extensionDevelopmentPath'), root);
      assert.equal(arg(l, 'extensionTestsPath'), join(root, 'out/test/integration/suite/index'));
      assert.equal(l.env.screenshots, undefined, 'nothing serves screenshots on the desktop: tests must not wait for one');
    }
    assert.ok(smoke.args.includes('--disable-workspace-trust'));
    assert.ok(!restricted.args.includes('--disable-workspace-trust'));
    assert.deepEqual([smoke.env.trusted, restricted.env.trusted], ['1', '0']);
    // Each run's settings were written to its own user-data-dir (removed after the run: checked by name).
    assert.notEqual(arg(smoke, 'user-data-dir'), arg(restricted, 'user-data-dir'));
  });

  it('VSCODE_EXECUTABLE: a failing run fails the whole, with its count', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/test-integration.mjs'), 'smoke', 'smoke-restricted'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, VSCODE_EXECUTABLE: fake, FAKE_CODE_LOG: log, FAKE_CODE_FAIL: 'smoke-restricted' },
    });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^run smoke-restricted: FAILED \(1 passed, 1 failed/m);
    assert.match(r.stdout, /^3 passed, 1 failed$/m);
  });

  it('npx vscode-test (@vscode/test-cli): one configuration per trusted run, with its folder, suite files and settings', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/test-cli/out/bin.mjs'), '--label', 'editor'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, VSCODE_EXECUTABLE: fake, FAKE_CODE_LOG: log },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const [editor] = launches();
    assert.equal(launches().length, 1);
    assert.equal(editor.env.run, 'editor');
    assert.ok(editor.args.includes(join(root, 'test/fixtures/editor')), editor.args.join(' '));
    assert.equal(arg(editor, 'extensionDevelopmentPath'), root);
    assert.match(arg(editor, 'extensionTestsPath') ?? '', /@vscode[/\\]test-cli[/\\]out[/\\]runner\.cjs$/);
    const settings = JSON.parse(readFileSync(join(arg(editor, 'user-data-dir')!, 'User/settings.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(settings['files.autoSave'], 'off');
    const options = JSON.parse(editor.env.testCliOptions!) as { files: string[]; mochaOpts: { ui: string } };
    assert.deepEqual(options.files, [join(root, 'out/test/integration/suite/editor/editor.test.js')]);
    assert.equal(options.mochaOpts.ui, 'tdd');
    assert.equal(editor.env.screenshots, undefined);

    const list = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/test-cli/out/bin.mjs'), '--list-configuration'], { cwd: root, encoding: 'utf8' });
    const labels = (JSON.parse(list.stdout) as { config: { label: string } }[]).map(c => c.config.label);
    assert.deepEqual(labels, runs.filter(run => !run.manual && run.trusted !== false && !run.installVsix).map(run => run.name));
    assert.ok(labels.includes('editor') && labels.includes('deploy'));
  });
});
