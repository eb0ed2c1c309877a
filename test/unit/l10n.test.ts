/**
 * The runtime messages' translations (l10n/bundle.l10n.<locale>.json): every `l10n.t()` message in
 * src/ has one with the same placeholders, none is left over, and the zh-cn bundle really changes
 * what the admin reads (status item, gate, step results), then English comes back.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { gateDecision } from '../../src/deploy/gate';
import { runSequence } from '../../src/deploy/sequence';
import { statusView } from '../../src/editor/statusText';
import { l10nCalls } from './l10n-keys';

const root = join(__dirname, '../..');
const calls = l10nCalls(join(root, 'src'));
const messages = [...new Set(calls.map(c => c.message).filter((m): m is string => m !== undefined))];
const bundles = readdirSync(join(root, 'l10n')).filter(f => /^bundle\.l10n\.[\w-]+\.json$/.test(f));
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort();
const zhCn = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

describe('localized runtime messages', () => {
  it('finds the messages, each one a plain string literal (a computed one could not be translated)', () => {
    assert.ok(messages.length > 100, `only ${messages.length} messages`);
    assert.deepEqual(calls.filter(c => c.message === undefined).map(c => `${c.file}:${c.line}`), []);
  });

  for (const file of bundles) {
    it(`${file}: translates every message with the same placeholders, and nothing else`, () => {
      const bundle = JSON.parse(readFileSync(join(root, 'l10n', file), 'utf8')) as Record<string, string>;
      assert.deepEqual(messages.filter(m => !(m in bundle)), [], 'untranslated');
      assert.deepEqual(Object.keys(bundle).filter(k => !messages.includes(k)), [], 'left over');
      for (const m of messages) {
        assert.ok(bundle[m].trim() !== '', `empty translation of ${m}`);
        assert.deepEqual(placeholders(bundle[m]), placeholders(m), `placeholders of ${m}`);
      }
    });
  }

  describe('with the zh-cn bundle loaded (what activate() does in a Chinese VS Code)', () => {
    before(() => l10n.config({ contents: zhCn }));
    after(() => l10n.config({ contents: {} }));

    it('the status item, the gate and the step results speak Chinese; paths, codes and numbers stay', async () => {
      assert.equal(statusView({ version: '1.8', versionSource: 'default', https: true, findings: [{ severity: 'error' }, { severity: 'warning' }] }).text, 'OpenPAI v1.8 · https · 2 个问题');
      const gate = gateDecision({ folder: '/cfg', configText: 'cluster:\n  common:\n    marketplace: true\nrest-server: {}\nmarketplace-db: {}\n', readSibling: name => (name === 'layout.yaml' ? 'machine-list: []\n' : 'x: 1\n'), paiVersion: '1.6' });
      assert.equal(gate.kind, 'errors');
      assert.match(gate.kind === 'errors' ? gate.message : '', /^services-configuration\.yaml 有 \d+ 个错误，会导致部署失败或使 marketplace 保持关闭。$/);
      assert.match(gate.kind === 'errors' ? gate.detail : '', /^• 第 3 行 \[switch-not-string\]：/m);
      const run = await runSequence('推送配置', [{ step: 'push', argv: ['python', 'paictl.py'] }], { run: async () => ({ exitCode: 1, status: 'failed' }), isCancelled: () => false });
      assert.equal(run.message, "推送配置 已停止：推送配置 失败，退出码为 1；paictl 的输出在终端中。");
    });
  });

  describe('afterwards, without a bundle', () => {
    it('the same calls speak English again', () => {
      assert.equal(statusView({ version: '1.8', versionSource: 'default', https: true, findings: [] }).text, 'OpenPAI v1.8 · https · no problems');
    });
  });
});
