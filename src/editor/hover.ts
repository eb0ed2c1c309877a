/** Hovers on keys: the key is found in the parse of the current version (cached), then documented from the schema. */
import * as vscode from 'vscode';
import { keyAt } from '../core/key-at';
import type { DocumentCache } from './documentCache';
import { hoverMarkdown } from './hoverModel';

export class OpenPaiHover implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.cache.isConfigDocument(document)) { return undefined; }
    const entry = this.cache.get(document);
    if (!entry.result) { return undefined; }
    const at = keyAt(entry.result.document, document.offsetAt(position));
    if (!at) { return undefined; }
    const markdown = hoverMarkdown(at.path, entry.result.paiVersion, entry.endpoints()!);
    if (!markdown) { return undefined; }
    return new vscode.Hover(new vscode.MarkdownString(markdown), new vscode.Range(document.positionAt(at.start), document.positionAt(at.end)));
  }
}
