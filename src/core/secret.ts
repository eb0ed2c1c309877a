/** Passwords that fixes write: the same text in YAML 1.1, in paictl's unquoted manifests and in a shell. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LENGTH = 24;

/** 24 random letters and digits (about 143 bits), starting with a letter so YAML never reads a number. */
export function randomSecret(): string {
  let out = '';
  while (out.length < LENGTH) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(32))) {
      if (byte >= 248) { continue; } // 248 = 4 * 62: keeps every character equally likely
      const c = ALPHABET[byte % ALPHABET.length];
      if (out === '' && !/[A-Za-z]/.test(c)) { continue; }
      out += c;
      if (out.length === LENGTH) { break; }
    }
  }
  return out;
}

/*
 * What is secret in a services-configuration.yaml, and how reports hide it. This is the one place
 * that knows: check() masks every message, fix title and related message with it, and keeps a fix
 * whose edits would carry a secret only where a person applies it (the editor).
 */

/** What a hidden value is shown as (the same for every value, so its length is not told either). */
export const MASK = '********';

/** Values that are secret by where they are, whatever their keys are called. */
const SECRET_PATHS: readonly (readonly string[])[] = [
  ['marketplace-db', 'passwd'],
  ['marketplace-db', 'connection-str'],
  ['marketplace-restserver', 'db_password'],
  ['marketplace-restserver', 'azure_storage', 'connection_strings'],
  ['marketplace-restserver', 'azure_storage_json'],
  ['cluster', 'docker-registry', 'password'],
  ['rest-server', 'default-pai-admin-password'],
];

/** A key's last word naming a secret: `db_password`, `passwd`, `api-token`, `AccountKey`, `secret`. */
const SECRET_WORDS = new Set(['password', 'passwords', 'passwd', 'pwd', 'pass', 'token', 'tokens', 'secret', 'secrets', 'key', 'keys', 'accountkey', 'apikey', 'credential', 'credentials', 'connectionstring', 'connectionstrings']);

/** Published defaults everyone knows (marketplace-db's `passwd: passwd`): naming them hides nothing. */
const PUBLIC_VALUES = new Set(['', 'passwd']);

/** `AccountKey=…` and friends inside any string (Azure connection strings, SAS tokens, URL passwords). */
/** Each pattern with the text it cannot match without: a 1 MB key in a message is not searched for nothing. */
const INLINE_SECRETS: readonly { re: RegExp; needs: readonly string[] }[] = [
  { re: /((?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|Password|Pwd)=)([^;&"'\s`]+)/gi, needs: ['='] },
  // The scheme starts a word (the look-behind): tried at every letter of a long word, it would be quadratic.
  { re: /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/[^/:@\s`'"]*:)([^@/\s`'"]+)(?=@)/gi, needs: ['://', '@'] },
];

export function isSecretKey(key: string): boolean {
  // Only the last two words count: a pasted 1 MB key is not split whole.
  const words = (key.length > 100 ? key.slice(-100) : key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(w => w !== '');
  const last = words[words.length - 1];
  const joined = words.slice(-2).join('');
  return last !== undefined && (SECRET_WORDS.has(last) || SECRET_WORDS.has(joined) && joined !== last && !/name$|path$|file$/.test(joined));
}

/** Whether the value at `path` (or anything under it) is a secret. */
export function isSecretPath(path: readonly (string | number)[]): boolean {
  if (path.some(s => typeof s === 'string' && isSecretKey(s))) { return true; }
  return SECRET_PATHS.some(p => p.length <= path.length && p.every((s, i) => path[i] === s));
}

interface NodeLike { value?: unknown; source?: unknown; range?: [number, number, number]; items?: unknown[]; key?: unknown }

/** The secret texts of a document: every scalar under a secret path, as its value, its source and its raw text. */
export class Secrets {
  private readonly values: string[];

  constructor(text: string, root: unknown) {
    const found = new Set<string>();
    // Keys repeat (name, port…): each one is judged once per document.
    const secretKeys = new Map<string, boolean>();
    const isSecret = (name: string) => {
      let is = secretKeys.get(name);
      if (is === undefined) { is = isSecretKey(name); secretKeys.set(name, is); }
      return is;
    };
    // Ancestors were judged on the way down: only the last segment, and the paths of exactly this length, are new.
    const secretAt = (at: readonly (string | number)[], name: string) =>
      isSecret(name) || SECRET_PATHS.some(p => p.length === at.length && p.every((seg, i) => at[i] === seg));
    const add = (s: string) => { if (!PUBLIC_VALUES.has(s.trim())) { found.add(s); found.add(s.trim()); } };
    const walk = (node: unknown, path: (string | number)[], secret: boolean, depth: number) => {
      if (depth > 50 || node === null || typeof node !== 'object') { return; }
      const n = node as NodeLike;
      if (Array.isArray(n.items)) {
        n.items.forEach((item, i) => {
          const pair = item as NodeLike;
          if (pair && typeof pair === 'object' && 'key' in pair) {
            const key = (pair.key as NodeLike | null)?.value;
            const name = typeof key === 'string' || typeof key === 'number' ? String(key) : '';
            const at = [...path, name];
            walk((pair as { value?: unknown }).value, at, secret || secretAt(at, name), depth + 1);
          } else {
            walk(item, [...path, i], secret, depth + 1);
          }
        });
        return;
      }
      if (!secret || n.value === null || n.value === undefined) { return; }
      add(String(n.value));
      if (typeof n.source === 'string') { add(n.source); }
      if (n.range) { add(text.slice(n.range[0], n.range[1])); }
    };
    walk(root, [], false, 0);
    // Longest first, so a secret holding another is hidden whole.
    this.values = [...found].filter(s => s !== '').sort((a, b) => b.length - a.length);
  }

  /** `text` with every secret of the document, and every inline `AccountKey=…`, replaced by MASK. */
  mask(text: string): string {
    let out = text;
    for (const { re, needs } of INLINE_SECRETS) { if (needs.every(n => out.includes(n))) { out = out.replace(re, `$1${MASK}`); } }
    for (const s of this.values) {
      if (!out.includes(s)) { continue; }
      const before = /^[A-Za-z0-9]/.test(s) ? '(?<![A-Za-z0-9])' : '';
      const after = /[A-Za-z0-9]$/.test(s) ? '(?![A-Za-z0-9])' : '';
      out = out.replace(new RegExp(`${before}${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}`, 'g'), MASK);
    }
    return out;
  }

  /** Whether `text` carries a secret (a fix's new text, say). */
  carried(text: string): boolean {
    return this.mask(text) !== text;
  }
}

interface Redactable {
  message: string;
  detail?: string;
  data?: Record<string, unknown>;
  related: { message: string }[];
  fixes: { title: string; edits: { newText: string }[] }[];
}

/**
 * Hides the document's secrets in a finding: its message and detail, related messages and fix titles. A fix
 * whose edits carry a secret stays only when `fixesMayCarry` (the editor, where a person applies
 * it); reports get no such fix.
 */
export function redactFinding<F extends Redactable>(finding: F, secrets: Secrets, fixesMayCarry: boolean): F {
  finding.message = secrets.mask(finding.message);
  if (finding.detail !== undefined) { finding.detail = secrets.mask(finding.detail); }
  for (const r of finding.related) { r.message = secrets.mask(r.message); }
  for (const [k, v] of Object.entries(finding.data ?? {})) {
    if (typeof v === 'string' && finding.data) { finding.data[k] = secrets.mask(v); }
  }
  finding.fixes = finding.fixes.filter(f => fixesMayCarry || !f.edits.some(e => secrets.carried(e.newText)));
  for (const f of finding.fixes) { f.title = secrets.mask(f.title); }
  return finding;
}
