/**
 * Output that a terminal or a CI log shows, never interprets: the one escaping helper every CLI
 * format uses. Keys and values come from the checked file, so they may hold ANSI/OSC escapes, line
 * breaks that start a GitHub workflow command (`::error …`, `::stop-commands::`, `##[…]`), or bidi
 * controls that reorder what is shown.
 */

/** C0 and C1 controls, DEL, Unicode line/paragraph separators, bidi embeddings, overrides, isolates and marks. */
const ACTIVE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * `s` on one line with every active character shown as an escape (`\x1b`, `\n`, `\u202e`), and
 * `##[` (a legacy GitHub Actions command wherever it is in a line) as `\x23#[`.
 */
export function inert(s: string): string {
  return s.replace(ACTIVE, escaped).replace(/##\[/g, '\\x23#[');
}

/** One output line made inert: also a line start of `::` (after blanks), a GitHub workflow command. */
export function inertLine(line: string): string {
  return inert(line).replace(/^(\s*):/, '$1\\x3a');
}

/** What JSON.stringify leaves raw (it escapes C0 controls itself; its own line breaks are layout). */
const RAW_IN_JSON = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * A JSON text with what JSON.stringify leaves active written as `\u` escapes (the data is the
 * same): raw separators and bidi controls, and `##[` (a legacy workflow command anywhere in a line).
 */
export function inertJson(json: string): string {
  return json.replace(RAW_IN_JSON, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[');
}
