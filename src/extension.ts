import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerDeployFeatures, type DeployApi } from './deploy';
import { registerEditorFeatures } from './editor';

/** What `activate` returns: seams for the integration tests. */
export interface OpenPaiExtensionApi {
  deploy: DeployApi;
}

export function activate(context: vscode.ExtensionContext): OpenPaiExtensionApi {
  // One translation bundle (l10n/bundle.l10n.<locale>.json) for every message, also in the modules that never import vscode.
  if (vscode.l10n.bundle) { l10n.config({ contents: vscode.l10n.bundle }); }
  registerEditorFeatures(context);
  return { deploy: registerDeployFeatures(context) };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
