/**
 * The cluster's copies that Compare with Cluster pulled, kept in memory and shown read-only
 * (`openpai-cluster:/<n>/<file>`): the temporary folder paictl wrote them to is removed at once. As a
 * file system, so the editor's check of a copy reads its own layout.yaml beside it. The last few
 * comparisons are kept; older ones are forgotten.
 */
import * as vscode from 'vscode';

export const CLUSTER_SCHEME = 'openpai-cluster';
const KEEP = 5;

export class ClusterCopies implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly files = new Map<string, Uint8Array>();
  private readonly sessions: string[] = [];
  private next = 1;

  /** Keeps one comparison's files (relative path → text) under a new folder; returns the URI of a relative path there. */
  add(files: Record<string, string>): (relative: string) => vscode.Uri {
    const id = String(this.next++);
    this.sessions.push(id);
    for (const old of this.sessions.splice(0, Math.max(0, this.sessions.length - KEEP))) {
      for (const key of [...this.files.keys()].filter(k => k.startsWith(`/${old}/`))) { this.files.delete(key); }
    }
    const uriOf = (relative: string) => vscode.Uri.from({ scheme: CLUSTER_SCHEME, path: `/${id}/${relative}` });
    for (const [relative, text] of Object.entries(files)) { this.files.set(uriOf(relative).path, new TextEncoder().encode(text)); }
    return uriOf;
  }

  private dirs(): Set<string> {
    const out = new Set<string>(['/']);
    for (const key of this.files.keys()) {
      const parts = key.split('/').slice(1, -1);
      for (let i = 1; i <= parts.length; i++) { out.add(`/${parts.slice(0, i).join('/')}`); }
    }
    return out;
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) { return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.byteLength, permissions: vscode.FilePermission.Readonly }; }
    if (this.dirs().has(uri.path)) { return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly }; }
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const out = new Map<string, vscode.FileType>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) { continue; }
      const [first, ...rest] = key.slice(prefix.length).split('/');
      out.set(first, rest.length ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...out];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) { throw vscode.FileSystemError.FileNotFound(uri); }
    return file;
  }

  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  createDirectory(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  writeFile(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  delete(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }
  rename(uri: vscode.Uri): void { throw vscode.FileSystemError.NoPermissions(uri); }

  dispose(): void { this.changed.dispose(); this.files.clear(); }
}
