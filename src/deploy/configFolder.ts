/** Which config folder a command works on: its argument, the setting, the open config, the workspace. */
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { expandHome } from './paictlLocation';
import { deploySettings } from './settings';
import { SERVICES_FILE_NAMES } from '../core/files';

export const CONFIG_NAMES = SERVICES_FILE_NAMES;

export function isConfigPath(p: string): boolean {
  return CONFIG_NAMES.includes(path.basename(p));
}

export type FolderResult = { folder: string } | { problem: string; setting?: 'openpai.configFolder' } | { cancelled: true };

/** A URI argument: a config file stands for its folder. */
function fromUri(uri: vscode.Uri): string {
  const stat = fs.statSync(uri.fsPath, { throwIfNoEntry: false });
  return stat?.isFile() ? path.dirname(uri.fsPath) : uri.fsPath;
}

function asUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) { return arg; }
  if (typeof arg === 'string' && arg !== '') { return arg.includes('://') ? vscode.Uri.parse(arg) : vscode.Uri.file(arg); }
  return undefined;
}

/** The folder of the active (or any visible) editor's config file. */
export function openConfigFolder(): string | undefined {
  const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
  const doc = editors.find(e => e && e.document.uri.scheme === 'file' && isConfigPath(e.document.uri.fsPath))?.document;
  return doc ? path.dirname(doc.uri.fsPath) : undefined;
}

/** openpai.configFolder: absolute, `~/…`, or relative to the first workspace folder. */
export function settingFolder(): string | undefined {
  const raw = deploySettings().configFolder.trim();
  if (raw === '') { return undefined; }
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const expanded = expandHome(raw.replace(/\$\{workspaceFolder\}/g, root ?? ''), process.env.HOME ?? '');
  return path.isAbsolute(expanded) ? expanded : root ? path.join(root, expanded) : undefined;
}

export async function resolveConfigFolder(arg: unknown, pick: (folders: readonly string[]) => Thenable<string | undefined>, quiet = false): Promise<FolderResult> {
  const uri = asUri(arg);
  if (uri) {
    if (uri.scheme !== 'file') { return { problem: `paictl needs a folder on this machine's disk, not ${uri.toString()}.` }; }
    return { folder: fromUri(uri) };
  }
  const fromSetting = settingFolder();
  if (fromSetting) { return { folder: fromSetting }; }
  const open = openConfigFolder();
  if (open) { return { folder: open }; }
  const found = await vscode.workspace.findFiles(`**/{${CONFIG_NAMES.join(',')}}`, '**/node_modules/**', 20);
  const folders = [...new Set(found.map(u => path.dirname(u.fsPath)))].sort();
  if (folders.length === 1) { return { folder: folders[0] }; }
  if (folders.length > 1 && !quiet) {
    const chosen = await pick(folders);
    return chosen ? { folder: chosen } : { cancelled: true };
  }
  return {
    problem: l10n.t('No config folder: open its services-configuration.yaml, or set openpai.configFolder to the folder paictl should push.'),
    setting: 'openpai.configFolder',
  };
}
