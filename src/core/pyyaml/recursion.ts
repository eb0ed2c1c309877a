import type { YamlJsNode } from 'yaml-js/lib/loader';
import type { PyYamlFailure } from './load';

/**
 * Python's recursion limit as paictl's PyYAML meets it. The composer (composer.py) calls compose_node and then
 * compose_mapping_node or compose_sequence_node for every nested mapping or list: two frames a level, and Python
 * 2.7 stops at 1,000 frames ("maximum recursion depth exceeded"). With PyYAML's pure-Python SafeLoader, 491 nested
 * mappings load from a bare script and 492 do not; paictl's own calls take some of the frames, so a value inside
 * more than 480 nested mappings and lists is where paictl stops.
 */
export const MAX_NESTING = 480;

export const TOO_DEEP = 'maximum recursion depth exceeded';

/** The failure at a node that sits inside more than MAX_NESTING collections, starting at `start`. */
export function tooDeepAt(text: string, start: number): PyYamlFailure {
  const br = text.slice(start, start + 200).search(/[\r\n]/);
  return { kind: 'depth', problem: TOO_DEEP, start, end: Math.min(text.length, br < 0 ? start + 1 : start + Math.max(br, 1)), detail: String(MAX_NESTING) };
}

/**
 * The first node, in the composer's order, inside more than MAX_NESTING collections (an iterative walk). An alias
 * is the anchored node again, which the composer does not enter a second time: neither does this walk.
 */
export function tooDeep(text: string, root: YamlJsNode): PyYamlFailure | undefined {
  const stack: [YamlJsNode, number][] = [[root, 0]];
  const seen = new Set<YamlJsNode>();
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (seen.has(node)) { continue; }
    seen.add(node);
    if (depth > MAX_NESTING) { return tooDeepAt(text, node.start_mark.pointer); }
    const children = node.id === 'mapping' ? (node.value as [YamlJsNode, YamlJsNode][]).flat()
      : node.id === 'sequence' ? node.value as YamlJsNode[] : [];
    for (let i = children.length - 1; i >= 0; i--) { stack.push([children[i], depth + 1]); }
  }
  return undefined;
}
