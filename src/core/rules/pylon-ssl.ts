import { fix, scalarText, setKey } from '../fix';
import { isRecord } from '../model';
import type { RegisteredRule, RuleFinding } from '../rule';
import { portValue } from '../uris';
import { atLeast } from '../version';

const SSL_PATH = ['pylon', 'ssl'] as const;

function basename(path: string): string {
  return path.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? path;
}

/** Characters the shell treats specially in an unquoted word (tilde and `$VAR` expansion still work). */
const SHELL_BREAKING = /[\s;&|<>()`'"\\]/;

/**
 * Why pylon's start.sh cannot copy this file, or undefined. It changes into src/pylon/deploy and runs
 * `cp <path> https-config/` unquoted with no `|| exit` (start.sh.template:20,25-26).
 */
function copyProblem(path: string): string | undefined {
  if (SHELL_BREAKING.test(path)) {
    return /\s/.test(path) ? 'holds a space, so the shell splits it into several arguments' : 'holds a character the shell interprets (quote, `;`, `&`, `|`, `<`, `>`, a parenthesis, a backtick or a backslash)';
  }
  if (!/^[/~$]/.test(path)) { return 'is relative, and start.sh resolves it from `src/pylon/deploy` in the paictl checkout, not from where you ran paictl'; }
  return undefined;
}

export const pylonSsl: RegisteredRule = {
  code: 'pylon-ssl',
  severity: 'error',
  fixable: true,
  description: '`pylon.ssl` that breaks or bends https: a `crt_name`/`key_name` that is not its file\'s name, a relative `crt_path`/`key_path` or one with spaces or shell characters, or an https `port` other than 443.',
  docs: [
    '- **Catches:** a `pylon.ssl.crt_name` or `key_name` that is not the file name of `crt_path` or `key_path`; a',
    '`crt_path` or `key_path` that is relative, or holds a space or a shell character (quote, `;`, `&`, `|`, `<`, `>`,',
    'parenthesis, backtick, backslash). It also warns about a `pylon.ssl.port` other than 443.',
    '- **Why:** pylon\'s `start.sh` stores the files in the `https-config` ConfigMap under their file names, and its',
    '`run.sh` copies `/https-config/<crt_name>`. With a different name pylon finds no certificate, and https fails.',
    '`start.sh` first changes into `src/pylon/deploy`, then runs an unquoted `cp <crt_path> https-config/` with no',
    '`|| exit` (`src/pylon/deploy/start.sh.template:20,25-26`): a relative path is looked up there, a space splits the',
    'path, and the script goes on with an empty ConfigMap, so pylon crash-loops. `~/…` and `$HOME/…` work (the shell',
    'expands them).',
    '`ssl.port` is read from v1.8 only (#5495). Even then, the port-80 redirect goes to `https://$host`, that is 443',
    '(`nginx.conf.template`). Before v1.8 the key is ignored.',
    '- **Fix:** write the file\'s name (names only; nothing is fixed for the paths or the port).',
    '- **Versions:** all; the port warning changes its message at v1.8.',
    '',
    '```yaml',
    'pylon:',
    '  ssl:',
    '    crt_path: /root/certs/pai.crt',
    '    crt_name: pai.crt        # good; `cert.pem` would not be found',
    '```',
  ],
  check(ctx) {
    const ssl = ctx.doc.valueAt(SSL_PATH);
    if (!isRecord(ssl)) { return []; }
    const out: RuleFinding[] = [];
    for (const [nameKey, pathKey] of [['crt_name', 'crt_path'], ['key_name', 'key_path']] as const) {
      const name = ssl[nameKey];
      const file = ssl[pathKey];
      if (typeof name !== 'string' || typeof file !== 'string' || file.trim() === '') { continue; }
      const expected = basename(file.trim());
      if (expected === '' || name === expected) { continue; }
      const namePath = [...SSL_PATH, nameKey];
      const text = scalarText(ctx.doc, expected, ctx.doc.locate(namePath)?.written);
      out.push({
        range: ctx.doc.valueRange(namePath),
        message: `\`${nameKey}\` is not the file name of \`${pathKey}\`, so pylon finds no ${nameKey === 'crt_name' ? 'certificate' : 'key'}: write \`${nameKey}: ${expected}\`.`,
        detail: `\`${nameKey}\` is \`${name}\` but \`${pathKey}\` is a file named \`${expected}\`: pylon's start.sh puts the file into the https-config ConfigMap under its file name, and run.sh copies \`/https-config/<${nameKey}>\`, so https fails.`,
        related: [{ file: ctx.fileName, range: ctx.doc.valueRange([...SSL_PATH, pathKey]), message: 'the file pylon stores' }],
        fixes: [fix(`Set ${nameKey}: ${text}`, [setKey(ctx.doc, namePath, text)], true)],
      });
    }
    for (const pathKey of ['crt_path', 'key_path'] as const) {
      const file = ssl[pathKey];
      if (typeof file !== 'string' || file === '') { continue; }
      const problem = copyProblem(file);
      if (!problem) { continue; }
      out.push({
        range: ctx.doc.valueRange([...SSL_PATH, pathKey]),
        message: `pylon cannot copy this \`${pathKey}\`, so https fails: write an absolute path with no spaces or shell characters.`,
        detail: `\`${pathKey}\` ${problem}. pylon's start.sh runs \`cp\` on it unquoted and goes on when the copy fails, so the https-config ConfigMap has no ${pathKey === 'crt_path' ? 'certificate' : 'key'}, and pylon crash-loops when its run.sh copies the file. The path is on the machine that runs paictl (rename or move the file if needed).`,
      });
    }
    const portPath = [...SSL_PATH, 'port'];
    const port = portValue(ssl.port);
    if (ctx.doc.has(portPath) && port !== undefined && port !== 443) {
      out.push({
        range: ctx.doc.valueRange(portPath),
        severity: 'warning',
        message: atLeast(ctx.version, '1.8')
          ? `pylon's http redirect still goes to port 443, not ${port}, so http links break: give marketplace URIs \`:${port}\`.`
          : `On v${ctx.version} pylon serves https on 443 whatever \`pylon.ssl.port\` says: remove it or use 443.`,
        detail: atLeast(ctx.version, '1.8')
          ? `pylon serves https on port ${port}, but its port-80 server redirects every http request to \`https://$host$request_uri\`, that is, to port 443, where nothing listens: http links and bookmarks break.`
          : '`pylon.ssl.port` is read only from v1.8.',
      });
    }
    return out;
  },
};
