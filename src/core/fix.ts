import { isAlias, isMap, isScalar, isSeq, Scalar, type ParsedNode } from 'yaml';
import { ParsedDocument, type YamlPath } from './document';
import type { Fix, Range, TextEdit } from './finding';
import { isPlainSafe, quoteString, type QuoteStyle } from './scalar-text';

export { isPlainSafe, quoteString, type QuoteStyle } from './scalar-text';

/**
 * Minimal text edits on a parsed document. Every helper changes only the bytes it must: the value
 * it replaces, or the lines it inserts or removes. Comments, key order, quoting style and
 * indentation elsewhere are left alone.
 */

/** A block value rendered on its own lines under a key (e.g. a mapping or a sequence item). */
export interface BlockValue { lines: string[] }

export function fix(title: string, edits: TextEdit[], preferred = false): Fix {
  return preferred ? { title, edits, preferred } : { title, edits };
}

/** `newText` is written with the doc's line breaks; a CR-only file keeps its CRs (doc.text shows them as LF). */
export function edit(doc: ParsedDocument, start: number, end: number, newText: string): TextEdit {
  return { range: doc.range(start, end), newText: doc.lineBreak === '\r' ? newText.replace(/\r?\n/g, '\r') : newText };
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
        const diff = column(doc, childKey.range[0]) - column(doc, key.range[0]);
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

/** The indentation column of `offset` (a byte order mark before the first line is not indentation). */
function column(doc: ParsedDocument, offset: number): number {
  const p = doc.positionAt(offset);
  return p.line === 0 && doc.text.startsWith('\uFEFF') ? Math.max(0, p.character - 1) : p.character;
}

/**
 * The offset just after the `:` that follows `key` (only spaces, line breaks and comments between),
 * or undefined for an explicit key (`? key`) written without one.
 */
export function valueIndicatorEnd(doc: ParsedDocument, key: ParsedNode): number | undefined {
  const re = /(?:[ \t\r\n]+|#[^\n]*)*/y;
  re.lastIndex = contentEnd(doc, key);
  re.exec(doc.text);
  return doc.text[re.lastIndex] === ':' ? re.lastIndex + 1 : undefined;
}

/** Where to write a value after `key`: after its `:`, or after a new `:` line for an explicit key without one. */
function valueAnchor(doc: ParsedDocument, key: ParsedNode, eol: string): { at: number; prefix: string } {
  const end = valueIndicatorEnd(doc, key);
  return end !== undefined ? { at: end, prefix: '' } : { at: contentEnd(doc, key), prefix: `${eol}${' '.repeat(keyColumn(doc, key))}:` };
}

/** Where a key's entry starts: the key, or its tag or anchor (`!!str key`), or the `?` before an explicit key. */
function keyColumn(doc: ParsedDocument, key: ParsedNode): number {
  const lineStart = doc.lineStartOf(key.range[0]);
  const before = doc.text.slice(lineStart, key.range[0]);
  const lead = /(?:\?[ \t]*)?(?:[!&][^ \t]*[ \t]+)*$/.exec(before)!;
  return column(doc, lineStart + lead.index);
}

/** Where a new last entry of a block mapping goes: the column of its last key (or that key's `?`). */
function entryColumn(doc: ParsedDocument, map: ParsedNode): number {
  const keys = isMap(map) ? map.items.map(p => p.key as ParsedNode | null).filter(k => k?.range && k.range[0] < k.range[1]) : [];
  const last = keys[keys.length - 1];
  return last ? keyColumn(doc, last) : column(doc, map.range[0]);
}

/**
 * The text between a key's `:` and its first child line, with `{}` or `[]` put in as the value:
 * the properties on the key line (`&anchor`, `!!seq`) come first, comments (own-line ones too) stay.
 */
export function emptyCollectionAfter(between: string, empty: '{}' | '[]', atEnd: boolean): string {
  const m = /^[ \t]*((?:[&!][^\s]*[ \t]*)*)/.exec(between)!;
  const props = m[1].trim();
  let rest = between.slice(m[0].length);
  if (rest.startsWith('#')) { rest = ` ${rest}`; }
  if (atEnd) { rest = rest.replace(/\r?\n$/, ''); }
  return ` ${props === '' ? '' : `${props} `}${empty}${rest}`;
}

/** A tag PyYAML still accepts on the new text: `!!str` on a string; every other tag is dropped. */
function keptTag(tag: string, newText: string): boolean {
  const isStr = tag === '!!str' || tag === '!<tag:yaml.org,2002:str>';
  return isStr && (/^['"]/.test(newText) || isPlainSafe(newText));
}

/** The anchor and tag written before a node, and where the first of them starts. */
function propsOf(doc: ParsedDocument, node: ParsedNode, from: number): { start: number; anchor?: string; tag?: string } {
  let start = from;
  let anchor: string | undefined;
  let tag: string | undefined;
  const has = { anchor: !isAlias(node) && node.anchor !== undefined, tag: !isAlias(node) && node.tag !== undefined };
  for (;;) {
    let i = start;
    while (i > 0 && /[ \t\r\n]/.test(doc.text[i - 1])) { i--; }
    let j = i;
    while (j > 0 && !/[ \t\r\n]/.test(doc.text[j - 1])) { j--; }
    const token = doc.text.slice(j, i);
    if (has.anchor && anchor === undefined && token.startsWith('&')) { anchor = token; start = j; continue; }
    if (has.tag && tag === undefined && token.startsWith('!')) { tag = token; start = j; continue; }
    break;
  }
  return { start, anchor, tag };
}

/**
 * Replaces a scalar (or alias) with `newText`. The node's properties written before it go into the
 * replaced span: its anchor stays (aliases elsewhere use it), its tag stays only when the new text
 * still loads under it (`!!int 'mp'` does not load in PyYAML).
 */
export function replaceScalar(doc: ParsedDocument, node: ParsedNode, newText: string, blockValue = false): TextEdit {
  const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  // A flow scalar's value end is exact (a lone `\r` after it is part of it for yaml); a block
  // scalar's range takes its final line break.
  const offsets: [number, number] = block || !node.range ? doc.nodeOffsets(node) ?? [node.range[0], node.range[0]] : [node.range[0], node.range[1]];
  const { start, anchor, tag } = propsOf(doc, node, offsets[0]);
  // An empty value sits where a comment starts (`key: !!null  # note`): the comment keeps a space before it.
  const beforeComment = (text: string) => (doc.text[offsets[1]] === '#' && !/[ \t]$/.test(text) ? `${text} ` : text);
  if (anchor === undefined && tag === undefined) { return edit(doc, offsets[0], offsets[1], beforeComment(newText)); }
  const keep = [anchor, tag !== undefined && !blockValue && keptTag(tag, newText) ? tag : undefined].filter((p): p is string => p !== undefined);
  const props = keep.join(' ');
  if (blockValue) { return edit(doc, start, offsets[1], `${props}${newText}`); }
  return edit(doc, start, offsets[1], beforeComment(props === '' ? newText : `${props} ${newText}`));
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
  const found = doc.locate(path);
  // A key merged in (`<<: *base`) belongs to the other mapping too: an own key overrides it here.
  const loc = found?.pair && !mergedIn(doc, path, found.pair) ? found : undefined;
  if (loc?.pair && typeof value === 'string') {
    const parent = path.length > 1 ? doc.locate(path.slice(0, -1))?.node : doc.root;
    if ((isMap(parent) || isSeq(parent)) && parent.flow) { value = flowScalar(value); }
  }
  if (loc?.pair) {
    const keyNode = loc.pair.key as ParsedNode;
    if (isEmptyScalar(loc.written) && loc.written && (loc.written.anchor !== undefined || loc.written.tag !== undefined)) {
      // `key: &a` or `key: !!str` with nothing after: the value goes after the properties, which stay or go as above.
      if (typeof value === 'string') { return replaceScalar(doc, loc.written, value); }
      const rendered = renderEntry(['x'], value, keyColumn(doc, keyNode), unit, eol, seqIndented).replace(/^(\r?\n) *x:/, '');
      return replaceScalar(doc, loc.written, rendered, true);
    }
    const written = isEmptyScalar(loc.written) ? null : loc.written;
    if (written && (typeof value === 'string' || !isMap(written) && !isSeq(written))) {
      if (typeof value === 'string') { return replaceScalar(doc, written, value); }
    }
    const keyCol = keyColumn(doc, keyNode);
    const { at: afterColon, prefix } = valueAnchor(doc, keyNode, eol);
    const end = written ? doc.nodeOffsets(written)?.[1] ?? afterColon : afterColon;
    if (typeof value === 'string') { return edit(doc, afterColon, end, `${prefix} ${value}`); }
    const rendered = renderEntry(['x'], value, keyCol, unit, eol, seqIndented).replace(/^(\r?\n) *x:/, '');
    return edit(doc, afterColon, written ? blockEnd(doc, written) : afterColon, `${prefix}${rendered}`);
  }
  // Find the deepest existing ancestor.
  let depth = path.length - 1;
  while (depth > 0 && !doc.locate(path.slice(0, depth))) { depth--; }
  const missing = path.slice(depth).map(String).map(keyText);
  if (depth === 0) {
    const root = doc.root;
    if (isMap(root) && !root.flow) {
      const end = blockEnd(doc, root as ParsedNode);
      return edit(doc, end, end, renderEntry(missing, value, entryColumn(doc, root as ParsedNode), unit, eol, seqIndented));
    }
    if (isMap(root) && root.flow) { return flowInsert(doc, root as ParsedNode, missing, value); }
    const text = renderEntry(missing, value, 0, unit, eol, seqIndented).slice(eol.length);
    const at = doc.text.length;
    const needsBreak = at > 0 && !doc.text.endsWith('\n');
    return edit(doc, at, at, `${needsBreak ? eol : ''}${text}${eol}`);
  }
  const parent = doc.locate(path.slice(0, depth))!;
  const container = parent.node;
  if (isMap(container) && container.flow) { return flowInsert(doc, container as ParsedNode, missing, value); }
  if (isMap(container) && container.items.length > 0) {
    const end = blockEnd(doc, container as ParsedNode);
    return edit(doc, end, end, renderEntry(missing, value, entryColumn(doc, container as ParsedNode), unit, eol, seqIndented));
  }
  // The parent key has no value (or an empty one): write the children under it.
  const keyNode = parent.pair?.key as ParsedNode | undefined;
  const keyCol = keyNode ? keyColumn(doc, keyNode) : 0;
  const empty = parent.written;
  if (keyNode && isEmptyScalar(empty) && empty && (empty.anchor !== undefined || empty.tag !== undefined)) {
    // `common: &base` with nothing under it: the children go after the anchor (a scalar tag goes).
    return replaceScalar(doc, empty, renderEntry(missing, value, keyCol + unit, unit, eol, seqIndented), true);
  }
  const { at: from, prefix } = keyNode ? valueAnchor(doc, keyNode, eol) : { at: 0, prefix: '' };
  const to = parent.written && !isEmptyScalar(parent.written) ? doc.nodeOffsets(parent.written)?.[1] ?? from : from;
  return edit(doc, from, Math.max(from, to), `${prefix}${renderEntry(missing, value, keyCol + unit, unit, eol, seqIndented)}`);
}

/** Whether the pair found at `path` comes from a merge key rather than from its own mapping. */
function mergedIn(doc: ParsedDocument, path: YamlPath, pair: object): boolean {
  if (path.length === 0) { return false; }
  const parent = path.length === 1 ? doc.root : doc.locate(path.slice(0, -1))?.node;
  return isMap(parent) && !parent.items.includes(pair as never);
}

/** `key:` with nothing after it parses as a null scalar with an empty range. */
function isEmptyScalar(node: ParsedNode | null): boolean {
  return isScalar(node) && node.value === null && node.range[0] === node.range[1];
}

/** Adds `missing` (a key path) as the last entry of a flow mapping, before its `}`. */
function flowInsert(doc: ParsedDocument, map: ParsedNode, missing: readonly string[], value: string | BlockValue): TextEdit {
  const offsets = doc.nodeOffsets(map)!;
  const closing = doc.text.lastIndexOf('}', offsets[1]);
  const inner = flowValue(missing, value);
  const items = isMap(map) ? map.items.length : 0;
  if (items === 0) { return edit(doc, closing, closing, ` ${inner} `); }
  const at = doc.text.slice(0, closing).trimEnd().length;
  const sep = doc.text[at - 1] === ',' ? ' ' : ', ';
  return edit(doc, at, at, `${sep}${inner}`);
}

function flowValue(keys: readonly string[], value: string | BlockValue): string {
  const inner = typeof value === 'string' ? flowScalar(value) : `{}`;
  return keys.slice().reverse().reduce((acc, k, i) => (i === 0 ? `${k}: ${acc}` : `${k}: { ${acc} }`), inner);
}

/**
 * A plain scalar's text as it may stand inside `{...}`: PyYAML 3.11 stops at any `:` in a flow plain
 * scalar (`{uri: http://x}`), and `,[]{}#` end it, so such a value is quoted; quoted text is kept.
 */
function flowScalar(text: string): string {
  return /^['"]/.test(text) || !/[:,[\]{}#]/.test(text) ? text : quoteString(text, 'single');
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
  if (seq.flow) {
    if (seq.items.length === 1) {
      const offsets = doc.nodeOffsets(doc.locate(path)?.written ?? (seq as ParsedNode))!;
      return edit(doc, offsets[0], offsets[1], '[]');
    }
    const offsets = doc.nodeOffsets(item)!;
    const prevComma = doc.text.lastIndexOf(',', offsets[0]);
    return edit(doc, index > 0 ? prevComma : offsets[0], index > 0 ? offsets[1] : doc.text.indexOf(',', offsets[1]) + 1, '');
  }
  const dash = doc.text.lastIndexOf('-', item.range[0]);
  const start = doc.lineStartOf(dash);
  const last = contentEnd(doc, item);
  const nl = doc.text.indexOf('\n', last);
  const end = nl < 0 ? doc.text.length : nl + 1;
  if (seq.items.length === 1) {
    // `[]` after the key, never a null list; the comment lines between key and item stay.
    const keyNode = doc.locate(path)?.pair?.key as ParsedNode | undefined;
    if (!keyNode?.range) { return undefined; }
    const colon = valueIndicatorEnd(doc, keyNode);
    if (colon === undefined) { return undefined; }
    return edit(doc, colon, end, emptyCollectionAfter(doc.text.slice(colon, start), '[]', nl < 0));
  }
  if (nl < 0 && start > 0) {
    // last line without a line break: take the preceding break instead
    return edit(doc, start - (doc.text[start - 2] === '\r' ? 2 : 1), end, '');
  }
  return edit(doc, start, end, '');
}

/**
 * Where a node's own text ends: the end of its last scalar, so own-line comments after it (which
 * yaml counts into a collection's range) are not taken as part of it.
 */
export function contentEnd(doc: ParsedDocument, node: ParsedNode): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const lastItem = node.items[node.items.length - 1] as unknown;
    if (isMap(node)) {
      const pair = lastItem as { key: ParsedNode | null; value: ParsedNode | null };
      const value = pair.value && !(isScalar(pair.value) && pair.value.range[0] === pair.value.range[1] && pair.value.value === null) ? pair.value : null;
      const target = value ?? pair.key;
      if (target?.range) { return contentEnd(doc, target); }
    } else if ((lastItem as ParsedNode | null)?.range) {
      return contentEnd(doc, lastItem as ParsedNode);
    }
  }
  const offsets = doc.nodeOffsets(node);
  return offsets ? offsets[1] : node.range[1];
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
