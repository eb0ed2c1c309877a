/**
 * When paictl's loader need not run a second time: `yaml`'s clean parse, read as the nodes PyYAML 3.11's
 * composer makes of the same text, with plain scalars tagged by PyYAML's own resolver table (yaml-js's
 * copy, fixed in yaml-js-fix.ts) and judged by construct.ts, the code the full read uses.
 *
 * It only ever answers "PyYAML loads this". Where PyYAML's scanner or parser could read a token or a
 * structure differently from `yaml`, it gives up and the full read (load.ts) decides: tabs, PyYAML's
 * other line breaks, a byte order mark, tags, directives and document markers, block scalars, escapes,
 * scalars or flow collections over several lines, `:` or `?` in a flow plain scalar, indicators PyYAML
 * cannot start a plain scalar with, anchor names outside PyYAML's alphabet, an anchor defined twice, an
 * alias to an anchor not yet complete, an implicit key whose `:` is more than 1,000 characters past its
 * line's indentation, an explicit `?` key in any shape but `? key` over `: value`, a value with no key,
 * and any other text between the tokens (token-gaps.ts).
 * Held to PyYAML by test/unit/core/loads-as-parsed.test.ts and the yaml-test-suite verdicts.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import { rejectsScalar } from './construct';
import { GiveUp, TokenGaps, giveUp } from './token-gaps';
import type { PyYamlFailure } from './load';
import { MAX_NESTING, tooDeepAt } from './recursion';
import { Loader } from './yaml-js-fix';

class TooDeep extends Error { constructor(readonly start: number) { super('too deep'); } }

const T = 'tag:yaml.org,2002:';
const [STR, VALUE, MERGE] = ['str', 'value', 'merge'].map(name => T + name);
/** Indexed by character code (every one is ASCII): a lookup by code costs less than one by a one-character string. */
const NOT_PLAIN_START = byCode([...',[]{}#&*!|>\'"%@`'].map(c => [c, true]));
const NAME = /^[A-Za-z0-9_-]+$/;
const FLOW_PLAIN_STOP = /[:?]/;

type Resolvers = Record<string, [string, RegExp][]>;
const RESOLVERS = (Loader.prototype as unknown as { yaml_implicit_resolvers: Resolvers }).yaml_implicit_resolvers;
/** The resolvers filed under an ASCII character, by its code (others are looked up by the character). */
const ASCII_RESOLVERS = byCode(Object.entries(RESOLVERS));

function byCode<T>(entries: [string, T][]): (T | undefined)[] {
  const table = new Array<T | undefined>(128).fill(undefined);
  for (const [c, v] of entries) { if (c.length === 1 && c.charCodeAt(0) < 128) { table[c.charCodeAt(0)] = v; } }
  return table;
}

/** PyYAML's Resolver.resolve for a plain scalar: the first implicit resolver filed under its first character. */
function plainTag(resolvers: [string, RegExp][], value: string): string {
  for (const [tag, regexp] of resolvers) {
    if (regexp.test(value)) { return tag; }
  }
  return STR;
}

/** What construction needs to know of a composed node: mappings and sequences are unhashable keys and merge differently. */
type Kind = 'scalar' | 'merge key' | 'mapping' | 'sequence of mappings' | 'sequence';

/**
 * Whether PyYAML 3.11 surely loads `text`, judged on `contents`, yaml's clean parse of it: the walk reads
 * the nodes as PyYAML's composer would make them and asks construct.ts what SafeConstructor would refuse
 * (a value its tag's constructor rejects, a collection as a key, a `<<` of anything but mappings).
 * False where it cannot tell: the full read decides then. A failure where PyYAML surely stops: a node inside
 * more than MAX_NESTING collections, with only what PyYAML reads as yaml does before it (recursion.ts).
 */
export function loadsAsParsed(contents: Node | null, text: string): boolean | PyYamlFailure {
  const gaps = new TokenGaps(text);
  /** The collections around the node being walked. */
  let depth = 0;
  /** Anchors whose node is complete: an alias to one still open (or unknown) is left to the full read. */
  const anchors = new Map<string, Kind>();

  /** A scalar's kind; `asKey`: a `=` key is a string and `<<` a merge (flatten_mapping), nowhere else. */
  function scalar(node: Scalar, asKey: boolean): Kind {
    const range = node.range ?? giveUp();
    const start = range[0];
    const end = range[1];
    // An empty key is `: x`, a value with no key: PyYAML's parser wants a key first.
    if (start === end) { if (asKey) { giveUp(); } return 'scalar'; }
    gaps.skipTo(start);
    gaps.token(start, end);
    if (gaps.outsideLine(start, end)) { giveUp(); }
    const type = node.type;
    if (type === Scalar.QUOTE_SINGLE) { return 'scalar'; }
    if (type === Scalar.QUOTE_DOUBLE) {
      const escape = text.indexOf('\\', start);
      if (escape >= 0 && escape < end) { giveUp(); }
      return 'scalar';
    }
    if (type !== Scalar.PLAIN) { giveUp(); }
    const code = text.charCodeAt(start);
    const first = text[start];
    const second = text[start + 1];
    if (code < 128 && NOT_PLAIN_START[code]) { giveUp(); }
    if ((first === '-' || first === '?' || first === ':') && (end === start + 1 || second === ' ')) { giveUp(); }
    if ((first === '-' || first === '.') && (text.startsWith('---', start) || text.startsWith('...', start)) && gaps.lineStart === start) { giveUp(); }
    if (gaps.flow > 0 && FLOW_PLAIN_STOP.test(text.slice(start, end))) { giveUp(); }
    // Most plain scalars start with a character no implicit resolver is filed under: strings, no slice needed.
    const resolvers = code < 128 ? ASCII_RESOLVERS[code] : RESOLVERS[first];
    if (resolvers === undefined) { return 'scalar'; }
    const source = text.slice(start, end);
    const tag = plainTag(resolvers, source);
    if (tag === STR) { return 'scalar'; }
    // An anchored `=` or `<<` would be judged again where its aliases stand: left to the full read.
    if (asKey && (tag === VALUE || tag === MERGE) && node.anchor === undefined) { return tag === MERGE ? 'merge key' : 'scalar'; }
    if (rejectsScalar(tag, source)) { giveUp(); }
    return 'scalar';
  }

  /** A mapping entry: a scalar key (a `<<` only of mappings), then its value. */
  function pair(item: Pair<Node | null, Node | null>): void {
    if (item.key === null) { giveUp(); }
    const key = walk(item.key, true);
    if (key !== 'scalar' && key !== 'merge key') { giveUp(); }
    const value = walk(item.value);
    if (key === 'merge key' && value !== 'mapping' && value !== 'sequence of mappings') { giveUp(); }
  }

  function walk(node: Node | null, asKey = false): Kind {
    if (depth > MAX_NESTING && !isAlias(node)) {
      // Up to here PyYAML reads what yaml read; composing this node, it runs out of Python's stack.
      const start = node?.range?.[0] ?? giveUp();
      gaps.skipTo(start);
      throw new TooDeep(start);
    }
    if (node === null) { return 'scalar'; }
    if (node.tag) { giveUp(); }
    // The gaps have read the anchor's `&name` (PyYAML's alphabet, defined once).
    const anchor = node.anchor;
    if (isScalar(node)) {
      const kind = scalar(node, asKey);
      if (anchor !== undefined) { anchors.set(anchor, kind); }
      return kind;
    }
    if (isMap(node)) {
      depth++;
      for (const item of node.items as Pair<Node | null, Node | null>[]) { pair(item); }
      depth--;
      if (anchor !== undefined) { anchors.set(anchor, 'mapping'); }
      return 'mapping';
    }
    if (isSeq(node)) {
      let kind: Kind = 'sequence of mappings';
      depth++;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          // `[a: b]`: a one-pair mapping, which leaves the sequence's kind as it is.
          pair(item as Pair<Node | null, Node | null>);
        } else if (walk(item as Node | null) !== 'mapping') {
          kind = 'sequence';
        }
      }
      depth--;
      if (anchor !== undefined) { anchors.set(anchor, kind); }
      return kind;
    }
    if (!isAlias(node)) { return giveUp(); }
    const [start, end] = node.range ?? giveUp();
    const kind = anchors.get(node.source);
    if (!NAME.test(node.source) || !kind) { giveUp(); }
    gaps.skipTo(start);
    gaps.token(start, end);
    return kind!;
  }

  try {
    if (contents !== null) { walk(contents); }
    gaps.finish();
    return true;
  } catch (e) {
    if (e instanceof GiveUp) { return false; }
    if (e instanceof TooDeep) { return tooDeepAt(text, e.start); }
    throw e;
  }
}
