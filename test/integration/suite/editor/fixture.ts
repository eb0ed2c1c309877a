// Shared by the editor suites: opening the fixture, waiting for our diagnostics, resetting edits.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor, workspaceFolder } from '../helpers';

export const CONFIG = 'services-configuration.yaml';

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  await ext.activate();
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'openpai');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** [code, startLine, startChar, endLine, endChar] of each of our diagnostics, sorted by position. */
export function summary(uri: vscode.Uri): [string, number, number, number, number][] {
  return ours(uri)
    .map(d => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] as [string, number, number, number, number])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}

/** Waits until our diagnostics for `uri` are exactly `expected` (as summary() gives them). */
export async function expectDiagnostics(uri: vscode.Uri, expected: [string, number, number, number, number][], what: string): Promise<void> {
  try {
    await waitFor(() => JSON.stringify(summary(uri)) === JSON.stringify(expected), 15_000, what);
  } catch {
    assert.deepStrictEqual(summary(uri), expected, what);
  }
}

export async function openConfig(rel = CONFIG): Promise<vscode.TextEditor> {
  await activate();
  return openFixture(rel);
}

/** Throws away unsaved edits of the document shown in `editor`. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  if (!editor.document.isDirty) { return; }
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !editor.document.isDirty, 10_000, `revert ${editor.document.uri.path}`);
}

export function fixtureUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...rel.split('/'));
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export async function completionsAt(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list.items;
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** Position of the first occurrence of `text` in the document (optionally on or after line `fromLine`). */
export function find(doc: vscode.TextDocument, text: string, fromLine = 0): vscode.Position {
  for (let i = fromLine; i < doc.lineCount; i++) {
    const c = doc.lineAt(i).text.indexOf(text);
    if (c >= 0) { return new vscode.Position(i, c); }
  }
  throw new Error(`${JSON.stringify(text)} is not in ${doc.uri.path}`);
}
