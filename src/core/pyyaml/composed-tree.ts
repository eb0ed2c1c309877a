/**
 * When paictl's loader need not run a second time: `yaml`'s parse, rebuilt as the node tree PyYAML 3.11's
 * composer makes of the same text, with plain scalars tagged by PyYAML's own resolver table (yaml-js's
 * copy, fixed in yaml-js-fix.ts) and then constructed by construct.ts, the code the full read uses.
 *
 * It only ever answers "PyYAML loads this". Where PyYAML's scanner or parser could read a token or a
 * structure differently from `yaml`, it gives up and the full read (load.ts) decides: tabs, PyYAML's
 * other line breaks, a byte order mark, tags, directives and document markers, block scalars, escapes,
 * scalars or flow collections over several lines, `:` or `?` in a flow plain scalar, indicators PyYAML
 * cannot start a plain scalar with, anchor names outside PyYAML's alphabet, an anchor defined twice, an
 * alias to an anchor not yet complete, an implicit key whose `:` is more than 1,000 characters past its line's indentation,
 * an explicit `?` key in any shape but `? key` over `: value`, a value with no key, and any other text
 * between the tokens.
 * Held to PyYAML by test/unit/core/composed-tree.test.ts and the yaml-test-suite verdicts.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { Mark, YamlJsNode } from 'yaml-js/lib/loader';
import { constructError } from './construct';
import { GiveUp, TokenGaps, giveUp, outsideLine } from './token-gaps';
import { Loader } from './yaml-js-fix';

const T = 'tag:yaml.org,2002:';
const [NULL, STR, SEQ, MAP] = ['null', 'str', 'seq', 'map'].map(name => T + name);
const NOT_PLAIN_START = new Set([...',[]{}#&*!|>\'"%@`']);
const NAME = /^[A-Za-z0-9_-]+$/;
const NO_MARK: Mark = { line: 0, column: 0, pointer: 0 };

type Resolvers = Record<string, [string, RegExp][]>;
const RESOLVERS = (Loader.prototype as unknown as { yaml_implicit_resolvers: Resolvers }).yaml_implicit_resolvers;

/** PyYAML's Resolver.resolve for a plain scalar: the first implicit resolver for its first character. */
function plainTag(value: string): string {
  for (const [tag, regexp] of RESOLVERS[value === '' ? '' : value[0]] ?? []) {
    if (regexp.test(value)) { return tag; }
  }
  return STR;
}

const scalarNode = (tag: string, value: string): YamlJsNode => ({ id: 'scalar', tag, value, start_mark: NO_MARK, end_mark: NO_MARK });

/**
 * PyYAML's composed tree for `contents` (yaml's parse of `text`, clean), or undefined where PyYAML
 * might read the text otherwise. Aliases are the anchored node itself, as in PyYAML's composer.
 */
export function composedTree(contents: Node | null, text: string): YamlJsNode | null | undefined {
  const gaps = new TokenGaps(text);
  const anchors = new Map<string, YamlJsNode>();
  const unfinished = new Set<string>();

  function scalar(node: Scalar): YamlJsNode {
    const [start, end] = node.range ?? giveUp();
    if (start === end) { return scalarNode(NULL, ''); }
    gaps.skipTo(start);
    gaps.token(start, end);
    const source = text.slice(start, end);
    if (outsideLine(source)) { giveUp(); }
    switch (node.type) {
      case Scalar.QUOTE_SINGLE: return scalarNode(STR, '');
      case Scalar.QUOTE_DOUBLE: if (source.includes('\\')) { giveUp(); } return scalarNode(STR, '');
      case Scalar.PLAIN: break;
      default: giveUp();
    }
    const first = source[0];
    if (NOT_PLAIN_START.has(first)) { giveUp(); }
    if (gaps.flow > 0 && (/[:?]/.test(source))) { giveUp(); }
    if ((first === '-' || first === '?' || first === ':') && (source.length === 1 || source[1] === ' ')) { giveUp(); }
    if ((source.startsWith('---') || source.startsWith('...')) && gaps.lineStart === start) { giveUp(); }
    return scalarNode(plainTag(source), source);
  }

  function build(node: Node | null): YamlJsNode {
    if (node === null) { return scalarNode(NULL, ''); }
    if (node.tag) { giveUp(); }
    if (isAlias(node)) {
      const [start, end] = node.range ?? giveUp();
      const target = anchors.get(node.source);
      if (!NAME.test(node.source) || !target || unfinished.has(node.source)) { giveUp(); }
      gaps.skipTo(start);
      gaps.token(start, end);
      return target!;
    }
    const anchor = node.anchor;
    if (anchor !== undefined && (!NAME.test(anchor) || anchors.has(anchor))) { giveUp(); }
    let built: YamlJsNode;
    if (isScalar(node)) {
      built = scalar(node);
      if (anchor !== undefined) { anchors.set(anchor, built); }
      return built;
    }
    if (isSeq(node)) {
      built = { id: 'sequence', tag: SEQ, value: [], start_mark: NO_MARK, end_mark: NO_MARK };
    } else if (isMap(node)) {
      built = { id: 'mapping', tag: MAP, value: [], start_mark: NO_MARK, end_mark: NO_MARK };
    } else {
      return giveUp();
    }
    if (anchor !== undefined) { anchors.set(anchor, built); unfinished.add(anchor); }
    for (const item of (node as { items: unknown[] }).items) {
      if (isPair(item)) {
        const pair = item as Pair<Node | null, Node | null>;
        // `: x`, a value with no key: PyYAML's parser wants a key first.
        const key = pair.key === null || (isScalar(pair.key) && pair.key.range?.[0] === pair.key.range?.[1]) ? giveUp() : build(pair.key);
        const entry: [YamlJsNode, YamlJsNode] = [key, build(pair.value)];
        // `[a: b]`: PyYAML composes a one-pair mapping as the sequence's item.
        if (isSeq(node)) {
          (built.value as YamlJsNode[]).push({ id: 'mapping', tag: MAP, value: [entry], start_mark: NO_MARK, end_mark: NO_MARK });
        } else {
          (built.value as [YamlJsNode, YamlJsNode][]).push(entry);
        }
      } else if (isSeq(node)) {
        (built.value as YamlJsNode[]).push(build(item as Node | null));
      } else {
        giveUp();
      }
    }
    if (anchor !== undefined) { unfinished.delete(anchor); }
    return built;
  }

  try {
    const root = contents === null ? null : build(contents);
    gaps.finish();
    return root;
  } catch (e) {
    if (e instanceof GiveUp) { return undefined; }
    throw e;
  }
}

/** Whether PyYAML surely loads `text`, judged on yaml's clean parse of it without PyYAML's second read. */
export function loadsWithoutSecondRead(contents: Node | null, text: string): boolean {
  const root = composedTree(contents, text);
  return root !== undefined && (root === null || constructError(root) === undefined);
}
