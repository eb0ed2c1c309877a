/** Hover and completion in a config folder's layout.yaml: thin providers over layoutModel.ts. */
import * as vscode from 'vscode';
import { keyAt } from '../core/key-at';
import { toItem } from './completion';
import { besideServicesFile, isLayoutFile, parsedLayout } from './layoutFile';
import { layoutHoverMarkdown, layoutSuggestions } from './layoutModel';
import { cursorContext } from './yamlContext';

export class LayoutHover implements vscode.HoverProvider {
  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isLayoutFile(document) || !(await besideServicesFile(document))) { return undefined; }
    const doc = parsedLayout(document);
    const at = keyAt(doc, document.offsetAt(position));
    const markdown = at && layoutHoverMarkdown(doc, at.path);
    if (!at || !markdown) { return undefined; }
    return new vscode.Hover(new vscode.MarkdownString(markdown), new vscode.Range(document.positionAt(at.start), document.positionAt(at.end)));
  }
}

export class LayoutCompletion implements vscode.CompletionItemProvider {
  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[]> {
    if (!isLayoutFile(document)) { return []; }
    // A typed space is a request only right after `key: ` or `- `.
    if (context.triggerCharacter === ' ' && !/(:|^\s*-) $/.test(document.lineAt(position.line).text.slice(0, position.character))) { return []; }
    if (!(await besideServicesFile(document))) { return []; }
    const ctx = cursorContext(i => document.lineAt(i).text, position.line, position.character);
    if (!ctx) { return []; }
    return layoutSuggestions(ctx, parsedLayout(document)).map(s => toItem(s, position.line));
  }
}
