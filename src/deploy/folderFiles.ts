/** Reading the config folder's files from disk (what paictl pushes), and saving open edits first. */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { SiblingName } from '../core';
import { CONFIG_FILE } from './gate';
import { SIBLING_FILES } from '../core/files';

export const FOLDER_FILES = [CONFIG_FILE, ...SIBLING_FILES] as const;

export function readIn(folder: string, name: string): string | undefined {
  try { return fs.readFileSync(path.join(folder, name), 'utf8'); } catch { return undefined; }
}

export function siblingReader(folder: string): (name: SiblingName) => string | undefined {
  return name => readIn(folder, name);
}

/** Open documents of the folder's files with unsaved changes. */
export function dirtyFolderFiles(folder: string): vscode.TextDocument[] {
  return vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.scheme === 'file'
    && path.dirname(d.uri.fsPath) === path.resolve(folder) && (FOLDER_FILES as readonly string[]).includes(path.basename(d.uri.fsPath)));
}

export function existingFolderFiles(folder: string): string[] {
  return FOLDER_FILES.filter(f => fs.existsSync(path.join(folder, f)));
}
