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
import { Loader } from './yaml-js-fix';

const T = 'tag:yaml.org,2002:';
const [STR, VALUE, MERGE] = ['str', 'value', 'merge'].map(name => T + name);
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`']);
const NAME = /^[A-Za-z0-9_-]+$/;

type Resolvers = Record<string, [string, RegExp][]>;
const RESOLVERS = (Loader.prototype as unknown as { yaml_implicit_resolvers: Resolvers }).yaml_implicit_resolvers;

/** PyYAML's Resolver.resolve for a plain scalar: the first implicit resolver for its first character. */
function plainTag(value: string): string {
  for (const [tag, regexp] of RESOLVERS[value === '' ? '' : value[0]] ?? []) {
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
 * False where it cannot tell: the full read decides then.
 */
export function loadsAsParsed(contents: Node | null, text: string): boolean {
  const gaps = new TokenGaps(text);
  /** Anchors whose node is complete: an alias to one still open (or unknown) is left to the full read. */
  const anchors = new Map<string, Kind>();

  /** A scalar's kind; `asKey`: a `=` key is a string and `<<` a merge (flatten_mapping), nowhere else. */
  function scalar(node: Scalar, asKey: boolean): Kind {
    const [start, end] = node.range ?? giveUp();
    if (start === end) { return 'scalar'; }
    gaps.skipTo(start);
    gaps.token(start, end);
    if (gaps.outsideLine(start, end)) { giveUp(); }
    const source = text.slice(start, end);
    switch (node.type) {
      case Scalar.QUOTE_SINGLE: return 'scalar';
      case Scalar.QUOTE_DOUBLE: if (source.includes('\\')) { giveUp(); } return 'scalar';
      case Scalar.PLAIN: break;
      default: giveUp();
    }
    const first = source[0];
    if (NOT_PLAIN_START.has(first)) { giveUp(); }
    if (gaps.flow > 0 && (/[:?]/.test(source))) { giveUp(); }
    if ((first === '-' || first === '?' || first === ':') && (source.length === 1 || source[1] === ' ')) { giveUp(); }
    if ((source.startsWith('---') || source.startsWith('...')) && gaps.lineStart === start) { giveUp(); }
    const tag = plainTag(source);
    if (tag === STR) { return 'scalar'; }
    // An anchored `=` or `<<` would be judged again where its aliases stand: left to the full read.
    if (asKey && (tag === VALUE || tag === MERGE) && node.anchor === undefined) { return tag === MERGE ? 'merge key' : 'scalar'; }
    if (rejectsScalar(tag, source)) { giveUp(); }
    return 'scalar';
  }

  function walk(node: Node | null, asKey = false): Kind {
    if (node === null) { return 'scalar'; }
    if (node.tag) { giveUp(); }
    if (isAlias(node)) {
      const [start, end] = node.range ?? giveUp();
      const kind = anchors.get(node.source);
      if (!NAME.test(node.source) || !kind) { giveUp(); }
      gaps.skipTo(start);
      gaps.token(start, end);
      return kind!;
    }
    // The gaps have read the anchor's `&name` (PyYAML's alphabet, defined once).
    const anchor = node.anchor;
    if (isScalar(node)) {
      const kind = scalar(node, asKey);
      if (anchor !== undefined) { anchors.set(anchor, kind); }
      return kind;
    }
    if (!isSeq(node) && !isMap(node)) { return giveUp(); }
    let kind: Kind = isMap(node) ? 'mapping' : 'sequence of mappings';
    for (const item of (node as { items: unknown[] }).items) {
      if (isPair(item)) {
        const pair = item as Pair<Node | null, Node | null>;
        // `: x`, a value with no key: PyYAML's parser wants a key first.
        if (pair.key === null || (isScalar(pair.key) && pair.key.range?.[0] === pair.key.range?.[1])) { giveUp(); }
        const key = walk(pair.key, true);
        if (key !== 'scalar' && key !== 'merge key') { giveUp(); }
        const value = walk(pair.value);
        if (key === 'merge key' && value !== 'mapping' && value !== 'sequence of mappings') { giveUp(); }
        // In a sequence (`[a: b]`) the pair is a one-pair mapping, which leaves the sequence's kind as it is.
      } else if (isSeq(node)) {
        if (walk(item as Node | null) !== 'mapping') { kind = 'sequence'; }
      } else {
        giveUp();
      }
    }
    if (anchor !== undefined) { anchors.set(anchor, kind); }
    return kind;
  }

  try {
    if (contents !== null) { walk(contents); }
    gaps.finish();
    return true;
  } catch (e) {
    if (e instanceof GiveUp) { return false; }
    throw e;
  }
}
