import { firstLineRange } from '../anchors';
import type { RegisteredRule } from '../rule';

/** What the shell does with the folder's path in an unquoted word, or undefined when it passes as it is. */
function shellProblem(folder: string): string | undefined {
  if (/\$\(|`/.test(folder)) { return 'holds `$(` or a backtick: the shell runs the text inside as a command, and `cp` does not get this path'; }
  if (/\s/.test(folder)) { return 'holds a space: the shell splits it, and the push stops with "failed to copy"'; }
  if (/[;&|<>()'"\\$*?[]/.test(folder)) { return 'holds a character the shell interprets (`;`, `&`, `|`, `<`, `>`, a parenthesis, a quote, a backslash, `$` or a glob character): `cp` does not get this path, and the push stops with "failed to copy"'; }
  return undefined;
}

export const folderPath: RegisteredRule = {
  code: 'folder-path',
  severity: 'warning',
  fixable: false,
  description: 'The config folder\'s path holds a space or a shell character: `paictl config push -p <folder>` copies it with an unquoted shell `cp` and fails (or runs what is inside `$(…)`).',
  docs: [
    '- **Catches:** the checked file\'s folder has a space, `$(`, a backtick, or another character the shell interprets',
    'in its path (POSIX paths only; a Windows folder is copied to the dev-box before a push).',
    '- **Why:** `config push -p <folder>` copies the folder through the shell, unquoted: `cp -r <folder>/* ./tmp-config-<time>`',
    '(`deployment/confStorage/external_version_control/local_storage.py:54`,',
    '`deployment/paiLibrary/common/directory_handler.py:44-50`, run with `shell=True`). A space splits the path, and the push',
    'stops with "failed to copy". `$(…)` and backticks run their contents. Quoting on the caller\'s side cannot help.',
    '- **Fix:** none: push from a folder whose path has only letters, digits, `-`, `_`, `.` and `/`.',
    '- **Versions:** all.',
    '',
    '```text',
    '/root/pai-deploy/cluster-cfg/services-configuration.yaml    good',
    '/home/admin/pai cluster/services-configuration.yaml         the push fails',
    '```',
  ],
  check(ctx) {
    if (!ctx.siblings.known) { return []; }
    const slash = ctx.fileName.lastIndexOf('/');
    // paictl runs on Linux; a Windows path is copied to the dev-box before any push.
    if (slash <= 0 || /^[A-Za-z]:[\\/]/.test(ctx.fileName) || ctx.fileName.startsWith('\\\\')) { return []; }
    const folder = ctx.fileName.slice(0, slash);
    const problem = shellProblem(folder);
    if (!problem) { return []; }
    return [{
      range: firstLineRange(ctx.doc),
      message: 'paictl copies this folder with an unquoted shell command that breaks on its path: push from a plainer path.',
      detail: `\`paictl config push -p ${folder}\` runs \`cp -r ${folder}/* ./tmp-config-<time>\` (deployment/paiLibrary/common/directory_handler.py). This path ${problem}. Copy the files to a folder whose path has only letters, digits, \`-\`, \`_\`, \`.\` and \`/\`, and push from there.`,
      data: { folder },
    }];
  },
};
