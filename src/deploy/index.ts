import type * as vscode from 'vscode';

/** Registers the deploy face: paictl commands, tasks, code lenses, health check. */
export function registerDeployFeatures(_context: vscode.ExtensionContext): void {
  // TODO(stub)
}
