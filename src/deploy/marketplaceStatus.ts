/** `openpai.showMarketplaceStatus`: asks Kubernetes why each marketplace service is (not) ready. */
import * as l10n from '@vscode/l10n';
import { execFile } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { SETTINGS } from '../core/settings';
import { marketplaceStatus, type KubectlRunner } from './kubectl/status';
import type { MarketplaceStatus } from './kubectl/podStatus';
import { expandHome } from './paictlLocation';
import { deploySettings } from './settings';
import { statusAfterMs, waitingSummary, watchStart } from './startWatch';
import type { DeployUi } from './ui';

export const SHOW_STATUS_COMMAND = 'openpai.showMarketplaceStatus';
const TIMEOUT_MS = 30_000;

/** kubectl run as an argument vector (no shell), its stderr's first line as the error. */
function runner(kubectl: string): KubectlRunner {
  return args => new Promise((resolve, reject) => {
    execFile(kubectl, args, { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) { resolve(stdout); return; }
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') { reject(new Error(l10n.t('{0} was not found: install kubectl or set openpai.kubectl.path.', kubectl))); return; }
      reject(new Error((stderr.trim().split('\n')[0] || err.message).trim()));
    });
  });
}

/** The OpenPAI Marketplace Status output's text for one answer: per service, ready or not, why, and the detail. */
export function statusReport(status: MarketplaceStatus): string {
  const lines = [l10n.t('OpenPAI marketplace status ({0})', new Date().toISOString())];
  for (const s of status.services) {
    lines.push(s.ready ? l10n.t('{0}: ready', s.name) : l10n.t('{0}: not ready ({1})', s.name, s.reason ?? '?'));
    for (const d of (s.detail ?? '').split('\n').filter(x => x !== '')) { lines.push(`    ${d}`); }
  }
  return `${lines.join('\n')}\n`;
}

/** Asks kubectl (openpai.kubectl.path, with paictl's kubeconfig) about the marketplace pods; rejects when it cannot list them. */
export function askMarketplaceStatus(): Promise<MarketplaceStatus> {
  const settings = deploySettings();
  const kubectl = settings.kubectlPath.trim() || SETTINGS.kubectlPath.default;
  const kubeconfigSetting = settings.paictlKubeconfig.trim();
  const kubeconfig = kubeconfigSetting === '' ? undefined : expandHome(kubeconfigSetting, os.homedir());
  return marketplaceStatus(runner(expandHome(kubectl, os.homedir())), kubeconfig);
}

/** Resolves to `{ services: [{ name, ready, reason?, detail? }] }`, or undefined when kubectl could not list the pods. */
export async function showMarketplaceStatus(output: vscode.OutputChannel): Promise<MarketplaceStatus | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(l10n.t('The marketplace status runs kubectl: trust this workspace first.'));
    return undefined;
  }
  let status: MarketplaceStatus;
  try {
    status = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: l10n.t('Asking Kubernetes for the marketplace pods…') },
      () => askMarketplaceStatus(),
    );
  } catch (e) {
    void vscode.window.showErrorMessage(l10n.t('Cannot read the marketplace pods: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  output.append(statusReport(status));
  output.show(true);
  const ready = status.services.filter(s => s.ready).length;
  const summary = l10n.t('{0} of {1} marketplace services are ready; the OpenPAI Marketplace Status output says why the others are not.', ready, status.services.length);
  void (ready === status.services.length ? vscode.window.showInformationMessage(l10n.t('All {0} marketplace services are ready.', ready)) : vscode.window.showWarningMessage(summary));
  return status;
}

export interface LongStartEnv { ui(): DeployUi; output: vscode.OutputChannel; statusOutput: vscode.OutputChannel }

/**
 * While paictl's `service start` of the marketplace runs longer than openpai.deploy.statusAfterSeconds (default 60),
 * asks Kubernetes each such period and shows per service ready or why not: the progress says which services wait,
 * a notification says it once per change (Show Status opens the output with the detail). Returns the stop, or
 * undefined when the setting is 0.
 */
export function watchLongStart(env: LongStartEnv, waiting: (summary: string) => void): (() => void) | undefined {
  const afterMs = statusAfterMs(deploySettings().deployStatusAfterSeconds);
  if (afterMs === undefined) { return undefined; }
  let last: string | undefined;
  let failed = false;
  return watchStart({
    afterMs,
    ask: askMarketplaceStatus,
    onStatus: status => {
      env.statusOutput.append(statusReport(status));
      const summary = waitingSummary(status);
      if (summary === undefined || summary === last) { return; }
      last = summary;
      waiting(summary);
      const show = l10n.t('Show Status');
      void env.ui().message('warning', l10n.t('paictl is still starting the marketplace services. Not ready yet: {0}. The OpenPAI Marketplace Status output says why.', summary), {}, show)
        .then(choice => { if (choice === show) { env.statusOutput.show(true); } });
    },
    onError: e => {
      if (failed) { return; }
      failed = true;
      env.output.appendLine(l10n.t('While paictl starts the marketplace services, kubectl could not list their pods: {0}', e instanceof Error ? e.message : String(e)));
    },
  });
}
