/** The deploy face's one read of VS Code's configuration: every setting through core/settings.ts. */
import * as vscode from 'vscode';
import { readSettings, SETTINGS, SETTINGS_SECTION, type OpenPaiSettings } from '../core/settings';

/** The settings for `folder` (a config folder: the resource-scoped settings of the workspace folder holding it), else the window's. */
export function deploySettings(folder?: string): OpenPaiSettings {
  return readSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, folder === undefined ? undefined : vscode.Uri.file(folder)));
}

/** Writes `openpai.paictl.path` in the user settings (machine-scoped: never a workspace's). */
export async function writePaictlPath(file: string): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(SETTINGS.paictlPath.key, file, vscode.ConfigurationTarget.Global);
}
