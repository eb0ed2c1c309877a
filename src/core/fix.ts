import { isMap, isScalar, isSeq, Scalar, type ParsedNode } from 'yaml';
import { ParsedDocument, type YamlPath } from './document';
import type { Fix, Range, TextEdit } from './finding';

/**
 * Minimal text edits on a parsed document. Every helper changes only the bytes it must: the value
 * it replaces, or the lines it inserts or removes. Comments, key order, quoting style and
 * indentation elsewhere are left alone.
 */

export type QuoteStyle = 'plain' | 'single' | 'double';

/** A block value rendered on its own lines under a key (e.g. a mapping or a sequence item). */
export interface BlockValue { lines: string[] }

export function fix(title: string, edits: TextEdit[], preferred = false): Fix {
  return preferred ? { title, edits, preferred } : { title, edits };
}

/** `newText` is written with the doc's line breaks; a CR-only file keeps its CRs (doc.text shows them as LF). */
export function edit(doc: ParsedDocument, start: number, end: number, newText: string): TextEdit {
  return { range: doc.range(start, end), newText: doc.lineBreak === '\r' ? newText.replace(/\r?\n/g, '\r') : newText };
}

const AMBIGUOUS_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:\d[\d_]*)?\.?\d[\d_:]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|<<|=)$/;

/** Whether a string can be written plain and still read back as the same string in YAML 1.1 and 1.2. */
export function isPlainSafe(s: string): boolean {
  if (s === '' || s.trim() !== s || AMBIGUOUS_PLAIN.test(s)) { return false; }
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^[-?:][^\s]/.test(s)) { return false; }
  if (/^[-?:]\s/.test(s) || /:(\s|$)/.test(s) || /\s#/.test(s) || /[\n\r\t]/.test(s)) { return false; }
  if (/^[*&!]/.test(s)) { return false; }
  return true;
}

/** A YAML scalar for a string, in the style asked for when that style can hold it. */
export function quoteString(s: string, style: QuoteStyle = 'single'): string {
  if (style === 'plain' && isPlainSafe(s)) { return s; }
  if (style === 'double' || /[\n\r\t\\]/.test(s) && style !== 'single') {
    return JSON.stringify(s);
  }
  if (/[\n\r\t]/.test(s)) { return JSON.stringify(s); }
  return `'${s.replace(/'/g, "''")}'`;
}

/** The quoting style a scalar node was written in (plain for anything else). */
export function styleOf(node: ParsedNode | null | undefined): QuoteStyle {
  if (isScalar(node)) {
    if (node.type === Scalar.QUOTE_SINGLE) { return 'single'; }
    if (node.type === Scalar.QUOTE_DOUBLE) { return 'double'; }
  }
  return 'plain';
}

/** The quoting style most used for strings in the document (single quotes when it has none). */
export function preferredQuote(doc: ParsedDocument): 'single' | 'double' {
  const singles = (doc.text.match(/:\s*'[^'\n]*'/g) ?? []).length;
  const doubles = (doc.text.match(/:\s*"[^"\n]*"/g) ?? []).length;
  return doubles > singles ? 'double' : 'single';
}

/** A new string value: plain when YAML reads it back unchanged (URIs, ids), else in the file's quotes. */
export function newScalarText(doc: ParsedDocument, s: string): string {
  return isPlainSafe(s) ? s : quoteString(s, preferredQuote(doc));
}

/** Renders a value for a new or replaced scalar, following `like`'s quoting where it had one. */
export function scalarText(doc: ParsedDocument, value: string | number | boolean, like?: ParsedNode | null): string {
  if (typeof value !== 'string') { return String(value); }
  const style = styleOf(like);
  if (style === 'plain' && like && isScalar(like) && typeof like.value === 'string' && isPlainSafe(value)) { return value; }
  return quoteString(value, style === 'plain' ? preferredQuote(doc) : style);
}

export function eolOf(doc: ParsedDocument): string {
  return doc.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The document's indentation step: how far a nested block mapping is indented (2 when unknown). */
export function indentUnit(doc: ParsedDocument): number {
  const root = doc.root;
  if (!isMap(root)) { return 2; }
  for (const pair of root.items) {
    const value = pair.value as ParsedNode | null;
    const key = pair.key as ParsedNode | null;
    if (isMap(value) && !value.flow && value.items.length > 0 && key?.range) {
      const childKey = value.items[0].key as ParsedNode | null;
      if (childKey?.range) {
        const diff = doc.positionAt(childKey.range[0]).character - doc.positionAt(key.range[0]).character;
        if (diff > 0 && diff <= 8) { return diff; }
      }
    }
  }
  return 2;
}

/** Whether block sequences in this document put their dashes deeper than the parent key. */
function sequencesIndented(doc: ParsedDocument): boolean {
  const m = /^( *)[^\s#][^\n]*:[ \t]*\r?\n( *)- /m.exec(doc.text);
  return m ? m[2].length > m[1].length : false;
}

function column(doc: ParsedDocument, offset: number): number {
  return doc.positionAt(offset).character;
}

/** The offset just before the line break of the line holding `offset`. */
function lineEnd(doc: ParsedDocument, offset: number): number {
  const nl = doc.text.indexOf('\n', offset);
  if (nl < 0) { return doc.text.length; }
  return nl > 0 && doc.text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Where the last item of a block mapping or sequence ends (end of its last line). */
function blockEnd(doc: ParsedDocument, node: ParsedNode): number {
  const offsets = doc.nodeOffsets(node);
  return lineEnd(doc, offsets ? offsets[1] : node.range[1]);
}

function renderEntry(keys: readonly string[], value: string | BlockValue, indent: number, unit: number, eol: string, seqIndented: boolean): string {
  let out = '';
  keys.forEach((k, i) => {
    const pad = ' '.repeat(indent + i * unit);
    const last = i === keys.length - 1;
    if (!last) { out += `${eol}${pad}${k}:`; return; }
    if (typeof value === 'string') { out += `${eol}${pad}${k}: ${value}`; return; }
    out += `${eol}${pad}${k}:`;
    const isSeqBlock = value.lines[0]?.startsWith('- ');
    const childPad = ' '.repeat(indent + i * unit + (isSeqBlock && !seqIndented ? 0 : unit));
    for (const line of value.lines) { out += `${eol}${childPad}${line}`; }
  });
  return out;
}

function keyText(k: string): string { return isPlainSafe(k) ? k : quoteString(k, 'single'); }

/**
 * Sets `path` to `value`: replaces the value when the key exists, otherwise inserts the key (and
 * any missing parents) at the end of the deepest existing mapping, at that mapping's indentation.
 * `value` is YAML text for a scalar, or lines for a block.
 */
export function setKey(doc: ParsedDocument, path: YamlPath, value: string | BlockValue): TextEdit {
  const eol = eolOf(doc);
  const unit = indentUnit(doc);
  const seqIndented = sequencesIndented(doc);
  const loc = doc.locate(path);
  if (loc?.pair) {
    const written = isEmptyScalar(loc.written) ? null : loc.written;
    const keyNode = loc.pair.key as ParsedNode;
    if (written && (typeof value === 'string' || !isMap(written) && !isSeq(written))) {
      const offsets = doc.nodeOffsets(written);
      if (offsets && typeof value === 'string') { return edit(doc, offsets[0], offsets[1], value); }
    }
    const keyCol = column(doc, keyNode.range[0]);
    const colon = doc.text.indexOf(':', keyNode.range[1]);
    const afterColon = colon < 0 ? keyNode.range[1] : colon + 1;
    const end = written ? doc.nodeOffsets(written)?.[1] ?? afterColon : afterColon;
    if (typeof value === 'string') { return edit(doc, afterColon, end, ` ${value}`); }
    const rendered = renderEntry(['x'], value, keyCol, unit, eol, seqIndented).replace(/^(\r?\n) *x:/, '');
    return edit(doc, afterColon, written ? blockEnd(doc, written) : afterColon, rendered);
  }
  // Find the deepest existing ancestor.
  let depth = path.length - 1;
  while (depth > 0 && !doc.locate(path.slice(0, depth))) { depth--; }
  const missing = path.slice(depth).map(String).map(keyText);
  if (depth === 0) {
    const root = doc.root;
    if (isMap(root) && !root.flow) {
      const end = blockEnd(doc, root as ParsedNode);
      const keyCol = root.items[0]?.key ? column(doc, (root.items[0].key as ParsedNode).range[0]) : 0;
      return edit(doc, end, end, renderEntry(missing, value, keyCol, unit, eol, seqIndented));
    }
    const text = renderEntry(missing, value, 0, unit, eol, seqIndented).slice(eol.length);
    const at = doc.text.length;
    const needsBreak = at > 0 && !doc.text.endsWith('\n');
    return edit(doc, at, at, `${needsBreak ? eol : ''}${text}${eol}`);
  }
  const parent = doc.locate(path.slice(0, depth))!;
  const container = parent.node;
  if (isMap(container) && container.flow) {
    const offsets = doc.nodeOffsets(container as ParsedNode)!;
    const closing = doc.text.lastIndexOf('}', offsets[1]);
    const inner = flowValue(missing, value);
    const sep = container.items.length > 0 ? ', ' : ' ';
    return edit(doc, closing, closing, `${sep}${inner} `.replace(/ $/, container.items.length > 0 ? '' : ' '));
  }
  if (isMap(container) && container.items.length > 0) {
    const firstKey = container.items[0].key as ParsedNode;
    const end = blockEnd(doc, container as ParsedNode);
    return edit(doc, end, end, renderEntry(missing, value, column(doc, firstKey.range[0]), unit, eol, seqIndented));
  }
  // The parent key has no value (or an empty one): write the children under it.
  const keyNode = parent.pair?.key as ParsedNode | undefined;
  const keyCol = keyNode ? column(doc, keyNode.range[0]) : 0;
  const from = keyNode ? doc.text.indexOf(':', keyNode.range[1]) + 1 : 0;
  const to = parent.written && !isEmptyScalar(parent.written) ? doc.nodeOffsets(parent.written)?.[1] ?? from : from;
  return edit(doc, from, Math.max(from, to), renderEntry(missing, value, keyCol + unit, unit, eol, seqIndented));
}

/** `key:` with nothing after it parses as a null scalar with an empty range. */
function isEmptyScalar(node: ParsedNode | null): boolean {
  return isScalar(node) && node.value === null && node.range[0] === node.range[1];
}

function flowValue(keys: readonly string[], value: string | BlockValue): string {
  const inner = typeof value === 'string' ? value : `{}`;
  return keys.slice().reverse().reduce((acc, k, i) => (i === 0 ? `${k}: ${acc}` : `${k}: { ${acc} }`), inner);
}

/** Appends an item (given as lines starting with `- `) to the block sequence at `path`. */
export function appendSeqItem(doc: ParsedDocument, path: YamlPath, itemLines: string[]): TextEdit | undefined {
  const seq = doc.nodeAt(path);
  if (!isSeq(seq) || seq.flow || seq.items.length === 0) { return undefined; }
  const first = seq.items[0] as ParsedNode;
  const dashCol = column(doc, doc.text.lastIndexOf('-', first.range[0]));
  const eol = eolOf(doc);
  const end = blockEnd(doc, seq as ParsedNode);
  const pad = ' '.repeat(dashCol);
  return edit(doc, end, end, itemLines.map(l => `${eol}${pad}${l}`).join(''));
}

/**
 * Removes item `index` of the block sequence at `path`, with its lines. Removing the last item
 * leaves `[]`, never a null value (a null list crashes paictl's parsers).
 */
export function removeSeqItem(doc: ParsedDocument, path: YamlPath, index: number): TextEdit | undefined {
  const seq = doc.nodeAt(path);
  if (!isSeq(seq)) { return undefined; }
  const item = seq.items[index] as ParsedNode | undefined;
  if (!item?.range) { return undefined; }
  if (seq.items.length === 1 || seq.flow) {
    if (seq.items.length === 1) {
      const written = doc.locate(path)?.written;
      const offsets = doc.nodeOffsets(written ?? (seq as ParsedNode))!;
      const keyNode = doc.locate(path)?.pair?.key as ParsedNode | undefined;
      const from = keyNode ? doc.text.indexOf(':', keyNode.range[1]) + 1 : offsets[0];
      return edit(doc, from, lineEnd(doc, offsets[1]), ' []');
    }
    const offsets = doc.nodeOffsets(item)!;
    const prevComma = doc.text.lastIndexOf(',', offsets[0]);
    return edit(doc, index > 0 ? prevComma : offsets[0], index > 0 ? offsets[1] : doc.text.indexOf(',', offsets[1]) + 1, '');
  }
  const dash = doc.text.lastIndexOf('-', item.range[0]);
  const start = doc.lineStartOf(dash);
  const offsets = doc.nodeOffsets(item)!;
  const nl = doc.text.indexOf('\n', offsets[1]);
  let end = nl < 0 ? doc.text.length : nl + 1;
  if (nl < 0 && start > 0) {
    // last line without a line break: take the preceding break instead
    return edit(doc, start - (doc.text[start - 2] === '\r' ? 2 : 1), end, '');
  }
  const next = seq.items[index + 1] as ParsedNode | undefined;
  if (next?.range) { end = Math.min(end, doc.lineStartOf(doc.text.lastIndexOf('-', next.range[0]))); }
  return edit(doc, start, end, '');
}

/** Applies non-overlapping edits to a text (positions are those of `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const doc = new LineIndex(text);
  const sorted = edits.map(e => ({ start: doc.offsetAt(e.range), end: doc.offsetAt(e.range, true), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) { continue; } // overlapping: skip the later-starting one's partner
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Line starts as VS Code counts them: after each LF, CRLF, and lone CR. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { this.starts.push(i + 1); }
    }
  }
  offsetAt(range: Range, end = false): number {
    const p = end ? range.end : range.start;
    if (p.line >= this.starts.length) { return this.text.length; }
    return Math.min(this.starts[p.line] + p.character, this.text.length);
  }
}
