import type * as vscode from 'vscode';
import { registerDeployFeatures } from './deploy';
import { registerEditorFeatures } from './editor';

export function activate(context: vscode.ExtensionContext): void {
  registerEditorFeatures(context);
  registerDeployFeatures(context);
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
