/**
 * Hovers on keys: the key is found in the parse of the current version (cached), then documented from the
 * schema. On a finding's range the hover starts with the finding's detail (findingDetails.ts).
 */
import * as vscode from 'vscode';
import { keyAt } from '../core/key-at';
import type { DocumentCache } from './documentCache';
import { findingDetailsAt } from './findingDetails';
import { hoverMarkdown } from './hoverModel';

export class OpenPaiHover implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.cache.isConfigDocument(document)) { return undefined; }
    const entry = this.cache.get(document);
    if (!entry.result) { return undefined; }
    const details = findingDetailsAt(entry.result.findings, { line: position.line, character: position.character });
    const at = keyAt(entry.result.document, document.offsetAt(position));
    const markdown = at ? hoverMarkdown(at.path, entry.result.paiVersion, entry.endpoints()!) : undefined;
    if (!markdown && !details) { return undefined; }
    const text = [details?.markdown, markdown].filter(Boolean).join('\n\n---\n\n');
    const range = at && markdown
      ? new vscode.Range(document.positionAt(at.start), document.positionAt(at.end))
      : new vscode.Range(details!.range.start.line, details!.range.start.character, details!.range.end.line, details!.range.end.character);
    return new vscode.Hover(new vscode.MarkdownString(text), range);
  }
}
