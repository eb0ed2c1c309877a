/** The deploy walkthrough, offered once after the first activation (a notification, so no editor loses focus). */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { shouldOfferWalkthrough } from './offer';

const OFFERED_KEY = 'openpai.walkthroughOffered';
export const WALKTHROUGH_ID = 'deployMarketplace';

export function offerWalkthrough(context: vscode.ExtensionContext): void {
  const offer = shouldOfferWalkthrough({
    offeredBefore: context.globalState.get<boolean>(OFFERED_KEY) === true,
    trusted: vscode.workspace.isTrusted,
    testRun: context.extensionMode === vscode.ExtensionMode.Test,
  });
  if (!offer) { return; }
  void context.globalState.update(OFFERED_KEY, true);
  const open = l10n.t('Open Walkthrough');
  void vscode.window.showInformationMessage(l10n.t('OpenPAI: a walkthrough takes you from services-configuration.yaml to a running, checked marketplace.'), open).then(choice => {
    if (choice === open) { void vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false); }
  });
}
