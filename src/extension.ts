import type * as vscode from 'vscode';
import { registerDeployFeatures, type DeployApi } from './deploy';
import { registerEditorFeatures } from './editor';

/** What `activate` returns: seams for the integration tests. */
export interface OpenPaiExtensionApi {
  deploy: DeployApi;
}

export function activate(context: vscode.ExtensionContext): OpenPaiExtensionApi {
  registerEditorFeatures(context);
  return { deploy: registerDeployFeatures(context) };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
