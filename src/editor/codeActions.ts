/** Quick fixes from the findings' own fixes, and `source.fixAll.openpai` for codeActionsOnSave. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { check } from '../core/check';
import { checkOptions } from '../core/check-options';
import { disableLineEdit } from '../core/suppression';
import type { Finding } from '../core/finding';
import { codeOf, fromVsRange, toVsTextEdit } from './conversions';
import { fileNameOf, type DocumentCache } from './documentCache';
import { fixAllEdits } from './fixAll';
import { findingOf } from './findingView';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('openpai');

/**
 * `file-name`: renames the file to the name paictl reads (a file operation, which a core fix, made of
 * text edits, cannot express). Not offered when a file of that name is already there.
 */
async function renameFileFix(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction | undefined> {
  const name = finding.data?.rename;
  if (finding.code !== 'file-name' || typeof name !== 'string' || document.isUntitled) { return undefined; }
  const target = vscode.Uri.joinPath(document.uri, '..', name);
  const exists = await Promise.resolve(vscode.workspace.fs.stat(target)).then(() => true, () => false);
  if (exists) { return undefined; }
  const action = new vscode.CodeAction(l10n.t('Rename the file to {0}', name), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.renameFile(document.uri, target, { overwrite: false });
  return action;
}

export class OpenPaiCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly cache: DocumentCache) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (!this.cache.isConfigDocument(document)) { return []; }
    const entry = this.cache.get(document);
    const result = entry.result;
    if (!result) { return []; }
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(only)) {
      const disables: vscode.CodeAction[] = [];
      let fixable = false;
      for (const diagnostic of context.diagnostics) {
        const code = codeOf(diagnostic);
        if (code === undefined) { continue; }
        const finding = findingOf(result.findings, { code, range: fromVsRange(diagnostic.range), message: diagnostic.message });
        if (!finding) { continue; }
        actions.push(...this.quickFixes(document, finding, diagnostic));
        fixable ||= finding.fixes.some(f => f.preferred === true);
        const rename = await renameFileFix(document, finding, diagnostic);
        if (rename) { actions.push(rename); }
        const disable = this.disableForLine(document, finding, diagnostic);
        if (disable && !disables.some(d => d.title === disable.title)) { disables.push(disable); }
      }
      // As ESLint does: after the fixes of the problems under the cursor, one action for the whole file.
      const fixAll = fixable ? this.fixAll(document, vscode.CodeActionKind.QuickFix) : undefined;
      if (fixAll) { actions.push(fixAll); }
      actions.push(...disables);
    }
    if (only && (only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only))) {
      const fixAll = this.fixAll(document, FIX_ALL_KIND);
      if (fixAll) { actions.push(fixAll); }
    }
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    return finding.fixes.map(fix => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.preferred === true;
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, fix.edits.map(toVsTextEdit));
      action.edit = edit;
      return action;
    });
  }

  /** `# openpai-disable-next-line <code>` above the finding's line (not for syntax errors: PyYAML still fails). */
  private disableForLine(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction | undefined {
    if (finding.code === 'syntax') { return undefined; }
    const edit = disableLineEdit(document.getText(), finding.range.start.line, finding.code);
    if (!edit) { return undefined; }
    const action = new vscode.CodeAction(l10n.t('Disable {0} for this line', finding.code), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, [toVsTextEdit(edit)]);
    return action;
  }

  /** All preferred fixes; conflicting ones are resolved by re-checking the fixed text (an explicit action, not typing). */
  private fixAll(document: vscode.TextDocument, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const entry = this.cache.get(document);
    if (!entry.result) { return undefined; }
    const options = checkOptions({
      fileName: fileNameOf(document.uri),
      paiVersion: entry.settings.paiVersion,
      disabled: entry.settings.disabled,
      enabled: entry.settings.enabled,
      readSibling: this.cache.readerFor(document.uri),
    });
    const edits = fixAllEdits(entry.result, text => check(text, options));
    if (edits.length === 0) { return undefined; }
    const action = new vscode.CodeAction(l10n.t('Fix all OpenPAI problems that have a preferred fix'), kind);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits.map(toVsTextEdit));
    action.edit = edit;
    return action;
  }
}
