/**
 * When paictl's loader need not run: texts in a narrow subset of block YAML, where PyYAML 3.11 loads
 * everything that eemeli's `yaml` parses without a problem. Most services-configuration files are in
 * it (keys, plain or simply quoted values, lists, comments), and for them the second read (yaml-js,
 * most of check()'s time) is skipped. Anything outside it is read by PyYAML's port as before.
 *
 * Kept out, because there the two loaders can disagree (test/fixtures/yaml-test-suite and
 * test/unit/core/agreed-subset.test.ts): tabs, tags, an anchor defined twice, flow collections
 * that nest or span lines, block scalars, merge keys (`<<`), `?` keys, directives and document markers, multi-line plain values,
 * characters outside printable ASCII (PyYAML's line breaks and non-printables), lines over 1,000
 * characters (PyYAML's 1,024-character simple keys), a lone `=` or `<<` (no SafeLoader constructor) and
 * values whose SafeLoader constructor can fail (a date such as 2021-02-30, `0b_`, `._`).
 */

const KEY = String.raw`[A-Za-z0-9_][A-Za-z0-9_./-]*`;
/** A plain value: no leading indicator; `:` only before a character that is neither a space nor `:`. */
const PLAIN = String.raw`[A-Za-z0-9_./~$(+](?:[A-Za-z0-9_./~$()<>=+,;!?%^@ -]|:(?=[^ :]))*`;
// No `&` or `*` in values or comments: in the subset each one is an anchor or an alias, checked below.
const QUOTED = String.raw`'(?:(?!['\\&*])[ -~])*'|"(?:(?!["\\&*])[ -~])*"`;
/** One line of flow, scalars only: `[]`, `[a, "b"]`, `{cpu: "1", memory: 1Gi}` (no nesting, no trailing comma). */
const FLOW_ITEM = String.raw`(?:${QUOTED}|[A-Za-z0-9_./~$(+][A-Za-z0-9_./~$()+ -]*)`;
const FLOW = String.raw`\[ *(?:${FLOW_ITEM}(?: *, *${FLOW_ITEM})*)? *\]|\{ *(?:${KEY}: +${FLOW_ITEM}(?: *, *${KEY}: +${FLOW_ITEM})*)? *\}`;
const ANCHOR = String.raw`&[A-Za-z0-9_-]+`;
const ALIAS = String.raw`\*[A-Za-z0-9_-]+`;
const VALUE = `(?:${ALIAS}|(?:${ANCHOR} +)?(?:${QUOTED}|${FLOW}|${PLAIN})|${ANCHOR})`;
const COMMENT_TEXT = String.raw`[ -%'-)+-~]*`;
const COMMENT = String.raw`(?: +#${COMMENT_TEXT})?`;
const ENTRY = `(?:${KEY}:(?: +${VALUE})?|${VALUE})`;
const LINE = new RegExp(String.raw`^ *(?:#${COMMENT_TEXT}|(?:- +)+${ENTRY}${COMMENT}|${KEY}:(?: +${VALUE})?${COMMENT}) *$`);
const BLANK = /^ *$/;
/** Values whose constructor can fail in SafeLoader: dates (2021-02-30), `0b_`, `0x_`, `._` (int('') / float('.')). */
const SUSPECT = /(?:^|[ :'"[{,-])(?:\d{4}-\d|[-+]?0[bx]|[-+]?\.[0-9_])/;
const ANCHORS = /(?:^|[ -])&([A-Za-z0-9_-]+)/g;
const ALIASES = /(?:^|[ -])\*([A-Za-z0-9_-]+)/g;
const MAX_LINE = 1000;

/** Whether every line of `text` is in the subset (linear: one anchored regex per line). */
export function inAgreedSubset(text: string): boolean {
  const anchors = new Set<string>();
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) { end = text.length; }
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (line.length > MAX_LINE) { return false; }
    if (!BLANK.test(line) && (!LINE.test(line) || SUSPECT.test(line))) { return false; }
    if (line.includes('&')) {
      // PyYAML refuses an anchor defined twice (yaml lets the later one win).
      for (const m of line.matchAll(ANCHORS)) { if (anchors.has(m[1])) { return false; } anchors.add(m[1]); }
    }
    if (line.includes('*')) {
      // ...and an alias before its anchor (yaml parses it and fails only when building the value).
      for (const m of line.matchAll(ALIASES)) { if (!anchors.has(m[1])) { return false; } }
    }
    start = end + 1;
  }
  return true;
}
