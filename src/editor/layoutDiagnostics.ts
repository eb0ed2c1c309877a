/**
 * layout.yaml as a file of its own: beside a services-configuration.yaml, its problems (the master, duplicate
 * hostnames, machine types, its syntax) are diagnostics at its own lines, as `openpai-marketplace check layout.yaml`
 * reports them. The services file's cross-file findings keep pointing here as related information.
 */
import * as vscode from 'vscode';
import { checkLayout } from '../core/layout-check';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './conversions';
import { affectsEditorSettings, readSettings } from './settings';
import { TYPING_DELAY_MS } from './diagnostics';
import { besideServicesFile, isLayoutFile } from './layoutFile';

export class LayoutDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-layout`);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length > 0) { this.schedule(e.document, TYPING_DELAY_MS); } }),
      vscode.workspace.onDidCloseTextDocument(d => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration(e => { if (affectsEditorSettings(e)) { this.recheckAll(); } }),
    );
    this.recheckAll();
  }

  private recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) { this.schedule(d, 0); }
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isLayoutFile(document)) { return; }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.publish(document); }, delayMs));
  }

  private async publish(document: vscode.TextDocument): Promise<void> {
    const settings = readSettings(document.uri);
    const version = document.version;
    if (!settings.enabled || !(await besideServicesFile(document))) { this.collection.delete(document.uri); return; }
    if (document.isClosed || document.version !== version) { return; }
    const result = checkLayout(document.getText(), { fileName: document.uri.fsPath, disabled: settings.disabled });
    this.collection.set(document.uri, result.findings.map(f => toDiagnostic(f, () => document.uri)));
  }

  dispose(): void {
    for (const t of this.timers.values()) { clearTimeout(t); }
    for (const d of this.disposables) { d.dispose(); }
  }
}
