import {
  Alias, Document, Schema, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments,
  type Node, type Pair, type ParsedNode, type YAMLMap,
} from 'yaml';
import type { Position, Range } from './finding';
import { isMergeKey, plainValueOf } from './plain-value';
import { PYYAML_TAGS } from './pyyaml';
import { loadsAsParsed } from './pyyaml/loads-as-parsed';
import { pyyamlFailure, type PyYamlFailure } from './pyyaml/load';


export type PathSegment = string | number;
export type YamlPath = readonly PathSegment[];

/** A located key/value: `pair` is set for mapping entries, `node` is the (alias-resolved) value. */
export interface Located {
  readonly pair?: Pair<ParsedNode, ParsedNode | null>;
  readonly node: ParsedNode | null;
  /** The value as written (an alias stays an alias here), for edits. */
  readonly written: ParsedNode | null;
}

/** A path's step in ParsedDocument.locate's tree: what is there (null: nothing), and the steps below it. */
interface LocatedStep {
  found: Located | null;
  children?: Map<PathSegment, LocatedStep>;
}

export interface SyntaxProblem {
  code: string;
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/** The tags of a PyYAML reading, built once (yaml would rebuild them for every parse). */
const PYYAML_SCHEMA = new Schema({ schema: 'pyyaml', customTags: [...PYYAML_TAGS], merge: true, resolveKnownTags: true });

/** The problem of a text nested too deeply for yaml's parser (thousands of levels). */
export const OUT_OF_STACK = 'OUT_OF_STACK';

/** Upper bound on alias expansion when building the plain value (the "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 1000;

/**
 * One parse of a YAML text, shared by everything that asks about it: the schema, the rules, the
 * editor providers. Scalars are resolved as PyYAML resolves them (./pyyaml.ts). Offsets are UTF-16
 * indexes into `text`.
 */
export class ParsedDocument {
  readonly document: Document.Parsed;
  readonly documentCount: number;
  readonly problems: SyntaxProblem[] = [];
  /** The plain JS value (merge keys applied), or undefined when the text is not a usable mapping. */
  readonly value: unknown;
  /** Why paictl's loader (PyYAML 3.11's yaml.load with SafeLoader) refuses the text; undefined when it loads it. */
  readonly pyyaml: PyYamlFailure | undefined;
  private readonly lineStarts: number[];
  /**
   * The text as parsed: a lone CR (a line break to PyYAML and VS Code, not to eemeli's parser) becomes
   * LF. One character for one keeps every offset, line and column those of the original text.
   */
  readonly text: string;
  /** The line break the original text uses most (what edits that add lines write). */
  readonly lineBreak: '\n' | '\r\n' | '\r';
  private readonly aliasTargets = new Map<Alias, Node>();
  /** Key lookups in large mappings, indexed on first use (the first pair with a key wins, as in a scan). */
  private readonly pairIndex = new Map<YAMLMap, { pairs: Map<string, Pair<ParsedNode, ParsedNode | null>>; merges: Pair<ParsedNode, ParsedNode | null>[] }>();
  /** What locate found per path (null: nothing there). */
  private readonly located: LocatedStep;

  constructor(original: string, readonly fileName = '') {
    const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
    this.text = text;
    this.lineBreak = lineBreakOf(original);
    // Values as paictl reads them (PyYAML, YAML 1.1): `no` is false, `0123` is 83, `1:30` is 90.
    let docs: unknown;
    let outOfStack = false;
    try {
      docs = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false, logLevel: 'error', schema: PYYAML_SCHEMA });
    } catch (e) {
      // yaml's parser recurses once per nesting level: some thousands of levels exhaust the stack.
      if (!(e instanceof RangeError)) { throw e; }
      docs = [];
      outOfStack = true;
    }
    // Duplicate keys are found by plainValueOf in one pass; yaml's own check compares each key with every earlier one.
    const all = (Array.isArray(docs) ? docs : []) as Document.Parsed[];
    this.document = all[0] ?? new Document(null) as unknown as Document.Parsed;
    this.documentCount = all.filter(d => d.contents !== null || d.errors.length > 0).length;
    this.lineStarts = lineStartsOf(text);
    for (const d of all.slice(0, 1)) {
      for (const e of d.errors) { this.problems.push({ code: e.code, message: e.message, start: e.pos[0], end: e.pos[1], severity: 'error' }); }
      for (const w of d.warnings) { this.problems.push({ code: w.code, message: w.message, start: w.pos[0], end: w.pos[1], severity: 'warning' }); }
    }
    if (outOfStack) {
      const br = text.indexOf('\n');
      this.problems.push({ code: OUT_OF_STACK, message: 'nested too deeply to parse', start: 0, end: br < 0 ? text.length : br, severity: 'error' });
    }
    for (const extra of all.slice(1)) {
      const start = extra.range?.[0] ?? text.length;
      this.problems.push({ code: 'MULTIPLE_DOCS', message: 'more than one YAML document', start, end: Math.min(text.length, start + 3), severity: 'error' });
    }
    // Where yaml found nothing wrong and its parse, read as PyYAML composes it, surely loads, the second read is skipped.
    const verdict = this.problems.length === 0 ? loadsAsParsed(this.document.contents, original) : false;
    this.pyyaml = verdict === true ? undefined : verdict === false ? pyyamlFailure(original) : verdict;
    if (this.pyyaml) { this.problems.push({ code: 'PYYAML', message: this.pyyaml.problem, start: this.pyyaml.start, end: this.pyyaml.end, severity: 'error' }); }
    this.value = this.toPlainValue();
    this.located = { found: { node: this.root, written: this.root } };
  }

  private toPlainValue(): unknown {
    if (this.document.errors.length > 0 && this.document.contents === null) { return undefined; }
    const plain = plainValueOf(this.document.contents, this.text, MAX_ALIAS_COUNT);
    for (const [alias, target] of plain.aliasTargets) { this.aliasTargets.set(alias, target); }
    const found: SyntaxProblem[] = [
      ...plain.duplicateKeys.map(d => ({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', ...d, severity: 'error' as const })),
      ...plain.errors.map(e => ({ ...e, severity: 'error' as const })),
    ];
    if (found.length > 0) {
      // In document order among the parser's errors, as yaml's own duplicate check reported them.
      const errors = [...this.problems.filter(p => p.severity === 'error'), ...found].sort((a, b) => a.start - b.start);
      const rest = this.problems.filter(p => p.severity !== 'error');
      this.problems.splice(0, this.problems.length, ...errors, ...rest);
    }
    if (plain.aliasLimit !== undefined) {
      this.problems.push({ code: 'ALIAS_LIMIT', message: plain.aliasLimit, start: 0, end: Math.min(this.text.length, 1), severity: 'error' });
    }
    return plain.value;
  }

  /** The node an alias points at (found while building the value; yaml's own lookup scans the whole document). */
  private resolve(node: ParsedNode | null | undefined): ParsedNode | null {
    let n: unknown = node ?? null;
    for (let i = 0; i < 100 && isAlias(n); i++) {
      n = this.aliasTargets.get(n as Alias) ?? (n as Alias).resolve(this.document) ?? null;
    }
    return (isAlias(n) ? null : n) as ParsedNode | null;
  }

  private findPair(map: YAMLMap<ParsedNode, ParsedNode | null>, key: string, depth = 0): Pair<ParsedNode, ParsedNode | null> | undefined {
    const own = this.ownPair(map, key);
    if (own.found || depth > 20) { return own.found; }
    // A later `<<` key wins over an earlier one; of one key's list, the first mapping wins (as in plain-value.ts).
    for (let m = own.merges.length - 1; m >= 0; m--) {
      const item = own.merges[m];
      const merged = this.resolve(item.value);
      const sources = isSeq(merged) ? merged.items : [item.value];
      for (const src of sources) {
        const target = this.resolve(src as ParsedNode);
        if (isMap(target)) {
          const hit = this.findPair(target as YAMLMap<ParsedNode, ParsedNode | null>, key, depth + 1);
          if (hit) { return hit; }
        }
      }
    }
    return undefined;
  }

  /** The mapping's own first pair with `key`, else its `<<` pairs (read in the same pass, or from the index of a large mapping). */
  private ownPair(map: YAMLMap<ParsedNode, ParsedNode | null>, key: string): { found?: Pair<ParsedNode, ParsedNode | null>; merges: readonly Pair<ParsedNode, ParsedNode | null>[] } {
    if (map.items.length > 16) {
      let index = this.pairIndex.get(map);
      if (!index) {
        index = { pairs: new Map(), merges: [] };
        for (const item of map.items) {
          const k = isPair(item) ? scalarKey(item.key) : undefined;
          if (isPair(item) && isMergeKey(item.key)) { index.merges.push(item); }
          if (k !== undefined && !index.pairs.has(k)) { index.pairs.set(k, item); }
        }
        this.pairIndex.set(map, index);
      }
      return { found: index.pairs.get(key), merges: index.merges };
    }
    const merges: Pair<ParsedNode, ParsedNode | null>[] = [];
    for (const item of map.items) {
      if (!isPair(item)) { continue; }
      const k = scalarKey(item.key);
      if (k === key) { return { found: item, merges }; }
      if (isMergeKey(item.key)) { merges.push(item); }
    }
    return { merges };
  }

  get lineCount(): number { return this.lineStarts.length; }

  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between the CR and the LF of a CRLF is no position in VS Code: the line's end is.
    if (o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10) { o--; }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) { lo = mid; } else { hi = mid - 1; }
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) { return 0; }
    if (position.line >= this.lineStarts.length) { return this.text.length; }
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The start offset of the line holding `offset`. */
  lineStartOf(offset: number): number { return this.lineStarts[this.positionAt(offset).line]; }

  /** The text of the line holding `offset`, without its line break. */
  lineTextAt(offset: number): string {
    const { line } = this.positionAt(offset);
    const start = this.lineStarts[line];
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  /** Range of a node's value, without trailing comments or line breaks. */
  nodeRange(node: Node | null | undefined): Range | undefined {
    if (!node?.range) { return undefined; }
    const [start, valueEnd] = node.range;
    return this.range(start, trimEnd(this.text, start, valueEnd));
  }

  /** Offsets of a node's value, without trailing comments or line breaks. */
  nodeOffsets(node: Node | null | undefined): [number, number] | undefined {
    if (!node?.range) { return undefined; }
    const [start, valueEnd] = node.range;
    return [start, trimEnd(this.text, start, valueEnd)];
  }

  get root(): ParsedNode | null { return this.document.contents; }

  /** Finds the entry at `path`, following aliases and `<<` merge keys. */
  locate(path: YamlPath): Located | undefined {
    // The rules ask for the same few paths again and again (a section, its port): each step is taken once,
    // in a tree of the paths asked for (segments as they are: 0 and '0' differ).
    let at = this.located;
    for (const segment of path) {
      if (at.found === null) { return undefined; }
      let next = at.children?.get(segment);
      if (next === undefined) {
        next = { found: this.step(at.found, segment) ?? null };
        (at.children ??= new Map()).set(segment, next);
      }
      at = next;
    }
    return at.found ?? undefined;
  }

  private step(current: Located, segment: PathSegment): Located | undefined {
    const container = this.resolve(current.node);
    if (typeof segment === 'number') {
      if (!isSeq(container)) { return undefined; }
      const item = container.items[segment] as ParsedNode | undefined;
      return item === undefined ? undefined : { node: this.resolve(item), written: item };
    }
    if (!isMap(container)) { return undefined; }
    const pair = this.findPair(container as YAMLMap<ParsedNode, ParsedNode | null>, segment);
    if (!pair) { return undefined; }
    const written = (pair.value ?? null) as ParsedNode | null;
    return { pair, node: this.resolve(written), written };
  }

  /** The resolved node at `path` (a mapping, sequence or scalar), if present. */
  nodeAt(path: YamlPath): ParsedNode | null | undefined {
    return this.locate(path)?.node;
  }

  /** The plain value at `path` in the parsed value (merge keys applied). */
  valueAt(path: YamlPath): unknown {
    let v: unknown = this.value;
    for (const s of path) {
      if (v === null || typeof v !== 'object') { return undefined; }
      v = (v as Record<string, unknown>)[s as string];
    }
    return v;
  }

  /** Whether `path` exists as a key (even with a null value). */
  has(path: YamlPath): boolean { return this.locate(path) !== undefined; }

  /** Range of the key at `path`, or of the nearest existing ancestor's key; the first character of the file at the root. */
  keyRange(path: YamlPath): Range {
    for (let n = path.length; n > 0; n--) {
      const loc = this.locate(path.slice(0, n));
      if (loc?.pair?.key) { return this.nodeRange(loc.pair.key as ParsedNode) ?? this.range(0, 0); }
      if (loc && typeof path[n - 1] === 'number' && loc.written) { return this.nodeRange(loc.written) ?? this.range(0, 0); }
    }
    return this.firstLineRange();
  }

  /** Range of the value at `path`; the key's range when the value is null or a block collection. */
  valueRange(path: YamlPath): Range {
    const loc = this.locate(path);
    if (loc?.written && isScalar(loc.written)) { return this.nodeRange(loc.written) ?? this.keyRange(path); }
    if (loc?.written && isAlias(loc.written)) { return this.nodeRange(loc.written) ?? this.keyRange(path); }
    if (loc?.written && !loc.pair && loc.written.range) { return this.nodeRange(loc.written) ?? this.keyRange(path); }
    return this.keyRange(path);
  }

  private firstLineRange(): Range {
    const end = this.text.indexOf('\n');
    return this.range(0, end < 0 ? this.text.length : end);
  }
}

export function scalarKey(node: unknown): string | undefined {
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'symbol') { return v.description; }
    return v === null ? 'null' : String(v);
  }
  return undefined;
}

/** Start offsets of every line (after each `\n`); yaml's LineCounter skips lines inside some errors. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) { starts.push(i + 1); i = text.indexOf('\n', i + 1); }
  return starts;
}

function lineBreakOf(text: string): '\n' | '\r\n' | '\r' {
  if (!text.includes('\r')) { return '\n'; }
  const crlf = text.split('\r\n').length - 1;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  return cr > lf && cr > crlf ? '\r' : crlf > lf ? '\r\n' : '\n';
}

function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1])) { e--; }
  return e;
}

