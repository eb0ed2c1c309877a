import type { Mark, YamlJsNode } from 'yaml-js/lib/loader';

/** What PyYAML's SafeConstructor raises, located by its node. */
export interface ConstructError {
  problem: string;
  node: YamlJsNode;
  mark: Mark;
  /** A scalar its tag's constructor (int, float, timestamp…) cannot read. */
  badValue?: boolean;
}

const T = 'tag:yaml.org,2002:';
// Built once: a template literal in a `case` would build its string again on every node.
const [NULL, STR, BOOL, INT, FLOAT, BINARY, TIMESTAMP_TAG, SEQ, MAP, SET, OMAP, PAIRS, MERGE, VALUE] =
  ['null', 'str', 'bool', 'int', 'float', 'binary', 'timestamp', 'seq', 'map', 'set', 'omap', 'pairs', 'merge', 'value'].map(name => T + name);
const BOOLS = new Set(['yes', 'no', 'true', 'false', 'on', 'off']);
type Built = 'hashable' | 'unhashable';

class Failed extends Error { constructor(readonly error: ConstructError) { super(error.problem); } }

function fail(problem: string, node: YamlJsNode, mark = node.start_mark): never { throw new Failed({ problem, node, mark }); }
function badValue(problem: string, node: YamlJsNode): never { throw new Failed({ problem, node, mark: node.start_mark, badValue: true }); }

type Pair = [YamlJsNode, YamlJsNode];
const pairsOf = (n: YamlJsNode) => n.value as Pair[];
const itemsOf = (n: YamlJsNode) => n.value as YamlJsNode[];

/** SafeConstructor.construct_scalar: a mapping with a `=` key stands for its value. */
function scalarOf(node: YamlJsNode): string {
  if (node.id === 'mapping') {
    const valueKey = pairsOf(node).find(([k]) => k.tag === VALUE);
    if (valueKey) { return scalarOf(valueKey[1]); }
  }
  if (node.id !== 'scalar') { fail(`expected a scalar node, but found ${node.id}`, node); }
  return node.value as string;
}

const DECIMAL = /^[1-9][0-9]*$/;
const PY_INT = { 10: /^\s*[-+]?\d+\s*$/, 2: /^\s*[-+]?(0b)?[01]+\s*$/i, 8: /^\s*[-+]?(0o)?[0-7]+\s*$/i, 16: /^\s*[-+]?(0x)?[0-9a-f]+\s*$/i };
const PY_FLOAT = /^\s*[-+]?((\d+\.?\d*|\.\d+)(e[-+]?\d+)?|inf(inity)?|nan)\s*$/i;
const TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

function checkInt(node: YamlJsNode): void {
  let v = scalarOf(node);
  if (v.includes('_')) { v = v.replace(/_/g, ''); }
  if (v === '') { badValue('string index out of range', node); }
  if (v[0] === '+' || v[0] === '-') { v = v.slice(1); }
  // Every port and count is a plain decimal: read as Python's int() would without the cases below.
  if (DECIMAL.test(v)) { return; }
  let base: keyof typeof PY_INT = 10;
  let digits = v;
  if (v.startsWith('0b')) { base = 2; digits = v.slice(2); } else if (v.startsWith('0x')) { base = 16; digits = v.slice(2); } else if (v[0] === '0' && v !== '0') { base = 8; }
  for (const part of base === 10 && v.includes(':') ? v.split(':') : [digits]) {
    if (!PY_INT[base].test(part)) { badValue(`invalid literal for int() with base ${base}: '${part}'`, node); }
  }
}

function checkFloat(node: YamlJsNode): void {
  let v = scalarOf(node).replace(/_/g, '').toLowerCase();
  if (v === '') { badValue('string index out of range', node); }
  if (v[0] === '+' || v[0] === '-') { v = v.slice(1); }
  const ok = v === '.inf' || v === '.nan' || (v.includes(':') ? v.split(':') : [v]).every(p => PY_FLOAT.test(p));
  if (!ok) { badValue(`could not convert string to float: '${v}'`, node); }
}

function checkTimestamp(node: YamlJsNode): void {
  scalarOf(node);
  const m = TIMESTAMP.exec(node.value as string);
  if (!m) { badValue('not a timestamp', node); }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (year < 1) { badValue(`year ${year} is out of range`, node); }
  if (month < 1 || month > 12) { badValue('month must be in 1..12', node); }
  if (day < 1 || day > days) { badValue('day is out of range for month', node); }
  if (m[4] === undefined) { return; }
  const [what, limit] = Number(m[4]) > 23 ? ['hour', 23] : Number(m[5]) > 59 ? ['minute', 59] : Number(m[6]) > 59 ? ['second', 59] : [];
  if (what) { badValue(`${what} must be in 0..${limit}`, node); }
}

function checkBinary(node: YamlJsNode): void {
  const v = scalarOf(node);
  if (/[^\x00-\x7f]/.test(v)) { badValue('failed to convert base64 data into ascii', node); }
  const data = v.replace(/[^A-Za-z0-9+/=]/g, '');
  const body = data.replace(/=.*$/s, '');
  const pad = data.length - body.length;
  const rest = body.length % 4;
  if (rest === 1 || (rest === 2 && pad < 2) || (rest === 3 && pad < 1)) { badValue('failed to decode base64 data: Incorrect padding', node); }
}

/** The constructors of the scalar tags: true when `node`'s tag is one of them and it passed (else they throw). */
function checkScalar(node: YamlJsNode): boolean {
  switch (node.tag) {
    case STR: case NULL: scalarOf(node); return true;
    case BOOL: if (!BOOLS.has(scalarOf(node).toLowerCase())) { badValue(`not a boolean: '${scalarOf(node)}'`, node); } return true;
    case INT: checkInt(node); return true;
    case FLOAT: checkFloat(node); return true;
    case BINARY: checkBinary(node); return true;
    case TIMESTAMP_TAG: checkTimestamp(node); return true;
    default: return false;
  }
}

/**
 * Constructs the document as PyYAML 3.11's SafeConstructor does (constructor.py), keeping only what
 * can fail: a tag it has no constructor for, a node of the wrong kind for its tag, a value its
 * constructor rejects, an unhashable (mapping or sequence) key, a bad merge. Collections are filled
 * in later rounds, as PyYAML's generators are, so the first error found is the one PyYAML reports.
 * Like PyYAML it rewrites merged mappings in place: give it a freshly composed tree.
 */
export function constructError(root: YamlJsNode): ConstructError | undefined {
  const built = new Map<YamlJsNode, Built>();
  let later: (() => void)[] = [];

  /** SafeConstructor.flatten_mapping, which rewrites the node (merged pairs first, `<<` keys gone). */
  function flatten(node: YamlJsNode): void {
    const pairs = pairsOf(node);
    const merge: Pair[] = [];
    let index = 0;
    while (index < pairs.length) {
      const [key, value] = pairs[index];
      if (key.tag === MERGE) {
        pairs.splice(index, 1);
        if (value.id === 'mapping') {
          flatten(value);
          merge.push(...pairsOf(value));
        } else if (value.id === 'sequence') {
          const submerge: Pair[][] = [];
          for (const sub of itemsOf(value)) {
            if (sub.id !== 'mapping') { fail(`expected a mapping for merging, but found ${sub.id}`, sub); }
            flatten(sub);
            submerge.push(pairsOf(sub));
          }
          for (const s of submerge.reverse()) { merge.push(...s); }
        } else {
          fail(`expected a mapping or list of mappings for merging, but found ${value.id}`, value);
        }
      } else {
        if (key.tag === VALUE) { key.tag = STR; }
        index++;
      }
    }
    if (merge.length > 0) { node.value = [...merge, ...pairs]; }
  }

  function mapping(node: YamlJsNode): void {
    if (node.id !== 'mapping') { fail(`expected a mapping node, but found ${node.id}`, node); }
    flatten(node);
    for (const [key, value] of pairsOf(node)) {
      if (build(key) === 'unhashable') { fail('found unhashable key', key); }
      build(value);
    }
  }

  function singlePairs(node: YamlJsNode, what: string): void {
    if (node.id !== 'sequence') { fail(`expected a sequence, but found ${node.id}`, node); }
    for (const sub of itemsOf(node)) {
      if (sub.id !== 'mapping') { fail(`expected a mapping of length 1, but found ${sub.id}`, sub); }
      if (pairsOf(sub).length !== 1) { fail(`expected a single mapping item, but found ${pairsOf(sub).length} items (${what})`, sub); }
      build(pairsOf(sub)[0][0]);
      build(pairsOf(sub)[0][1]);
    }
  }

  function build(node: YamlJsNode): Built {
    const done = node.id === 'scalar' ? undefined : built.get(node);
    if (done) { return done; }
    let result: Built = 'hashable';
    if (checkScalar(node)) { return result; }
    switch (node.tag) {
      case SEQ: result = 'unhashable'; later.push(() => { if (node.id !== 'sequence') { fail(`expected a sequence node, but found ${node.id}`, node); } itemsOf(node).forEach(build); }); break;
      case MAP: case SET: result = 'unhashable'; later.push(() => mapping(node)); break;
      case OMAP: case PAIRS: result = 'unhashable'; later.push(() => singlePairs(node, node.tag.slice(T.length))); break;
      default: fail(`could not determine a constructor for the tag '${node.tag}'`, node);
    }
    // Scalars are cheap to check again (through an alias); only collections are remembered.
    if (node.id !== 'scalar') { built.set(node, result); }
    return result;
  }

  try {
    build(root);
    while (later.length > 0) {
      const round = later;
      later = [];
      for (const fill of round) { fill(); }
    }
    return undefined;
  } catch (e) {
    if (e instanceof Failed) { return e.error; }
    throw e;
  }
}

const NO_MARK: Mark = { line: 0, column: 0, pointer: 0 };
/** One node, reused: the question is asked of every int, bool or date of a file. */
const probe: YamlJsNode = { id: 'scalar', tag: STR, value: '', start_mark: NO_MARK, end_mark: NO_MARK };

/** Whether SafeConstructor refuses a scalar of this tag and text (a date such as 2021-02-30, `0b_`, `=`), as build() does. */
export function rejectsScalar(tag: string, value: string): boolean {
  probe.tag = tag;
  probe.value = value;
  try {
    return !checkScalar(probe);
  } catch (e) {
    if (e instanceof Failed) { return true; }
    throw e;
  }
}
