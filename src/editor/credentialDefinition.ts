/** Go to Definition on a database credential jumps to the other side (marketplace-db ⇄ marketplace-restserver). */
import * as vscode from 'vscode';
import { credentialAt, partnerRange } from '../core/credential-links';
import { toVsRange } from './conversions';
import type { DocumentCache } from './documentCache';

export class CredentialDefinition implements vscode.DefinitionProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    if (!this.cache.isConfigDocument(document)) { return undefined; }
    const result = this.cache.get(document).result;
    if (!result) { return undefined; }
    const at = credentialAt(result.document, document.offsetAt(position));
    const target = at && partnerRange(result.document, at);
    return target && new vscode.Location(document.uri, toVsRange(target));
  }
}
