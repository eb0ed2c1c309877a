/**
 * The decisions behind running the real paictl: its prompts and what its exit 0 means (texts from
 * pai v1.8.0 deployment/confStorage/upload.py, download.py, serviceCmd.py), the keystrokes of the
 * terminal, its environment, and which folder paths its shell would break (checked against sh).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { asksClusterId, clusterIdOf, clusterIdPrefill, commandOptions } from '../../../src/deploy/clusterId';
import { LineInput } from '../../../src/deploy/lineInput';
import { paictlEnv, pushFolderPlan, shellBreaks, withPushFolder } from '../../../src/deploy/paictlEnv';
import { CLUSTER_ID_PROMPT, PromptWatcher, stepVerdict, YES_NO_PROMPT } from '../../../src/deploy/paictlOutput';
import { MACHINE_SETTINGS, settingsEditor } from '../../../src/deploy/settingScope';
import { stageFolder } from '../../../src/deploy/stageFolder';

describe('deploy: paictl prompts', () => {
  it('the cluster-id prompt waits once it ends the output, even split across chunks; answered once', () => {
    const w = new PromptWatcher();
    assert.equal(w.feed('2026 INFO Configured cluster-id in services configuration : pai\nPlease input the cluster-'), undefined);
    assert.equal(w.feed('id which you wanna operate: '), 'cluster-id');
    assert.equal(w.feed(''), undefined, 'the same prompt is not answered twice');
    assert.equal(w.feed('pai\nCongratulations: Cluster-id checking passed.\n'), undefined);
  });
  it('delete: Y/N first, then the cluster id', () => {
    const w = new PromptWatcher();
    assert.equal(w.feed(`----\n${YES_NO_PROMPT}`), 'yes-no');
    assert.equal(w.feed('Y\n'), undefined);
    assert.equal(w.feed(CLUSTER_ID_PROMPT), 'cluster-id');
  });
  it('text that only mentions the prompt mid-line is not a prompt', () => {
    assert.equal(new PromptWatcher().feed(`${CLUSTER_ID_PROMPT}pai\n`), undefined);
  });
});

describe('deploy: what a finished paictl run did', () => {
  const del = ['service', 'delete', '-n', 'marketplace-webportal', 'marketplace-restserver', 'marketplace-db'];
  it('exit 0 after the cluster id: succeeded', () => {
    assert.deepEqual(stepVerdict(['config', 'push', '-p', '/c', '-m', 'service'], 0, `${CLUSTER_ID_PROMPT}\nCongratulations`), { status: 'succeeded' });
  });
  it('a wrong cluster id: failed, saying so', () => {
    const v = stepVerdict(['service', 'start', '-n', 'webportal'], 1, `${CLUSTER_ID_PROMPT}\nOps, maybe you find the wrong cluster. Please check your input and the target cluster.\n`);
    assert.equal(v.status, 'failed');
    assert.match(v.reason ?? '', /cluster id is not the one stored in the cluster/);
  });
  it('delete answered N: exit 0, nothing done (no cluster-id prompt followed)', () => {
    const v = stepVerdict(del, 0, `Dangerous Operation!!!\n${YES_NO_PROMPT}`);
    assert.equal(v.status, 'nothing-done');
    assert.match(v.reason ?? '', /answered N/);
  });
  it('delete: three invalid answers: nothing done', () => {
    const out = `${YES_NO_PROMPT} Please type Y or N.\n${YES_NO_PROMPT} Please type Y or N.\n${YES_NO_PROMPT} Please type Y or N.\n3 Times.........  Sorry,  we will force stopping your operation.\n`;
    assert.equal(stepVerdict(del, 0, out).status, 'nothing-done');
  });
  it('delete answered Y and the id: succeeded', () => {
    assert.equal(stepVerdict(del, 0, `${YES_NO_PROMPT}${CLUSTER_ID_PROMPT}\n`).status, 'succeeded');
  });
  it('every -n name skipped: nothing done; some skipped: failed, naming them', () => {
    const skip = (n: string) => `service.yaml can't be found on the directory of ${n}\nPlease check your source code. The ${n}'s service will be skipped.\n`;
    const args = ['service', 'start', '-c', '/k', '-n', 'marketplace-db', 'marketplace-restserver'];
    assert.equal(stepVerdict(args, 0, skip('marketplace-db') + skip('marketplace-restserver')).status, 'nothing-done');
    const some = stepVerdict(args, 0, skip('marketplace-db'));
    assert.equal(some.status, 'failed');
    assert.match(some.reason ?? '', /lacks marketplace-db/);
  });
  it('no exit code: failed', () => {
    assert.equal(stepVerdict(['config', 'pull', '-o', '/c'], undefined, '').status, 'failed');
  });
});

describe('deploy: keystrokes in the paictl terminal', () => {
  it('echoes, edits with backspace, hands over whole lines; Enter is \\r in a terminal', () => {
    const i = new LineInput();
    assert.deepEqual(i.handle('pax'), { echo: 'pax', lines: [], interrupt: false, endOfInput: false });
    assert.deepEqual(i.handle('\x7fi\r'), { echo: '\b \bi\r\n', lines: ['pai'], interrupt: false, endOfInput: false });
  });
  it('sendText("Y", true) gives one line; cursor keys are ignored; Ctrl+C interrupts; Ctrl+D on an empty line ends the input', () => {
    const i = new LineInput();
    assert.deepEqual(i.handle('Y\r').lines, ['Y']);
    assert.deepEqual(i.handle('\x1b[A\x1b[DN\r').lines, ['N']);
    assert.equal(i.handle('\x03').interrupt, true);
    assert.equal(i.handle('\x04').endOfInput, true);
  });
  it('a pasted CRLF is one line end; a bare LF counts too', () => {
    const i = new LineInput();
    assert.deepEqual(i.handle('Y\r\nN\n').lines, ['Y', 'N']);
    assert.deepEqual(i.handle('\r').lines, ['']);
    assert.deepEqual(i.handle('\nx\r').lines, ['x'], 'the LF of a CRLF split over two events');
  });
});

describe('deploy: the environment paictl runs in', () => {
  it('unbuffered Python; KUBECONFIG only when a kubeconfig is set', () => {
    const base = { PATH: '/usr/bin', KUBECONFIG: undefined };
    assert.deepEqual(paictlEnv(base, undefined), { PATH: '/usr/bin', PYTHONUNBUFFERED: '1' });
    assert.deepEqual(paictlEnv({ ...base, KUBECONFIG: '/old' }, '/k/c'), { PATH: '/usr/bin', PYTHONUNBUFFERED: '1', KUBECONFIG: '/k/c' });
  });
});

describe("deploy: folders paictl's shell would break", () => {
  // What `cp -r <folder>/* <tmp>` sees of the folder, through sh as paictl runs it.
  const throughShell = (p: string) => execFileSync('sh', ['-c', `printf '%s' ${p}`], { cwd: os.tmpdir(), encoding: 'utf8' });

  it('the folder of the issue, spaces, quotes, globs, separators and line ends are unsafe', () => {
    for (const p of ["/w/cfg dir $(touch PWNED) 'q'", '/w/a b', '/w/it\'s', '/w/`id`', '/w/$HOME', '/w/a*', '/w/a?', '/w/[a]', '/w/a;b', '/w/a&b', '/w/a|b', '/w/a<b', '/w/a>b', '/w/a\nb', '/w/a\tb', '/w/{a,b}', '/w/~x', '/w/#x', '/w/a\\b', '/w/a"b', '/w/a!b', '/w/a\u00a0b']) {
      assert.ok(shellBreaks(p), JSON.stringify(p));
    }
  });
  it('the explanation names the characters', () => {
    assert.match(shellBreaks("/w/cfg dir $(touch PWNED) 'q'") ?? '', /\(space \$ \( \) '\)$/);
  });
  it('every path called safe reaches cp verbatim through sh (property)', () => {
    const char = fc.constantFrom(...'abcXYZ019_@%+=:,.-/é中'.split(''), ...' $`\'"*?[;&|<>\n(){}~#\\!'.split(''));
    fc.assert(fc.property(fc.array(char, { minLength: 1, maxLength: 12 }), chars => {
      const p = `/w/${chars.join('')}`;
      if (shellBreaks(p) === undefined) { assert.equal(throughShell(p), p); }
    }), { numRuns: 150 });
  });
  it('a safe folder is pushed as it is; an unsafe one from a staged copy; refused when the temp folder is unsafe too', () => {
    assert.deepEqual(pushFolderPlan('/home/admin/pai-config', '/tmp'), { kind: 'direct' });
    assert.equal(pushFolderPlan('/home/admin/my config', '/tmp').kind, 'stage');
    const r = pushFolderPlan('/home/admin/my config', '/tmp/my tmp');
    assert.equal(r.kind, 'refuse');
    assert.match(r.kind === 'refuse' ? r.message : '', /^Not pushed: .*Rename the folder or set TMPDIR\.$/);
  });
  it('the staged copy holds what cp -r <folder>/* copies (no dot files), under a safe name; removed after', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stage-test-'));
    try {
      const src = path.join(tmp, "cfg dir $(touch PWNED) 'q'");
      fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
      fs.writeFileSync(path.join(src, 'services-configuration.yaml'), 'a: 1\n');
      fs.writeFileSync(path.join(src, 'sub', 'x.txt'), 'x');
      fs.writeFileSync(path.join(src, '.hidden'), 'h');
      const staged = stageFolder(src, tmp);
      assert.equal(shellBreaks(staged.path), undefined);
      assert.deepEqual(fs.readdirSync(staged.path).sort(), ['services-configuration.yaml', 'sub']);
      assert.equal(fs.readFileSync(path.join(staged.path, 'sub', 'x.txt'), 'utf8'), 'x');
      staged.remove();
      assert.equal(fs.existsSync(staged.path), false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
  it('the push runs from the staged copy: only the -p value changes', () => {
    assert.deepEqual(withPushFolder(['py', 'paictl.py', 'config', 'push', '-p', '/a b', '-m', 'service'], '/tmp/s'), ['py', 'paictl.py', 'config', 'push', '-p', '/tmp/s', '-m', 'service']);
  });
});

describe('deploy: the cluster id, asked once', () => {
  it('every step but get-id asks it', () => {
    assert.deepEqual(['push', 'pull', 'get-id', 'start-marketplace', 'delete-marketplace', 'stop-webportal'].filter(s => asksClusterId(s as never)), ['push', 'pull', 'start-marketplace', 'delete-marketplace', 'stop-webportal']);
  });
  it('prefilled from the last id confirmed for the folder, else cluster.common.cluster-id, else pai', () => {
    assert.equal(clusterIdPrefill('prod-1', 'pai'), 'prod-1');
    assert.equal(clusterIdPrefill(undefined, 'lab'), 'lab');
    assert.equal(clusterIdPrefill(undefined, undefined), 'pai');
    assert.equal(clusterIdOf(12), '12');
  });
  it('the commands\' second argument: { clusterId } only', () => {
    assert.deepEqual(commandOptions({ clusterId: 'pai' }), { clusterId: 'pai' });
    assert.deepEqual(commandOptions({ clusterId: 3 }), {});
    assert.deepEqual(commandOptions(undefined), {});
  });
});

describe('deploy: where a setting is edited', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope?: string }> }[] } };
  it('the machine settings are the ones package.json scopes "machine"', () => {
    const machine = manifest.contributes.configuration.flatMap(c => Object.entries(c.properties)).filter(([, p]) => p.scope === 'machine').map(([k]) => k);
    assert.deepEqual([...machine].sort(), [...MACHINE_SETTINGS].sort());
  });
  it('a machine setting opens the Remote tab in a remote window, the User tab locally; the config folder the Workspace tab', () => {
    assert.deepEqual(settingsEditor('openpai.paictl.path', 'ssh-remote+box'), { command: 'workbench.action.openRemoteSettings', args: { query: 'openpai.paictl.path' } });
    assert.equal(settingsEditor('openpai.paictl.path', undefined).command, 'workbench.action.openSettings');
    assert.equal(settingsEditor('openpai.configFolder', 'ssh-remote+box').command, 'workbench.action.openWorkspaceSettings');
  });
});
