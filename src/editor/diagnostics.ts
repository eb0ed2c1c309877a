/** Publishes findings as diagnostics: debounced while typing, re-run when siblings or settings change. */
import * as vscode from 'vscode';
import { toDiagnostic, DIAGNOSTIC_SOURCE } from './conversions';
import { fileNameOf, type CachedCheck, type DocumentCache } from './documentCache';
import { tooLargeMessage } from './checkLimits';
import { affectsEditorSettings } from './settings';
import { folderKey, type SiblingStore } from './siblingReader';
import { baseName } from '../core/paths';

export const TYPING_DELAY_MS = 300;

export function toDiagnostics(document: vscode.TextDocument, entry: CachedCheck): vscode.Diagnostic[] {
  if (entry.tooLarge) {
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), tooLargeMessage(entry.tooLarge.chars, entry.tooLarge.lines), vscode.DiagnosticSeverity.Information);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = 'too-large';
    return [d];
  }
  if (!entry.result) { return []; }
  const own = fileNameOf(document.uri);
  const uriOf = (file: string) => (file === own || file === '' ? document.uri : vscode.Uri.joinPath(document.uri, '..', baseName(file)));
  return entry.result.findings.map(f => toDiagnostic(f, uriOf));
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics were set (or cleared). */
  readonly onDidUpdate = this.updated.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];

  constructor(private readonly cache: DocumentCache, siblings: SiblingStore) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length > 0) { this.schedule(e.document, TYPING_DELAY_MS); } }),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!affectsEditorSettings(e)) { return; }
        this.cache.clear();
        this.recheckAll();
      }),
      siblings.onDidChange(folder => {
        for (const d of vscode.workspace.textDocuments) {
          if (folderKey(d.uri) === folder) { this.schedule(d, TYPING_DELAY_MS); }
        }
      }),
    );
    this.recheckAll();
  }

  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      if (this.cache.isConfigDocument(d)) { this.schedule(d, 0); } else if (this.collection.has(d.uri)) { this.forget(d.uri); }
    }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.cache.isConfigDocument(document)) { return; }
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) { clearTimeout(pending); }
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.publish(document);
    }, delayMs));
  }

  private async publish(document: vscode.TextDocument): Promise<void> {
    const entry = await this.cache.getWithSiblings(document);
    if (document.isClosed || entry.version !== document.version) { return; }
    this.collection.set(document.uri, toDiagnostics(document, entry));
    this.updated.fire(document.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) { clearTimeout(pending); this.timers.delete(key); }
    this.cache.delete(uri);
    if (this.collection.has(uri)) {
      this.collection.delete(uri);
      this.updated.fire(uri);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) { clearTimeout(t); }
    this.timers.clear();
    for (const d of this.disposables) { d.dispose(); }
  }
}
