/** A fix that deletes a mapping entry with its lines. */
import { isMap, isScalar, type ParsedNode } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import type { TextEdit } from './finding';
import { contentEnd, edit, emptyCollectionAfter, valueIndicatorEnd } from './fix';

/**
 * Removes a block-mapping entry with its whole lines (key line through the value's last line),
 * or undefined when the entry does not sit on lines of its own (flow mappings, `a: {b: 1}`).
 * Removing the only entry of a mapping leaves `{}` after the parent key so it never turns null.
 */
export function removeKey(doc: ParsedDocument, path: YamlPath): TextEdit | undefined {
  const loc = doc.locate(path);
  const key = loc?.pair?.key as ParsedNode | undefined;
  if (!loc?.pair || !key?.range) { return undefined; }
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.root : doc.locate(parentPath)?.node;
  if (!isMap(parent) || parent.flow || !parent.items.includes(loc.pair as never)) { return undefined; }
  const start = doc.lineStartOf(key.range[0]);
  if (doc.text.slice(start, key.range[0]).trim() !== '') { return undefined; }
  const value = loc.written;
  const valueEnd = value && !(isScalar(value) && value.range[0] === value.range[1]) ? contentEnd(doc, value) : key.range[1];
  const nl = doc.text.indexOf('\n', valueEnd);
  const end = nl < 0 ? doc.text.length : nl + 1;
  if (parent.items.length === 1 && parentPath.length > 0) {
    const parentKey = doc.locate(parentPath)?.pair?.key as ParsedNode | undefined;
    if (!parentKey?.range) { return undefined; }
    const colon = valueIndicatorEnd(doc, parentKey);
    if (colon === undefined) { return undefined; }
    // `{}` after the parent key, never a null section; comment lines between key and entry stay.
    return edit(doc, colon, end, emptyCollectionAfter(doc.text.slice(colon, start), '{}', nl < 0));
  }
  if (nl < 0 && start > 0) {
    return edit(doc, start - (doc.text[start - 2] === '\r' ? 2 : 1), end, '');
  }
  return edit(doc, start, end, '');
}
