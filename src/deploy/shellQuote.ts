/**
 * Quoting one argument for the shell a VS Code task runs in. Pure: unit-tested against real shells.
 *
 * Why not just `ShellQuoting.Strong`: VS Code 1.100 wraps a Strong value in single quotes without
 * escaping the single quotes inside it, so a folder named `it's` breaks the command line. A plain
 * string argument that already starts and ends with the shell's strong quote is passed through
 * untouched, so we hand VS Code arguments quoted here, each one separately.
 */

export type ShellKind = 'posix' | 'fish' | 'pwsh' | 'cmd';

/** The kind of shell from its executable path (`/bin/bash`, `C:\...\pwsh.exe`, `fish`). */
export function shellKind(shellPath: string | undefined, platform: string = process.platform): ShellKind {
  if (!shellPath) { return platform === 'win32' ? 'pwsh' : 'posix'; }
  const base = shellPath.replace(/\\/g, '/').split('/').pop()!.toLowerCase().replace(/\.exe$/, '');
  if (base === 'fish') { return 'fish'; }
  if (base === 'pwsh' || base === 'powershell') { return 'pwsh'; }
  if (base === 'cmd') { return 'cmd'; }
  return 'posix';
}

/** A word that no shell we know treats specially, left bare so the command line stays readable. */
const PLAIN = /^[A-Za-z0-9_@+:,./-][A-Za-z0-9_@+=:,./-]*$/;

export class UnquotableError extends Error {}

/** `value` as one word for `kind`; throws UnquotableError where the shell has no safe quoting for it. */
export function quoteArg(value: string, kind: ShellKind): string {
  if (value.includes('\0')) { throw new UnquotableError('an argument contains a NUL character'); }
  if (PLAIN.test(value)) { return value; }
  switch (kind) {
    case 'posix': return `'${value.replace(/'/g, `'\\''`)}'`;
    case 'fish': return `'${value.replace(/[\\']/g, c => `\\${c}`)}'`;
    case 'pwsh': return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, c => c + c)}'`;
    case 'cmd':
      if (/["%!^\r\n]/.test(value)) { throw new UnquotableError(`cmd.exe cannot pass ${JSON.stringify(value)} safely; use another shell for tasks`); }
      return `"${value}"`;
  }
}

/** Whether `quoteArg` left the word bare (the command word then needs no `&` in PowerShell). */
export function isPlainWord(value: string): boolean {
  return PLAIN.test(value);
}
