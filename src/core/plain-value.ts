/**
 * The parsed document as plain JavaScript, in one walk over the nodes in document order: what
 * `yaml`'s `toJS` gives, without its costs that grow with the square of the input (each alias
 * looked up by scanning every anchor before it, each key compared with every earlier key).
 * The same walk finds duplicate keys and where each alias points.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Alias, type Node, type Pair } from 'yaml';

export interface Located { start: number; end: number }

export interface PlainValue {
  /** The value (merge keys applied); undefined when the alias guard stopped the walk. */
  value: unknown;
  /** Each alias's anchored node: the last one with its name before the alias. */
  aliasTargets: Map<Alias, Node>;
  /** Keys equal to an earlier key of the same mapping. */
  duplicateKeys: Located[];
  /** An alias without an anchor before it, or a merge of something that is not a mapping: PyYAML stops there. */
  errors: (Located & { code: string; message: string })[];
  /** Set when the walk stopped at the alias guard (a "billion laughs" shape). */
  aliasLimit?: string;
}

interface AnchorData { value: unknown; node: Node; count: number; weight: number }

/** One mapping merged by a `<<` key (a list of them is several), and its value. */
interface MergeSource { source: unknown; value: unknown }

class AliasLimit extends Error {}

/**
 * A key as a Python dict compares it: `yes` (True) and `1` are one key there, as are `no` and `0`, so
 * PyYAML keeps one of them (the first key, the last value).
 */
function pythonKey(value: unknown): unknown {
  return value === true ? 1 : value === false ? 0 : value;
}

/** A plain `<<` key (quoted `'<<'` is an ordinary key). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || (key.type !== undefined && key.type !== Scalar.PLAIN)) { return false; }
  const v = key.value;
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}

/** The object key `yaml` uses for a key node. */
function keyString(key: unknown, text: string): string {
  if (key === null || key === undefined) { return ''; }
  if (isScalar(key)) {
    const v = key.value;
    if (v === null) { return ''; }
    return typeof v === 'symbol' ? v.description ?? '' : String(v);
  }
  const range = (key as Node).range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}

function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * Builds the plain value. `maxAliasCount` is `yaml`'s guard: an anchor used `count` times whose
 * content holds aliases of weight `w` stops the walk once `count * w` exceeds it.
 */
export function plainValueOf(root: Node | null, text: string, maxAliasCount: number): PlainValue {
  const anchors = new Map<string, AnchorData>();
  const byNode = new Map<Node, AnchorData>();
  const out: PlainValue = { value: undefined, aliasTargets: new Map(), duplicateKeys: [], errors: [] };
  let weight = 0;

  function build(node: unknown): unknown {
    if (node === null || node === undefined) { weight = 1; return null; }
    if (isAlias(node)) { return alias(node); }
    let value: unknown;
    if (isScalar(node)) {
      weight = 1;
      value = node.value;
    } else if (isMap(node)) {
      value = mapping(node.items as Pair[]);
    } else if (isSeq(node)) {
      const items: unknown[] = [];
      let w = 0;
      for (const item of node.items) {
        items.push(isPair(item) ? mapping([item as Pair]) : build(item));
        w = Math.max(w, weight);
      }
      weight = w;
      value = items;
    } else if (isPair(node)) {
      value = mapping([node as Pair]);
    } else {
      weight = 1;
      value = null;
    }
    const anchor = (node as Node & { anchor?: string }).anchor;
    if (anchor) {
      const data = { value, node: node as Node, count: 0, weight };
      anchors.set(anchor, data);
      byNode.set(node as Node, data);
    }
    return value;
  }

  function alias(node: Alias): unknown {
    const data = anchors.get(node.source);
    if (!data) {
      const range = node.range ?? [0, 0];
      out.errors.push({ code: 'UNDEFINED_ALIAS', message: `Found undefined alias *${node.source}: an alias must come after its anchor`, start: range[0], end: range[1] });
      weight = 0;
      return null;
    }
    out.aliasTargets.set(node, data.node);
    data.count += 1;
    if (maxAliasCount >= 0 && data.count * data.weight > maxAliasCount) {
      throw new AliasLimit('Excessive alias count indicates a resource exhaustion attack');
    }
    weight = data.count * data.weight;
    return data.value;
  }

  function mapping(pairs: readonly Pair[]): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    const seen = new Set<unknown>();
    // Built where they stand, as PyYAML composes them (an anchor in one may be used further down), applied
    // last, a later `<<` key's before an earlier one's: flatten_mapping lets the later one win (constructor.py).
    const merges: MergeSource[][] = [];
    let w = 0;
    for (const pair of pairs) {
      if (!isPair(pair)) { continue; }
      const key = pair.key as Node | null;
      if (isScalar(key)) {
        const same = pythonKey(key.value);
        if (seen.has(same)) {
          const start = key.range?.[0] ?? 0;
          out.duplicateKeys.push({ start, end: start + 1 });
        }
        seen.add(same);
      }
      if (isMergeKey(key)) {
        // The value is built whole (an anchor on a list of mappings serves later aliases); a list,
        // written or an alias of one, merges each of its mappings.
        const value = build(pair.value);
        w = Math.max(w, weight);
        const node = isAlias(pair.value) ? out.aliasTargets.get(pair.value) : pair.value;
        merges.unshift(isSeq(node) && Array.isArray(value)
          ? node.items.map((source, i) => ({ source, value: value[i] }))
          : [{ source: pair.value, value }]);
        continue;
      }
      if (key !== null && !isScalar(key)) { build(key); w = Math.max(w, weight); }
      const v = build(pair.value);
      w = Math.max(w, weight);
      setKey(target, keyString(key, text), v);
    }
    for (const group of merges) { for (const m of group) { merge(target, m); } }
    weight = w || 1;
    return target;
  }

  /** PyYAML's and yaml's merge: keys already there win; of several sources, the first wins. */
  function merge(target: Record<string, unknown>, { source, value }: MergeSource): void {
    const node = isAlias(source) ? out.aliasTargets.get(source) : source;
    // An alias with no anchor before it is reported as that, once.
    if (isAlias(source) && node === undefined) { return; }
    if (!isMap(node) || value === null || typeof value !== 'object' || Array.isArray(value)) {
      const range = (source as Node | null)?.range ?? [0, 0];
      out.errors.push({ code: 'BAD_MERGE', message: 'A merge key (<<) must be given a mapping or a list of mappings', start: range[0], end: range[1] });
      return;
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!Object.prototype.hasOwnProperty.call(target, k)) { setKey(target, k, v); }
    }
  }

  try {
    out.value = build(root);
  } catch (e) {
    if (!(e instanceof AliasLimit) && !(e instanceof RangeError)) { throw e; }
    out.value = undefined;
    out.aliasLimit = e instanceof AliasLimit ? e.message : 'The document is nested too deeply to read';
  }
  return out;
}
