/**
 * The effective configuration as a read-only virtual document beside the config
 * (`openpai-effective:` URIs whose query is the config's URI); each origin `file:line` is a link.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { explain, renderEffective, type RenderedLine } from '../core/effective';
import { fileNameOf } from './documentCache';
import { readSettings } from './settings';
import { folderKey, siblingUri, type SiblingStore } from './siblingReader';
import { baseName } from '../core/paths';

export const EFFECTIVE_SCHEME = 'openpai-effective';
export const SHOW_EFFECTIVE_COMMAND = 'openpai.showEffectiveConfig';
const SECRETS_FRAGMENT = 'show-secrets';


export function effectiveUri(source: vscode.Uri, showSecrets: boolean): vscode.Uri {
  return vscode.Uri.from({ scheme: EFFECTIVE_SCHEME, path: `${source.path} (effective)`, query: source.toString(), fragment: showSecrets ? SECRETS_FRAGMENT : '' });
}

function sourceOf(uri: vscode.Uri): vscode.Uri { return vscode.Uri.parse(uri.query); }

export class EffectiveView implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly lines = new Map<string, RenderedLine[]>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly siblings: SiblingStore) {
    const refresh = (matches: (source: vscode.Uri) => boolean) => {
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.scheme === EFFECTIVE_SCHEME && matches(sourceOf(doc.uri))) { this.changed.fire(doc.uri); }
      }
    };
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.scheme !== EFFECTIVE_SCHEME) { refresh(s => s.toString() === e.document.uri.toString()); }
      }),
      siblings.onDidChange(folder => refresh(s => folderKey(s) === folder)),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('openpai.paiVersion')) { refresh(() => true); } }),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.scheme === EFFECTIVE_SCHEME) { this.lines.delete(d.uri.toString()); } }),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = sourceOf(uri);
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === source.toString());
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
    } catch {
      return l10n.t('Cannot read {0}.', fileNameOf(source));
    }
    await this.siblings.load(source);
    const showSecrets = uri.fragment === SECRETS_FRAGMENT;
    const result = explain(text, {
      fileName: fileNameOf(source), paiVersion: readSettings(source).paiVersion, readSibling: this.siblings.reader(source), showSecrets,
    });
    const lines = renderEffective(result, { file: baseName(source.path), layout: 'layout.yaml', config: 'config.yaml' }, !showSecrets);
    this.lines.set(uri.toString(), lines);
    return `${lines.map(l => l.text.trimEnd()).join('\n')}\n`;
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const source = sourceOf(document.uri);
    const lines = this.lines.get(document.uri.toString()) ?? [];
    return lines.flatMap((line, index) => {
      if (!line.link) { return []; }
      const file = line.link.kind === 'file' ? source : siblingUri(source, line.link.kind === 'layout' ? 'layout.yaml' : 'config.yaml');
      const link = new vscode.DocumentLink(new vscode.Range(index, line.link.start, index, line.link.end), file.with({ fragment: `L${line.link.line}` }));
      link.tooltip = l10n.t('Open line {0} of {1}', line.link.line, baseName(file.path));
      return [link];
    });
  }

  dispose(): void { for (const d of this.disposables) { d.dispose(); } }
}

/** What the command resolves to (the tests read it). */
export interface EffectiveShown { uri: string; text: string }

/** `openpai.showEffectiveConfig [{ uri?, showSecrets? }]`: the active config (or `uri`) explained, beside it. */
export async function showEffectiveConfig(isConfig: (d: vscode.TextDocument) => boolean, arg?: unknown): Promise<EffectiveShown | undefined> {
  const options = (arg && typeof arg === 'object' ? arg : {}) as { uri?: unknown; showSecrets?: unknown };
  let source: vscode.Uri | undefined;
  if (options.uri instanceof vscode.Uri) { source = options.uri; }
  else if (typeof options.uri === 'string') { source = vscode.Uri.parse(options.uri); }
  else {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.uri.scheme === EFFECTIVE_SCHEME) { source = sourceOf(active.uri); }
    else if (active && isConfig(active)) { source = active.uri; }
  }
  if (!source) {
    void vscode.window.showWarningMessage(l10n.t('Open a services-configuration.yaml first: the effective configuration is that file\'s.'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(effectiveUri(source, options.showSecrets === true));
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  return { uri: doc.uri.toString(), text: doc.getText() };
}
