/** Registers the editor face: diagnostics, completion, hover (also in layout.yaml), code actions, credential rename/definition and the status items. */
import * as vscode from 'vscode';
import { OpenPaiCodeActions } from './codeActions';
import { OpenPaiCompletion, TRIGGER_CHARACTERS } from './completion';
import { CredentialDefinition } from './credentialDefinition';
import { CredentialRename } from './credentialRename';
import { DiagnosticsController } from './diagnostics';
import { LayoutDiagnostics } from './layoutDiagnostics';
import { LayoutCompletion, LayoutHover } from './layoutProviders';
import { DocumentCache } from './documentCache';
import { EFFECTIVE_SCHEME, EffectiveView, SHOW_EFFECTIVE_COMMAND, showEffectiveConfig } from './effectiveView';
import { OpenPaiHover } from './hover';
import { affectsEditorSettings } from './settings';
import { SiblingStore } from './siblingReader';
import { openRuleSettings, OPEN_RULE_SETTINGS_COMMAND, selectVersion, SELECT_VERSION_COMMAND, StatusItems } from './statusItem';

/** Every YAML document; the providers then keep only ours (a cheap name check), so other YAML files get nothing. */
const YAML: vscode.DocumentSelector = [{ language: 'yaml' }];

/** Internal command the integration tests use to read the status text (a language status item cannot be read from the UI). */
export const STATUS_TEXT_COMMAND = 'openpai._statusText';

export function registerEditorFeatures(context: vscode.ExtensionContext): void {
  const siblings = new SiblingStore();
  const cache = new DocumentCache(siblings);
  const diagnostics = new DiagnosticsController(cache, siblings);
  const status = new StatusItems(cache);
  const effective = new EffectiveView(siblings);
  context.subscriptions.push(
    siblings,
    diagnostics,
    new LayoutDiagnostics(),
    status,
    vscode.languages.registerCompletionItemProvider(YAML, new OpenPaiCompletion(cache), ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(YAML, new OpenPaiHover(cache)),
    // layout.yaml beside a services-configuration.yaml: its keys' docs and completion (layoutModel.ts).
    vscode.languages.registerCompletionItemProvider(YAML, new LayoutCompletion(), ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(YAML, new LayoutHover()),
    vscode.languages.registerCodeActionsProvider(YAML, new OpenPaiCodeActions(cache), OpenPaiCodeActions.metadata),
    vscode.languages.registerRenameProvider(YAML, new CredentialRename(cache)),
    vscode.languages.registerDefinitionProvider(YAML, new CredentialDefinition(cache)),
    diagnostics.onDidUpdate(() => status.update()),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('openpai.files')) { status.recreate(); } else if (affectsEditorSettings(e)) { status.update(); }
    }),
    vscode.commands.registerCommand(SELECT_VERSION_COMMAND, (value?: unknown) => selectVersion(value)),
    vscode.commands.registerCommand(OPEN_RULE_SETTINGS_COMMAND, () => openRuleSettings()),
    effective,
    vscode.workspace.registerTextDocumentContentProvider(EFFECTIVE_SCHEME, effective),
    vscode.languages.registerDocumentLinkProvider({ scheme: EFFECTIVE_SCHEME }, effective),
    vscode.commands.registerCommand(SHOW_EFFECTIVE_COMMAND, (arg?: unknown) => showEffectiveConfig(d => cache.isConfigDocument(d), arg)),
    vscode.commands.registerCommand(STATUS_TEXT_COMMAND, () => { status.update(); return status.lastText; }),
  );
}
