import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type ParsedNode } from 'yaml';
import type { ParsedDocument, YamlPath } from '../document';
import { scalarKey } from '../document';
import { pyToJs, pyValueOf } from '../pyyaml';
import { isMergeKey } from '../plain-value';

/** The JS value of a node as PyYAML (YAML 1.1) reads it: `yes` is true, `0777` is 511, `1:30` is 90. */
export function pyNodeValue(doc: Document.Parsed, node: ParsedNode | null | undefined, depth = 0): unknown {
  let n: unknown = node ?? null;
  for (let i = 0; i < 100 && isAlias(n); i++) { n = n.resolve(doc) ?? null; }
  if (n === null || depth > 50) { return null; }
  if (isScalar(n)) { return scalarValue(n); }
  if (isSeq(n)) { return n.items.map(item => pyNodeValue(doc, item as ParsedNode, depth + 1)); }
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    // Merged last, a later `<<` key's first (plain-value.ts says why).
    const merges: unknown[][] = [];
    for (const pair of n.items) {
      if (isMergeKey(pair.key)) {
        const merged = pyNodeValue(doc, pair.value as ParsedNode, depth + 1);
        merges.unshift(Array.isArray(merged) ? merged : [merged]);
        continue;
      }
      const key = scalarKey(pair.key);
      if (key === undefined) { continue; }
      out[key] = pyNodeValue(doc, pair.value as ParsedNode, depth + 1);
    }
    for (const source of merges.flat()) {
      if (!source || typeof source !== 'object' || Array.isArray(source)) { continue; }
      for (const [k, v] of Object.entries(source)) { if (!Object.prototype.hasOwnProperty.call(out, k)) { out[k] = v; } }
    }
    return out;
  }
  return null;
}

/** A scalar as PyYAML constructs it (pyyaml.ts reads it); an int too big for a JS number stays its digits. */
function scalarValue(node: Scalar): unknown {
  const py = pyValueOf(node) ?? { kind: 'null' as const };
  if (py.kind === 'int') {
    return py.value >= BigInt(Number.MIN_SAFE_INTEGER) && py.value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(py.value) : py.value.toString();
  }
  return pyToJs(py);
}

/** The value at `path` as PyYAML reads it (undefined when the key is absent). */
export function pyValueAt(doc: ParsedDocument, path: YamlPath): unknown {
  const loc = doc.locate(path);
  if (!loc) { return undefined; }
  return pyNodeValue(doc.document, loc.written);
}

/** What Python 2's `str()` / `'{}'.format()` writes for a value. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) { return 'None'; }
  if (v === true) { return 'True'; }
  if (v === false) { return 'False'; }
  if (typeof v === 'number') { return Number.isInteger(v) ? String(v) : pyFloat(v); }
  if (typeof v === 'string') { return v; }
  return pyRepr(v);
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) { return 'nan'; }
  if (!Number.isFinite(v)) { return v > 0 ? 'inf' : '-inf'; }
  return String(v);
}

function pyRepr(v: unknown): string {
  if (typeof v === 'string') { return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`; }
  if (Array.isArray(v)) { return `[${v.map(pyRepr).join(', ')}]`; }
  if (v && typeof v === 'object') { return `{${Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`).join(', ')}}`; }
  return pyStr(v);
}

/** Python's `json.dumps` with its default separators (`, ` and `: `). Python 2 may order a dict's keys differently. */
export function pyJsonDumps(v: unknown): string {
  if (v === null || v === undefined) { return 'null'; }
  if (typeof v === 'number') { return Number.isFinite(v) ? (Number.isInteger(v) ? String(v) : String(v)) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity'; }
  if (typeof v === 'boolean' || typeof v === 'string') { return JSON.stringify(v).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`); }
  if (Array.isArray(v)) { return `[${v.map(pyJsonDumps).join(', ')}]`; }
  return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pyJsonDumps(k)}: ${pyJsonDumps(x)}`).join(', ')}}`;
}

/** Python truthiness of a value paictl holds. */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') { return false; }
  if (Array.isArray(v)) { return v.length > 0; }
  if (typeof v === 'object') { return Object.keys(v).length > 0; }
  return true;
}
