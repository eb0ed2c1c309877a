/** Core positions, ranges, edits and findings ↔ VS Code types. */
import * as vscode from 'vscode';
import type { Finding, Position, Range, Severity, TextEdit } from '../core/finding';
import { RULES } from '../core/rules';
import { ruleDocUrl } from './findingView';

export const DIAGNOSTIC_SOURCE = 'openpai';

/** Codes whose findings mark text without effect: VS Code fades it. */
const UNNECESSARY = new Set(RULES.filter(r => r.unnecessary).map(r => r.code));

export function toVsPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(toVsPosition(r.start), toVsPosition(r.end));
}

export function fromVsRange(r: vscode.Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

export function toVsSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'info': return vscode.DiagnosticSeverity.Information;
    case 'hint': return vscode.DiagnosticSeverity.Hint;
  }
}

export function toVsTextEdit(e: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toVsRange(e.range), e.newText);
}

/**
 * Related locations name a file by path: the checked file's own path, or a sibling's path.
 * `uriOf` maps such a path back to a URI (the document's own URI for its own path).
 */
export function toDiagnostic(finding: Finding, uriOf: (file: string) => vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.code, target: vscode.Uri.parse(ruleDocUrl(finding.code)) };
  if (UNNECESSARY.has(finding.code)) { d.tags = [vscode.DiagnosticTag.Unnecessary]; }
  if (finding.related.length > 0) {
    d.relatedInformation = finding.related.map(r => new vscode.DiagnosticRelatedInformation(
      new vscode.Location(uriOf(r.file), toVsRange(r.range)), r.message));
  }
  return d;
}

/** The rule code of one of our diagnostics, or undefined for anyone else's. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) { return undefined; }
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}
