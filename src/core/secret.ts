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
