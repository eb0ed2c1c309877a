/** One log line per checked file, from its diagnostics' severities. Pure; unit-tested. */

export type LogLevel = 'debug' | 'info';

export interface CheckSummary { level: LogLevel; text: string }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** severities: 0 error, 1 warning, 2 information, 3 hint (vscode.DiagnosticSeverity). */
export function checkSummary(file: string, severities: readonly number[]): CheckSummary {
  if (severities.length === 0) { return { level: 'debug', text: `checked ${file}: no problems` }; }
  const count = (s: number) => severities.filter(x => x === s).length;
  const parts = [plural(count(0), 'error'), plural(count(1), 'warning'), plural(count(2) + count(3), 'note')];
  return { level: 'info', text: `checked ${file}: ${parts.join(', ')}` };
}
