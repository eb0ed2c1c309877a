import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerDeployFeatures, type DeployApi } from './deploy';
import { registerEditorFeatures } from './editor';
import { registerLog } from './log';
import { offerWalkthrough } from './log/walkthrough';

/** What `activate` returns: seams for the integration tests. */
export interface OpenPaiExtensionApi {
  deploy: DeployApi;
}

export function activate(context: vscode.ExtensionContext): OpenPaiExtensionApi {
  // One translation bundle (l10n/bundle.l10n.<locale>.json) for every message, also in the modules that never import vscode.
  if (vscode.l10n.bundle) { l10n.config({ contents: vscode.l10n.bundle }); }
  const log = registerLog(context);
  registerEditorFeatures(context);
  const deploy = registerDeployFeatures(context, log);
  offerWalkthrough(context);
  return { deploy };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
