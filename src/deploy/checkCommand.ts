/** Check Marketplace: request the API root and the plugin, and say in plain words what answered. */
import * as l10n from '@vscode/l10n';
import * as path from 'path';
import * as vscode from 'vscode';
import { checkTargets } from './checkTargets';
import { readIn, siblingReader } from './folderFiles';
import { CONFIG_FILE } from './gate';
import { checkApi, checkPlugin, type CheckReport } from './healthCheck';
import { deploySettings } from './settings';
import type { DeployUi } from './ui';

export interface CheckResult {
  outcome: 'passed' | 'failed' | 'refused';
  folder: string;
  reports: CheckReport[];
  message: string;
}


export async function checkMarketplace(folder: string, ui: DeployUi, output: vscode.OutputChannel, timeoutMs = 10_000): Promise<CheckResult> {
  const text = readIn(folder, CONFIG_FILE);
  if (text === undefined) {
    const message = l10n.t('Check Marketplace: {0} does not exist, so the URIs to check are unknown.', path.join(folder, CONFIG_FILE));
    void ui.message('error', message, {});
    return { outcome: 'refused', folder, reports: [], message };
  }
  const targets = checkTargets(text, path.join(folder, CONFIG_FILE), siblingReader(folder), deploySettings(folder).paiVersion);
  const reports = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('OpenPAI: checking the marketplace') },
    () => Promise.all([
      targets.api ? checkApi(targets.api.uri, { timeoutMs }) : undefined,
      targets.plugin ? checkPlugin(targets.plugin.uri, { timeoutMs }) : undefined,
    ]),
  );
  const done = reports.filter((r): r is CheckReport => r !== undefined);
  const lines = [...done.map(r => `${r.passed ? '✓' : '✗'} ${r.text}`), ...targets.missing.map(m => `✗ ${m}`)];
  const passed = done.length === 2 && done.every(r => r.passed);
  output.appendLine(`[${new Date().toISOString()}] Check Marketplace (${folder})`);
  for (const [i, r] of done.entries()) {
    const source = i === 0 && targets.api ? targets.api.source : targets.plugin?.source;
    output.appendLine(`  ${r.passed ? 'OK  ' : 'FAIL'} ${r.text}${source ? ` [URI from ${source}]` : ''}`);
  }
  for (const m of targets.missing) { output.appendLine(`  FAIL ${m}`); }
  const message = `${passed ? l10n.t('Marketplace is up.') : l10n.t('Marketplace check failed.')} ${lines.join(' ')}`;
  const showDetails = l10n.t('Show Details');
  void ui.message(passed ? 'info' : 'error', message, {}, ...(passed ? [] : [showDetails])).then(choice => {
    if (choice === showDetails) { output.show(true); }
  });
  return { outcome: passed ? 'passed' : 'failed', folder, reports: done, message };
}
