/** Which documents are a config folder's layout.yaml: a file named layout.yaml beside a services-configuration.yaml. */
import * as vscode from 'vscode';
import { ParsedDocument } from '../core/document';
import { LAYOUT_FILE, SERVICES_FILE } from '../core/files';
import { baseName } from '../core/paths';

export function isLayoutFile(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && baseName(document.uri.path) === LAYOUT_FILE;
}

/** Whether paictl would read this layout.yaml: a services-configuration.yaml sits in the same folder. */
export async function besideServicesFile(document: vscode.TextDocument): Promise<boolean> {
  const services = vscode.Uri.joinPath(document.uri, '..', SERVICES_FILE);
  return Promise.resolve(vscode.workspace.fs.stat(services)).then(() => true, () => false);
}

const parsed = new Map<string, { version: number; doc: ParsedDocument }>();

/** The layout.yaml's parse for its current version (hover and completion ask for the same one). */
export function parsedLayout(document: vscode.TextDocument): ParsedDocument {
  const key = document.uri.toString();
  const hit = parsed.get(key);
  if (hit && hit.version === document.version) { return hit.doc; }
  const doc = new ParsedDocument(document.getText(), document.uri.fsPath);
  parsed.clear();
  parsed.set(key, { version: document.version, doc });
  return doc;
}
