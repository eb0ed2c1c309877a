/** Hovers on keys, from the schema and the cached check of the current version. */
import * as vscode from 'vscode';
import type { DocumentCache } from './documentCache';
import { hoverMarkdown } from './hoverModel';
import { keyPathAt } from './yamlContext';

export class OpenPaiHover implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.cache.isConfigDocument(document)) { return undefined; }
    const at = keyPathAt(i => document.lineAt(i).text, position.line, position.character);
    if (!at || position.character > at.end) { return undefined; }
    const entry = this.cache.get(document);
    if (!entry.result) { return undefined; }
    const markdown = hoverMarkdown(at.path, entry.result.paiVersion, entry.endpoints()!);
    if (!markdown) { return undefined; }
    return new vscode.Hover(new vscode.MarkdownString(markdown), new vscode.Range(position.line, at.start, position.line, at.end));
  }
}
