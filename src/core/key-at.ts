/**
 * Which mapping key sits at an offset, found in the parse (not from indentation): hovers use it, so
 * a `key:` inside a block scalar or a comment is text, and flow mappings work like block ones.
 */
import { isMap, isPair, isScalar, isSeq, type ParsedNode } from 'yaml';
import { scalarKey, type ParsedDocument, type PathSegment } from './document';

export interface KeyAt {
  /** The key's full path; sequence items appear as their index. */
  path: PathSegment[];
  /** Offsets of the key as written (quotes included). */
  start: number;
  end: number;
}

/** Deep enough for any real config; stops a pathological nesting from recursing without end. */
const MAX_DEPTH = 200;

/** The key whose text holds `offset` (its first character to just after its last), if any. */
export function keyAt(doc: ParsedDocument, offset: number): KeyAt | undefined {
  return find(doc.root, offset, [], 0);
}

function find(node: ParsedNode | null | undefined, offset: number, path: PathSegment[], depth: number): KeyAt | undefined {
  if (!node || depth > MAX_DEPTH || !contains(node.range, offset)) { return undefined; }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) { continue; }
      const key = pair.key as ParsedNode | null;
      const name = scalarKey(key);
      if (key && isScalar(key) && key.range && name !== undefined && offset >= key.range[0] && offset <= key.range[1]) {
        return { path: [...path, name], start: key.range[0], end: key.range[1] };
      }
      if (name !== undefined) {
        const found = find(pair.value as ParsedNode | null, offset, [...path, name], depth + 1);
        if (found) { return found; }
      }
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = find(item as ParsedNode | null, offset, [...path, i], depth + 1);
      if (found) { return found; }
    }
  }
  return undefined;
}

function contains(range: readonly [number, number, number] | null | undefined, offset: number): boolean {
  return range !== undefined && range !== null && offset >= range[0] && offset <= range[2];
}
