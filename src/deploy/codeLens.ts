/** Deploy Marketplace, Compare with Cluster and Check Marketplace above the first marketplace section of a config file. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { isConfigPath } from './configFolder';

const SECTION = /^(marketplace-db|marketplace-restserver|marketplace-webportal)\s*:/m;

export class MarketplaceCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  refresh(): void { this.changed.fire(); }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted || document.uri.scheme !== 'file' || !isConfigPath(document.uri.fsPath)) { return []; }
    const m = SECTION.exec(document.getText());
    if (!m) { return []; }
    const line = document.positionAt(m.index).line;
    const range = new vscode.Range(line, 0, line, 0);
    return [
      new vscode.CodeLens(range, { title: l10n.t('Deploy Marketplace'), command: 'openpai.deployMarketplace', arguments: [document.uri], tooltip: l10n.t('paictl: push this folder, start the marketplace services, restart webportal (and pylon)') }),
      new vscode.CodeLens(range, { title: l10n.t('Compare with Cluster'), command: 'openpai.compareWithCluster', arguments: [document.uri], tooltip: l10n.t("paictl: pull the cluster's copy into a temporary folder and show what a push would change") }),
      new vscode.CodeLens(range, { title: l10n.t('Check Marketplace'), command: 'openpai.checkMarketplace', arguments: [document.uri], tooltip: l10n.t('Request the marketplace API and plugin URIs and report what answers') }),
    ];
  }

  dispose(): void { this.changed.dispose(); }
}
