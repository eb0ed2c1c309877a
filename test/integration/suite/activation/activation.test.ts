// Activation as VS Code itself sees it: started by its own event on a folder with a
// services-configuration.yaml (nothing here calls activate()), with the times VS Code measured.
// The times are reported, not asserted (speed belongs to `npm run bench`, which runs this suite
// several times and collects them through $OPENPAI_ACTIVATION_OUT).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from '../helpers';
import { parseActivationStats, startupPerformanceText } from './activationStats';

suite('activation', () => {
  test('activates by itself from workspaceContains on a folder with services-configuration.yaml', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await waitFor(() => ext.isActive, 15_000, 'the extension to activate by itself');
    const stats = await waitFor(async () => parseActivationStats(await startupPerformanceText(), EXTENSION_ID), 10_000, 'our row in Startup Performance');
    assert.match(stats.event, /^workspaceContains:\*\*\/services-configuration\.yaml/, `activated by ${stats.event}`);
    for (const [name, ms] of Object.entries({ loadCode: stats.loadCodeMs, callActivate: stats.callActivateMs, finishActivate: stats.finishActivateMs })) {
      assert.ok(Number.isFinite(ms) && ms >= 0, `${name} is not a time: ${ms}`);
    }
    console.log(`    VS Code measured: load code ${stats.loadCodeMs} ms, call activate ${stats.callActivateMs} ms, finish activate ${stats.finishActivateMs} ms`);
    const out = process.env.OPENPAI_ACTIVATION_OUT;
    if (out) { fs.writeFileSync(out, JSON.stringify(stats)); }
  });

  test('the activation table is read as VS Code writes it', () => {
    const text = [
      '## Extension Activation Stats',
      '| Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| vscode.git | true | 56 | 10 | 0 | * | vscode.git |',
      `| ${EXTENSION_ID} | true  | 19 | 3 | 0 | workspaceContains:**/services-configuration.yaml | ${EXTENSION_ID} |`,
      '', '## Raw Perf Marks', `| ${EXTENSION_ID} | false | 1 | 1 | 1 | x | y |`,
    ].join('\n');
    assert.deepStrictEqual(parseActivationStats(text, EXTENSION_ID), {
      extension: EXTENSION_ID, eager: true, loadCodeMs: 19, callActivateMs: 3, finishActivateMs: 0,
      event: 'workspaceContains:**/services-configuration.yaml',
    });
    assert.strictEqual(parseActivationStats(text, 'other.ext'), undefined);
  });
});
