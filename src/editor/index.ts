import type * as vscode from 'vscode';

/** Registers the editor face: diagnostics, completion, hover, code actions, status. */
export function registerEditorFeatures(_context: vscode.ExtensionContext): void {
  // TODO(stub)
}
