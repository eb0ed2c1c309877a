import type { Mark, YamlJsNode } from 'yaml-js/lib/loader';
import { Loader } from './yaml-js-fix';
import { constructError } from './construct';
import { tooDeep, tooDeepAt } from './recursion';

/** Why PyYAML stops, sorted into the kinds the `syntax` rule words for the admin. */
export type PyYamlKind = 'char' | 'tab' | 'flow-colon' | 'tag' | 'value' | 'anchor' | 'key' | 'documents' | 'unclosed' | 'depth' | 'other';

export interface PyYamlFailure {
  kind: PyYamlKind;
  /** PyYAML's own words (what paictl prints). */
  problem: string;
  start: number;
  end: number;
  /** The tag, anchor or character named in the message (for `depth`, the nesting paictl's PyYAML stops past). */
  detail?: string;
}

/** PyYAML 3.11's Reader.NON_PRINTABLE (reader.py): characters past U+FFFF are refused too. */
const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD]/;

interface MarkedError { context?: string; context_mark?: Mark; problem?: string; problem_mark?: Mark }

/**
 * Loads `text` as paictl does (`yaml.load(f, yaml.SafeLoader)`, PyYAML 3.11 in the dev-box) and says
 * where and why that fails; undefined when it loads. yaml-js (a port of PyYAML 3.x) reads, scans,
 * parses and composes; construct.ts does what SafeConstructor would reject.
 */
export function pyyamlFailure(text: string): PyYamlFailure | undefined {
  const bad = NON_PRINTABLE.exec(text);
  if (bad) {
    const code = text.codePointAt(bad.index)!;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    return { kind: 'char', problem: `unacceptable character #x${code.toString(16).padStart(4, '0')}: special characters are not allowed`, start: bad.index, end: bad.index + (code > 0xffff ? 2 : 1), detail: `U+${hex}` };
  }
  // PyYAML's scanner steps over a byte order mark at the start (yaml-js does not): offsets shift by one.
  if (text.startsWith('\uFEFF')) {
    const rest = pyyamlFailure(text.slice(1));
    return rest && { ...rest, start: rest.start + 1, end: rest.end + 1 };
  }
  let root: YamlJsNode | null;
  try {
    root = new Loader(text).get_single_node();
  } catch (e) {
    // yaml-js composes recursively too: out of JavaScript's stack, the text is far past Python's 1,000 frames.
    if (e instanceof RangeError) { return tooDeepAt(text, 0); }
    const m = e as MarkedError;
    const mark = m.problem_mark ?? m.context_mark;
    const problem = m.problem_mark ? m.problem : m.context;
    if (!mark || typeof problem !== 'string') { return { kind: 'other', problem: String((e as Error)?.message ?? e), start: 0, end: 0 }; }
    const unclosed = m.problem_mark && m.context_mark ? unclosedAt(text, m.context ?? '', m.context_mark.pointer, mark.pointer) : undefined;
    return unclosed ? { ...unclosed, problem } : scanFailure(text, `${m.context ?? ''} ${problem}`, problem, mark.pointer);
  }
  // PyYAML composes the whole document before it constructs anything: too deep a nesting stops it first.
  const deep = root ? tooDeep(text, root) : undefined;
  if (deep) { return deep; }
  const failed = root ? constructError(root) : undefined;
  if (!failed) { return undefined; }
  const { problem, node, mark } = failed;
  const tag = tagAt(text, mark.pointer);
  if (tag && problem.startsWith('could not determine a constructor')) { return { kind: 'tag', problem, start: tag.start, end: tag.end, detail: tag.text }; }
  if (failed.badValue || problem.startsWith('could not determine a constructor')) {
    // A plain `=` or `<<` where a value belongs, or a value its tag's constructor rejects (2021-02-30).
    return { kind: 'value', problem, start: mark.pointer, end: lineEnd(text, Math.max(node.end_mark.pointer, mark.pointer + 1), mark.pointer) };
  }
  return { kind: problem === 'found unhashable key' ? 'key' : 'other', problem, start: mark.pointer, end: lineEnd(text, node.end_mark.pointer, mark.pointer) };
}

function scanFailure(text: string, whole: string, problem: string, at: number): PyYamlFailure {
  const ch = text[at] ?? '';
  if (whole.includes('expected a single document')) { return { kind: 'documents', problem: 'expected a single document in the stream', start: at, end: lineEnd(text, text.length, at) }; }
  if (whole.includes('found duplicate anchor')) {
    const anchor = /&[^\s,[\]{}]+/.exec(text.slice(at, lineEnd(text, text.length, at)));
    const start = anchor ? at + anchor.index : at;
    return { kind: 'anchor', problem: 'found duplicate anchor', start, end: anchor ? start + anchor[0].length : at, detail: anchor?.[0] };
  }
  if (ch === '\t') { return { kind: 'tab', problem, start: at, end: at + 1 }; }
  if (problem === "found unexpected ':'") { return { kind: 'flow-colon', problem, start: at, end: at + 1 }; }
  const token = /^[^\s,[\]{}:]+/.exec(text.slice(at, lineEnd(text, text.length, at)));
  return { kind: 'other', problem, start: at, end: at + (token ? token[0].length : Math.min(1, lineEnd(text, text.length, at) - at)) };
}

const OPENERS: Record<string, string> = { 'quoted scalar': 'quoted value', 'flow sequence': '`[`', 'flow mapping': '`{`' };

/** A quote, `[` or `{` still open at the end of the file: PyYAML points at the end, the opener says more. */
function unclosedAt(text: string, context: string, opener: number, at: number): Omit<PyYamlFailure, 'problem'> | undefined {
  const what = Object.keys(OPENERS).find(k => context.endsWith(k));
  if (!what || text.slice(at).trim() !== '') { return undefined; }
  return { kind: 'unclosed', start: opener, end: opener + 1, detail: OPENERS[what] };
}

/** The `!tag` of the node whose properties start at `at` (an anchor may stand before it). */
function tagAt(text: string, at: number): { start: number; end: number; text: string } | undefined {
  const m = /^(?:&[^\s,[\]{}]+\s+)?(![^\s,[\]{}]*)/.exec(text.slice(at, lineEnd(text, text.length, at)));
  if (!m) { return undefined; }
  const start = at + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}

/** `end`, or the end of the line holding `start` if that comes first (ranges stay on one line). */
function lineEnd(text: string, end: number, start: number): number {
  const br = text.slice(start, end).search(/[\r\n]/);
  return br < 0 ? Math.min(end, text.length) : start + br;
}
