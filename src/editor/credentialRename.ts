/** F2 on a database credential's value renames it on both sides (marketplace-db and marketplace-restserver). */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { credentialAt, renameCredentialEdits } from '../core/credential-links';
import { keyPath } from '../core/paths';
import { toVsRange, toVsTextEdit } from './conversions';
import type { DocumentCache } from './documentCache';

export class CredentialRename implements vscode.RenameProvider {
  constructor(private readonly cache: DocumentCache) {}

  private at(document: vscode.TextDocument, position: vscode.Position) {
    if (!this.cache.isConfigDocument(document)) { return undefined; }
    const result = this.cache.get(document).result;
    if (!result) { return undefined; }
    const at = credentialAt(result.document, document.offsetAt(position));
    return at && { at, result };
  }

  prepareRename(document: vscode.TextDocument, position: vscode.Position): vscode.ProviderResult<{ range: vscode.Range; placeholder: string }> {
    const found = this.at(document, position);
    if (!found) { return undefined; } // not ours: other rename providers (or none) answer
    const value = found.at.value;
    if (!value) { throw new Error(l10n.t('Write a value for {0} first; then rename renames it on both sides.', keyPath(found.at.path))); }
    return { range: toVsRange(value.range), placeholder: value.plain };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit | undefined {
    const found = this.at(document, position);
    if (!found) { return undefined; }
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, renameCredentialEdits(found.result.document, found.result.paiVersion, found.at, newName).map(toVsTextEdit));
    return edit;
  }
}
