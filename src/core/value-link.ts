import { isAlias, isScalar } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import type { TextEdit } from './finding';
import { edit, setKey } from './fix';

/** An anchor name PyYAML accepts (letters, digits, `-`, `_`) that the document does not use yet. */
function freshAnchor(doc: ParsedDocument, path: YamlPath): string {
  const base = path.map(String).join('-').replace(/[^A-Za-z0-9_-]+/g, '-');
  const used = (name: string) => new RegExp(`&${name}(?![A-Za-z0-9_-])`).test(doc.text);
  let name = base;
  for (let i = 2; used(name); i++) { name = `${base}-${i}`; }
  return name;
}

/**
 * Edits that make the value at `to` a YAML alias of the value at `from` (anchoring it first), so
 * the value itself is written nowhere new: a copied password stays out of every report. Undefined
 * where an alias cannot do it: `from` is not a scalar, or its anchor would come after the alias.
 */
export function aliasEdits(doc: ParsedDocument, from: YamlPath, to: YamlPath): TextEdit[] | undefined {
  const source = doc.locate(from)?.written;
  const target = doc.locate(to)?.written;
  if (target && !isAlias(target) && (target.anchor !== undefined)) { return undefined; } // an alias takes no anchor
  let name: string;
  let anchorAt: number;
  const edits: TextEdit[] = [];
  if (isAlias(source)) {
    name = source.source;
    anchorAt = source.range[0];
  } else if (isScalar(source) && source.value !== null && source.range[0] < source.range[1]) {
    anchorAt = source.range[0];
    if (source.anchor !== undefined) {
      name = source.anchor;
    } else {
      name = freshAnchor(doc, from);
      edits.push(edit(doc, anchorAt, anchorAt, `&${name} `));
    }
  } else {
    return undefined;
  }
  const alias = setKey(doc, to, `*${name}`);
  if (doc.offsetAt(alias.range.start) <= anchorAt) { return undefined; }
  return [...edits, alias];
}
