/**
 * The dialogs the deploy commands show, behind one small interface so the integration tests can
 * answer a modal (VS Code offers no way to click one from a test). The extension's API exposes
 * `setUi` for that; nothing else replaces it.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export type Level = 'info' | 'warning' | 'error';

export interface MessageOptions { modal?: boolean; detail?: string }

export interface DeployUi {
  /** A message with buttons; resolves with the chosen button (undefined when dismissed). */
  message(level: Level, text: string, options: MessageOptions, ...buttons: string[]): Thenable<string | undefined>;
  /** Choose among several config folders. */
  pickFolder(folders: readonly string[]): Thenable<string | undefined>;
  /** A line of text (the cluster id); undefined when dismissed. */
  input(options: InputOptions): Thenable<string | undefined>;
  /** One file on this machine (its path); undefined when dismissed. */
  pickFile(options: FileOptions): Thenable<string | undefined>;
}

export interface FileOptions { title: string; openLabel: string; filters: Record<string, string[]> }

export interface InputOptions { title: string; prompt: string; value: string; validate?: (value: string) => string | undefined }

export const vscodeUi: DeployUi = {
  message(level, text, options, ...buttons) {
    const show = level === 'error' ? vscode.window.showErrorMessage : level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    return show(text, options, ...buttons);
  },
  pickFolder(folders) {
    return vscode.window.showQuickPick([...folders], { title: l10n.t('OpenPAI: which config folder?'), placeHolder: l10n.t('The folder paictl pushes (services-configuration.yaml, layout.yaml, config.yaml)') });
  },
  input(options) {
    return vscode.window.showInputBox({ title: options.title, prompt: options.prompt, value: options.value, ignoreFocusOut: true, validateInput: options.validate });
  },
  async pickFile(options) {
    const picked = await vscode.window.showOpenDialog({ title: options.title, openLabel: options.openLabel, filters: options.filters, canSelectFiles: true, canSelectFolders: false, canSelectMany: false });
    return picked?.[0]?.fsPath;
  },
};
