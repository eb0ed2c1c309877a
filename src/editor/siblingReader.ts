/**
 * layout.yaml and config.yaml beside a checked file: from an open editor buffer first (unsaved
 * edits count), else from disk: local files at once with fs, other schemes (virtual folders) through
 * workspace.fs, read before the check.
 * Disk texts are cached until a FileSystemWatcher says they changed.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { SiblingName, SiblingReader } from '../core/siblings';
import { SIBLING_FILES } from '../core/files';
import { baseName } from '../core/paths';

export const SIBLING_NAMES: readonly SiblingName[] = SIBLING_FILES;

export function isSiblingName(name: string): name is SiblingName {
  return (SIBLING_NAMES as readonly string[]).includes(name);
}


export function siblingUri(document: vscode.Uri, name: SiblingName): vscode.Uri {
  return vscode.Uri.joinPath(document, '..', name);
}

/** The folder URI (as a string) of a file URI: the key under which siblings are grouped. */
export function folderKey(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

export class SiblingStore implements vscode.Disposable {
  /** Disk text per sibling URI; null = no such file; absent = not read yet. */
  private readonly disk = new Map<string, string | null>();
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Bumped on every change to any sibling: part of the parse cache's key. */
  generation = 0;
  /** Fires the folder key whose siblings changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{layout,config}.yaml');
    const onDisk = (uri: vscode.Uri) => { this.disk.delete(uri.toString()); this.bump(uri); };
    this.disposables.push(
      watcher, watcher.onDidCreate(onDisk), watcher.onDidChange(onDisk), watcher.onDidDelete(onDisk),
      vscode.workspace.onDidChangeTextDocument(e => { if (this.isSibling(e.document.uri) && e.contentChanges.length > 0) { this.bump(e.document.uri); } }),
      vscode.workspace.onDidOpenTextDocument(d => { if (this.isSibling(d.uri)) { this.bump(d.uri); } }),
      vscode.workspace.onDidCloseTextDocument(d => { if (this.isSibling(d.uri)) { this.disk.delete(d.uri.toString()); this.bump(d.uri); } }),
    );
  }

  private isSibling(uri: vscode.Uri): boolean { return uri.scheme !== 'untitled' && isSiblingName(baseName(uri.path)); }

  private bump(uri: vscode.Uri): void {
    this.generation++;
    this.changed.fire(folderKey(uri));
  }

  /** Whether files beside `document` can be read at all (an untitled buffer has no folder). */
  static hasFolder(document: vscode.Uri): boolean { return document.scheme !== 'untitled'; }

  private openText(uri: vscode.Uri): string | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find(d => d.uri.toString() === key)?.getText();
  }

  /** Whether every sibling of `document` is either open or already read from disk. */
  ready(document: vscode.Uri): boolean {
    return SIBLING_NAMES.every(name => {
      const uri = siblingUri(document, name);
      return this.disk.has(uri.toString()) || this.openText(uri) !== undefined;
    });
  }

  /** Reads from disk the siblings of `document` that are neither open nor cached. */
  async load(document: vscode.Uri): Promise<void> {
    if (!SiblingStore.hasFolder(document)) { return; }
    await Promise.all(SIBLING_NAMES.map(async name => {
      const uri = siblingUri(document, name);
      const key = uri.toString();
      if (this.disk.has(key) || this.openText(uri) !== undefined) { return; }
      let text: string | null;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        text = null;
      }
      if (!this.disk.has(key)) {
        this.disk.set(key, text);
        this.generation++; // checks made before this read saw the file as missing
      }
    }));
  }

  /** A local file can be read at once, so a check never sees a sibling as missing only because it is not loaded yet. */
  private readLocal(uri: vscode.Uri): string | null | undefined {
    if (uri.scheme !== 'file') { return undefined; }
    let text: string | null;
    try { text = fs.readFileSync(uri.fsPath, 'utf8'); } catch { text = null; }
    this.disk.set(uri.toString(), text);
    return text;
  }

  /** The core's synchronous reader for `document`'s folder, over what is open or already loaded. */
  reader(document: vscode.Uri): SiblingReader | undefined {
    if (!SiblingStore.hasFolder(document)) { return undefined; }
    return name => {
      const uri = siblingUri(document, name);
      const open = this.openText(uri);
      if (open !== undefined) { return open; }
      const key = uri.toString();
      return (this.disk.has(key) ? this.disk.get(key) : this.readLocal(uri)) ?? undefined;
    };
  }

  dispose(): void {
    for (const d of this.disposables) { d.dispose(); }
  }
}
