/**
 * The extension's one output channel, with levels (Output > OpenPAI; "OpenPAI: Show Log"): what the
 * checker found per file, and what the deploy commands ran. Log lines stay in English, like VS Code's own logs.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../editor/conversions';
import { checkSummary } from './summary';

export const SHOW_LOG_COMMAND = 'openpai.showLog';

export function registerLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const log = vscode.window.createOutputChannel('OpenPAI', { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show(true)),
    vscode.languages.onDidChangeDiagnostics(e => {
      for (const uri of e.uris) {
        const ours = vscode.languages.getDiagnostics(uri).filter(d => d.source === DIAGNOSTIC_SOURCE);
        const s = checkSummary(vscode.workspace.asRelativePath(uri), ours.map(d => d.severity));
        log[s.level](s.text);
      }
    }),
  );
  log.info(`activated ${context.extension.id} ${String(context.extension.packageJSON.version)} (VS Code ${vscode.version})`);
  return log;
}
