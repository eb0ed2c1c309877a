/** Completion from the cached check of the current version: keys, values, URIs and section snippets. */
import * as vscode from 'vscode';
import { randomSecret } from '../core/secret';
import { suggest, type Suggestion, type SuggestionKind } from './completionModel';
import { toVsTextEdit } from './conversions';
import type { DocumentCache } from './documentCache';
import { cursorContext } from './yamlContext';

const KINDS: Record<SuggestionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  uri: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

export const TRIGGER_CHARACTERS = [' '];

/** A suggestion as VS Code's item (the layout.yaml completion converts the same way). */
export function toItem(s: Suggestion, line: number): vscode.CompletionItem {
  const item = new vscode.CompletionItem(s.label, KINDS[s.kind]);
  item.insertText = s.snippet ? new vscode.SnippetString(s.insert) : s.insert;
  item.range = new vscode.Range(line, s.start, line, s.end);
  if (s.detail) { item.detail = s.detail; }
  if (s.documentation) { item.documentation = new vscode.MarkdownString(s.documentation); }
  if (s.sortText) { item.sortText = s.sortText; }
  if (s.preselect) { item.preselect = true; }
  if (s.additionalEdits) { item.additionalTextEdits = s.additionalEdits.map(toVsTextEdit); }
  if (s.kind === 'uri' || s.kind === 'value') { item.filterText = s.label; }
  return item;
}

export class OpenPaiCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    if (!this.cache.isConfigDocument(document)) { return []; }
    // A typed space is a request only right after `key: ` or `- `.
    if (context.triggerCharacter === ' ' && !/(:|^\s*-) $/.test(document.lineAt(position.line).text.slice(0, position.character))) { return []; }
    const entry = this.cache.get(document);
    const result = entry.result;
    if (!result) { return []; }
    const ctx = cursorContext(i => document.lineAt(i).text, position.line, position.character);
    if (!ctx) { return []; }
    const endpoints = entry.endpoints()!;
    return suggest(ctx, { doc: result.document, endpoints, version: result.paiVersion, line: position.line, newSecret: randomSecret })
      .map(s => toItem(s, position.line));
  }
}
