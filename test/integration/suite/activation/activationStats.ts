// Reads VS Code's own activation measurements ("Developer: Startup Performance", the perf:
// document the workbench renders) for one extension.
import * as vscode from 'vscode';

/** One row of the "Extension Activation Stats" table; times in ms as VS Code measured them. */
export interface ActivationStats {
  extension: string;
  eager: boolean;
  loadCodeMs: number;
  callActivateMs: number;
  finishActivateMs: number;
  event: string;
}

/** The row for `extensionId` in a Startup Performance text, or undefined when the table lacks it. */
export function parseActivationStats(text: string, extensionId: string): ActivationStats | undefined {
  const table = text.split('## Extension Activation Stats')[1];
  if (table === undefined) { return undefined; }
  for (const line of table.split('\n')) {
    if (!line.startsWith('|')) { if (line.startsWith('##')) { break; } continue; }
    const cells = line.split('|').slice(1, -1).map(c => c.trim());
    if (cells[0] !== extensionId || cells.length < 6) { continue; }
    return {
      extension: cells[0], eager: cells[1] === 'true',
      loadCodeMs: Number(cells[2]), callActivateMs: Number(cells[3]), finishActivateMs: Number(cells[4]),
      event: cells[5],
    };
  }
  return undefined;
}

const PERF_URI = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });

/**
 * Opens Developer: Startup Performance (its content provider exists only once the command ran) and
 * returns the document's text.
 */
export async function startupPerformanceText(): Promise<string> {
  await vscode.commands.executeCommand('perfview.show');
  const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === PERF_URI.toString())
    ?? await vscode.workspace.openTextDocument(PERF_URI);
  return doc.getText();
}
