import { Scalar, stringify } from 'yaml';

/**
 * The one writer of scalar text for fixes and snippets: whatever the value holds, the text is a
 * single-line YAML scalar that PyYAML (YAML 1.1) and yaml (1.2) both read back as the same string.
 * Quoting is `yaml`'s own; this module only decides the style and escapes what PyYAML refuses raw.
 */

export type QuoteStyle = 'plain' | 'single' | 'double';

const AMBIGUOUS_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\d[\d_]*)?\.?\d[\d_:]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|<<|=)$/;

/**
 * Characters a quoted scalar cannot hold raw: PyYAML's reader refuses anything outside its
 * printable set (C0/C1 controls, DEL, U+FFFE/U+FFFF, lone surrogates); tab and the YAML 1.1 line
 * breaks (U+0085, U+2028, U+2029) would fold; the BOM and bidi controls would hide what is written.
 */
const NOT_RAW = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Whether a string can be written plain and still read back as the same string in YAML 1.1 and 1.2. */
export function isPlainSafe(s: string): boolean {
  if (s === '' || s.trim() !== s || AMBIGUOUS_PLAIN.test(s)) { return false; }
  NOT_RAW.lastIndex = 0;
  if (NOT_RAW.test(s)) { return false; }
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s]/.test(s)) { return false; }
  if (/^[-?:]\s/.test(s) || /:(\s|$)/.test(s) || /\s#/.test(s) || /[\n\r\t]/.test(s)) { return false; }
  if (/^[*&!]/.test(s)) { return false; }
  return true;
}

function escape(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x100) { return `\\x${code.toString(16).padStart(2, '0')}`; }
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function stringified(s: string, type: Scalar.Type): string {
  const node = new Scalar(s);
  node.type = type;
  return stringify(node, { lineWidth: 0, minContentWidth: 0, version: '1.1' }).replace(/\n$/, '');
}

/**
 * A YAML scalar for a string, in the style asked for when that style can hold it: plain only when
 * it reads back unchanged, single quotes unless the value needs escapes, else double quotes with
 * every character PyYAML refuses raw written as an escape.
 */
export function quoteString(s: string, style: QuoteStyle = 'single'): string {
  if (style === 'plain' && isPlainSafe(s)) { return s; }
  NOT_RAW.lastIndex = 0;
  const needsEscapes = NOT_RAW.test(s) || /[\n\r\t]/.test(s);
  if (style === 'single' || style === 'plain') {
    if (!needsEscapes) {
      const single = stringified(s, Scalar.QUOTE_SINGLE);
      if (single.startsWith("'")) { return single; }
    }
  }
  const double = stringified(s, Scalar.QUOTE_DOUBLE);
  return double.replace(NOT_RAW, escape);
}
