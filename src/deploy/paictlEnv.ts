/**
 * The environment paictl runs in, and whether a config folder survives paictl's shell. Pure; unit-tested.
 */
import * as l10n from '@vscode/l10n';

/**
 * paictl's `-c` reaches only its Python client; the services' start/stop scripts and the readiness
 * wait run plain kubectl (facts §7), so KUBECONFIG names the same file. PYTHONUNBUFFERED: the
 * prompts arrive as they are written, not when paictl exits.
 */
export function paictlEnv(base: Readonly<Record<string, string | undefined>>, kubeconfig: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) { if (v !== undefined) { env[k] = v; } }
  env.PYTHONUNBUFFERED = '1';
  if (kubeconfig) { env.KUBECONFIG = kubeconfig; }
  return env;
}

/**
 * Characters a POSIX shell takes literally inside a word. `config push -p <folder>` runs
 * `cp -r <folder>/* <tmp>` through `sh -c`, unquoted (pai local_storage.py:54, directory_handler.py:48,
 * linux_shell.py:43), so anything else splits, expands or runs. Non-ASCII letters are literal too.
 */
const SHELL_LITERAL = /^[A-Za-z0-9_@%+=:,./\-\u0080-\uffff]*$/u;
const UNICODE_SPACE = /[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** Why paictl's shell would break `folder`, or undefined when it passes verbatim. */
export function shellBreaks(folder: string): string | undefined {
  if (SHELL_LITERAL.test(folder) && !UNICODE_SPACE.test(folder)) { return undefined; }
  const bad = [...new Set(Array.from(folder).filter(c => !SHELL_LITERAL.test(c) || UNICODE_SPACE.test(c)))];
  const shown = bad.map(c => c === ' ' ? l10n.t('space') : c === '\n' ? '\\n' : c === '\t' ? '\\t' : /[\x00-\x1f\x7f]/.test(c) ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c).join(' ');
  return l10n.t('paictl copies the folder with "cp -r <folder>/*" through a shell, unquoted, and its path holds characters the shell splits, expands or runs ({0})', shown);
}

export type PushFolderPlan =
  | { kind: 'direct' }
  /** Copy the folder's files to a fresh folder under `tmpdir` and push that one. */
  | { kind: 'stage'; why: string }
  | { kind: 'refuse'; message: string };

/** How `config push` gets `folder`: as it is, or staged in a temporary folder whose path is safe. */
export function pushFolderPlan(folder: string, tmpdir: string): PushFolderPlan {
  const why = shellBreaks(folder);
  if (why === undefined) { return { kind: 'direct' }; }
  const tmpWhy = shellBreaks(tmpdir);
  if (tmpWhy !== undefined) {
    return { kind: 'refuse', message: l10n.t('Not pushed: {0}; staging it in the temporary folder {1} would not help, as that path is unsafe too. Rename the folder or set TMPDIR.', why, tmpdir) };
  }
  return { kind: 'stage', why };
}

/** The argv with the folder after `-p` replaced (a push from a staged copy). */
export function withPushFolder(argv: readonly string[], folder: string): string[] {
  const i = argv.indexOf('-p');
  return argv.map((a, j) => i >= 0 && j === i + 1 ? folder : a);
}
