import { isAlias, isCollection, isMap, isScalar, isSeq, Scalar, type ParsedNode } from 'yaml';
import type { ParsedDocument, PathSegment, YamlPath } from './document';
import type { Range, TextEdit } from './finding';
import { edit, isPlainSafe, quoteString } from './fix';
import { isSecretPath, MASK } from './secret';

/**
 * Where a person looks for a schema problem (the placement rules of the YAML language server):
 * a missing key on its parent's key, an unknown key on itself, a bad value on the value.
 */

/** A JSON pointer (ajv's `instancePath`) as a YAML path; list indexes become numbers. */
export function pointerToPath(pointer: string, value: unknown): PathSegment[] {
  if (pointer === '') { return []; }
  const out: PathSegment[] = [];
  let current: unknown = value;
  for (const raw of pointer.replace(/^\//, '').split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      out.push(Number(segment));
      current = current[Number(segment)];
    } else {
      out.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

/** The range to mark for a key that should be there but is not: the parent's key (an item's first line for list items). */
export function missingKeyRange(doc: ParsedDocument, parent: YamlPath): Range {
  const last = parent[parent.length - 1];
  if (typeof last === 'number') {
    const item = doc.locate(parent)?.written;
    const offsets = doc.nodeOffsets(item);
    if (offsets) {
      // The item's first entry (without its comment), or its first line.
      const first = isMap(item) ? item.items[0] : undefined;
      const firstEnd = first ? doc.nodeOffsets((first.value ?? first.key) as ParsedNode)?.[1] : undefined;
      const lineEnd = doc.text.indexOf('\n', offsets[0]);
      const end = Math.min(firstEnd ?? offsets[1], lineEnd < 0 ? doc.text.length : lineEnd);
      return doc.range(offsets[0], trimRight(doc.text, offsets[0], end));
    }
  }
  return doc.keyRange(parent);
}

/** The key node's text (quotes included), or the nearest existing ancestor's key. */
export function keyRangeAt(doc: ParsedDocument, path: YamlPath): Range { return doc.keyRange(path); }

/** The value, or the key when the value is a block collection or empty. */
export function valueRangeAt(doc: ParsedDocument, path: YamlPath): Range {
  const written = doc.locate(path)?.written;
  if (written && isCollection(written)) { return written.flow ? doc.nodeRange(written) ?? doc.keyRange(path) : doc.keyRange(path); }
  if (written && isScalar(written) && written.value === null && written.range[0] === written.range[1]) { return doc.keyRange(path); }
  return doc.valueRange(path);
}

/** A short rendering of the value at `path` for messages: its source text, or what kind of thing it is. */
export function shownValue(doc: ParsedDocument, path: YamlPath): string {
  const loc = doc.locate(path);
  const node = loc?.node ?? null;
  if (!loc) { return 'missing'; }
  if (isMap(node)) { return 'a mapping'; }
  if (isSeq(node)) { return 'a list'; }
  if (node === null || isScalar(node) && node.value === null) { return 'empty'; }
  if (isSecretPath(path)) { return `\`${MASK}\``; } // a shortened secret would escape masking
  const offsets = isAlias(loc.written) ? undefined : doc.nodeOffsets(loc.written);
  const text = offsets ? doc.text.slice(offsets[0], offsets[1]) : String((node as Scalar).value);
  const oneLine = text.split(/\r?\n/)[0];
  return `\`${oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine}\``;
}

/** The scalar as written, when it is a YAML number or boolean (what quoting would keep). */
export function nonStringSource(doc: ParsedDocument, path: YamlPath): string | undefined {
  const node = doc.locate(path)?.node;
  if (!isScalar(node) || node.type !== Scalar.PLAIN) { return undefined; }
  if (typeof node.value !== 'number' && typeof node.value !== 'boolean') { return undefined; }
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/** Replaces just the text of the key at `path` with `name`, keeping the key's quoting style. */
export function renameKeyEdit(doc: ParsedDocument, path: YamlPath, name: string): TextEdit | undefined {
  const key = doc.locate(path)?.pair?.key as ParsedNode | undefined;
  const offsets = doc.nodeOffsets(key);
  if (!key || !offsets || !isScalar(key)) { return undefined; }
  const text = key.type === Scalar.QUOTE_SINGLE ? quoteString(name, 'single')
    : key.type === Scalar.QUOTE_DOUBLE ? quoteString(name, 'double')
      : isPlainSafe(name) ? name : quoteString(name, 'single');
  return edit(doc, offsets[0], offsets[1], text);
}

function trimRight(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) { e--; }
  return e;
}
