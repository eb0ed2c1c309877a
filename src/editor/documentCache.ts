/**
 * One check per document version, shared by diagnostics, completion, hover, code actions and the
 * status item. Keyed by URI; an entry is valid for one document version, one sibling generation
 * and one set of settings.
 */
import * as vscode from 'vscode';
import { check, type CheckResult } from '../core/check';
import { checkOptions } from '../core/check-options';
import { readLayout } from '../core/layout';
import { randomSecret } from '../core/secret';
import { Siblings, type Sibling, type SiblingReader } from '../core/siblings';
import { computeEndpoints, type Endpoints } from '../core/uris';
import { isConfigFile } from './fileMatcher';
import { tooLargeToCheck } from './checkLimits';
import { checkSettingsKey, readSettings, type EditorSettings } from './settings';
import { SiblingStore } from './siblingReader';

export interface CachedCheck {
  version: number;
  /** The check (without rules when checks are off), unless the file is too large. */
  result?: CheckResult;
  tooLarge?: { chars: number; lines: number };
  settings: EditorSettings;
  /** layout.yaml beside the file, parsed at most once for this entry. */
  layout(): Sibling | undefined;
  /** The cluster's endpoints and expected URIs (pylon + layout.yaml), computed at most once for this entry. */
  endpoints(): Endpoints | undefined;
}

interface Entry extends CachedCheck { key: string }

/** The path the core sees: a local path for file URIs, else the URI's path. */
export function fileNameOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly settings = new Map<string, EditorSettings>();
  /** Counts checks run, for tests and the benchmark: a cached answer does not add to it. */
  checks = 0;

  constructor(private readonly siblings: SiblingStore) {}

  settingsFor(uri: vscode.Uri): EditorSettings {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    let s = this.settings.get(folder);
    if (!s) { s = readSettings(uri); this.settings.set(folder, s); }
    return s;
  }

  /** Whether the editor face looks at this document at all. */
  isConfigDocument(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'yaml' && !document.uri.path.endsWith('.yaml') && !document.uri.path.endsWith('.yml')) { return false; }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const relative = folder ? vscode.workspace.asRelativePath(document.uri, false) : undefined;
    return isConfigFile(fileNameOf(document.uri), this.settingsFor(document.uri).files, relative);
  }

  /** The check of the document's current version, run now if not cached (siblings as currently known). */
  get(document: vscode.TextDocument): CachedCheck {
    const uri = document.uri.toString();
    const settings = this.settingsFor(document.uri);
    const key = `${document.version}|${this.siblings.generation}|${checkSettingsKey(settings)}`;
    const cached = this.entries.get(uri);
    if (cached && cached.key === key) { return cached; }
    const entry = this.compute(document, settings, key);
    this.entries.set(uri, entry);
    return entry;
  }

  /** Like get(), after reading from disk any sibling not read yet. */
  async getWithSiblings(document: vscode.TextDocument): Promise<CachedCheck> {
    if (!this.siblings.ready(document.uri)) { await this.siblings.load(document.uri); }
    return this.get(document);
  }

  /** The cached entry if it is for the document's current version (no check is run). */
  peek(document: vscode.TextDocument): CachedCheck | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && e.version === document.version ? e : undefined;
  }

  private compute(document: vscode.TextDocument, settings: EditorSettings, key: string): Entry {
    const fileName = fileNameOf(document.uri);
    const readSibling = this.siblings.reader(document.uri);
    let layout: Sibling | undefined | null = null;
    let endpoints: Endpoints | undefined | null = null;
    const entry: Entry = {
      key,
      version: document.version,
      settings,
      layout: () => {
        if (layout === null) { layout = readSibling ? new Siblings(fileName, readSibling).get('layout.yaml') : undefined; }
        return layout;
      },
      endpoints: () => {
        if (endpoints === null) {
          const sibling = entry.layout();
          endpoints = entry.result
            ? computeEndpoints({ doc: entry.result.document, version: entry.result.paiVersion, master: sibling ? readLayout(sibling).master?.hostip : undefined })
            : undefined;
        }
        return endpoints;
      },
    };
    const lines = document.lineCount;
    const text = document.getText();
    if (tooLargeToCheck(text.length, lines)) {
      entry.tooLarge = { chars: text.length, lines };
      return entry;
    }
    this.checks++;
    // With checks off the file is still parsed (no rules run), so completion and hovers keep working.
    // newSecret: a quick fix may offer a new password here, where a person applies it (reports never carry one).
    entry.result = check(text, checkOptions({
      fileName, paiVersion: settings.paiVersion, disabled: settings.disabled, enabled: settings.enabled, readSibling, newSecret: randomSecret,
    }));
    return entry;
  }

  /** The sibling reader checks of this document use. */
  readerFor(uri: vscode.Uri): SiblingReader | undefined { return this.siblings.reader(uri); }

  delete(uri: vscode.Uri): void { this.entries.delete(uri.toString()); }

  /** Forgets every check and the settings (after a settings change). */
  clear(): void {
    this.entries.clear();
    this.settings.clear();
  }
}
