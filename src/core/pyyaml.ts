/**
 * How paictl reads a value: PyYAML's SafeLoader (YAML 1.1), the one place this project says so.
 * The regexes are PyYAML's implicit resolvers (yaml/resolver.py, PyYAML 5.1 and later), the
 * conversions its SafeConstructor (yaml/constructor.py). The document is parsed with these tags
 * (`PYYAML_TAGS`), so every plain value a rule reads is already the one paictl holds;
 * `pyValueOf` gives the exact Python value of a node (big integers, float text, timestamps).
 */
import { isScalar, Scalar, type ScalarTag } from 'yaml';

/** The Python value paictl holds after reading a scalar. */
export type PyValue =
  | { kind: 'str'; text: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  /** A date (`2021-01-20`) or a date and time: PyYAML builds a `datetime.date` / `datetime.datetime`. */
  | { kind: 'timestamp'; text: string }
  /** A plain scalar PyYAML resolves but cannot construct (`0x_`, `=`): loading the file fails. */
  | { kind: 'invalid'; text: string; reason: string };

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const BOOL_TRUE = /^(?:yes|true|on)$/i;
const FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP = /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
/** `=` resolves to tag:yaml.org,2002:value, which SafeLoader cannot construct. */
const VALUE = /^=$/;

/** construct_yaml_int: sign, underscores dropped, then 0b / 0x / leading 0 (octal) / a:b (base 60). */
function constructInt(text: string): bigint | undefined {
  let s = text.includes('_') ? text.replace(/_/g, '') : text;
  const negative = s.startsWith('-');
  if (s.startsWith('-') || s.startsWith('+')) { s = s.slice(1); }
  let n: bigint;
  try {
    if (s === '0') { n = 0n; }
    else if (s.startsWith('0b')) { n = BigInt(`0b${nonEmpty(s.slice(2))}`); }
    else if (s.startsWith('0x')) { n = BigInt(`0x${nonEmpty(s.slice(2))}`); }
    else if (s.startsWith('0')) { n = BigInt(`0o${s.slice(1)}`); }
    else if (s.includes(':')) { n = s.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n); }
    else { n = BigInt(s); }
  } catch {
    return undefined; // Python's int() raises ValueError: the load fails
  }
  return negative ? -n : n;
}

function nonEmpty(digits: string): string {
  if (digits === '') { throw new Error('no digits'); }
  return digits;
}

function readInt(plain: string): PyValue {
  const value = constructInt(plain);
  return value === undefined ? { kind: 'invalid', text: plain, reason: `int() cannot read \`${plain}\`` } : { kind: 'int', value };
}

/**
 * A resolver's pattern that first looks at the character a match must start with, as PyYAML files its
 * resolvers. `yaml` tests every plain scalar against every tag, and most scalars are strings, which
 * then take one character test per tag instead of a pattern match. It is the pattern for every caller.
 */
class FirstCharacterGate extends RegExp {
  private readonly starts = new Set<number>();
  constructor(private readonly pattern: RegExp, first: string, private readonly matchesEmpty: boolean) {
    super(pattern.source, pattern.flags);
    for (let i = 0; i < first.length; i++) { this.starts.add(first.charCodeAt(i)); }
  }

  override test(text: string): boolean {
    if (text.length === 0) { return this.matchesEmpty; }
    return this.starts.has(text.charCodeAt(0)) && this.pattern.test(text);
  }
}

/**
 * PyYAML's implicit resolvers in the order it tries them (resolver.py's add_implicit_resolver): the tag,
 * its pattern, the characters a match can start with (its `first` list; `''` is the empty scalar), and
 * what SafeConstructor makes of a match.
 */
interface Resolver { tag: string; pattern: RegExp; first: string; empty?: true; read: (plain: string) => PyValue }

const RESOLVERS: readonly (Resolver & { gate: FirstCharacterGate })[] = ([
  { tag: 'tag:yaml.org,2002:null', pattern: NULL, first: '~nN', empty: true, read: () => ({ kind: 'null' }) },
  { tag: 'tag:yaml.org,2002:bool', pattern: BOOL, first: 'yYnNtTfFoO', read: plain => ({ kind: 'bool', value: BOOL_TRUE.test(plain) }) },
  { tag: 'tag:yaml.org,2002:int', pattern: INT, first: '-+0123456789', read: readInt },
  { tag: 'tag:yaml.org,2002:float', pattern: FLOAT, first: '-+0123456789.', read: plain => ({ kind: 'float', text: plain }) },
  { tag: 'tag:yaml.org,2002:timestamp', pattern: TIMESTAMP, first: '0123456789', read: plain => ({ kind: 'timestamp', text: plain }) },
  { tag: 'tag:yaml.org,2002:value', pattern: VALUE, first: '=', read: plain => ({ kind: 'invalid', text: plain, reason: 'PyYAML has no constructor for a plain `=`' }) },
] as Resolver[]).map(r => ({ ...r, gate: new FirstCharacterGate(r.pattern, r.first, r.empty === true) }));

/** The resolvers' `first` characters, for the drift test against yaml-js's copy of PyYAML's table. */
export const RESOLVER_FIRST_CHARACTERS: ReadonlyMap<string, string> = new Map(RESOLVERS.map(r => [r.tag, r.first + (r.empty ? '\'\'' : '')]));

/** PyYAML's reading of a plain (unquoted, untagged) scalar. */
export function readPlain11(plain: string): PyValue {
  for (const resolver of RESOLVERS) {
    if (resolver.gate.test(plain)) { return resolver.read(plain); }
  }
  return { kind: 'str', text: plain };
}

/**
 * The Python value of a YAML node as paictl holds it, or undefined for a collection, an alias or
 * nothing. Quoted and block scalars are strings; plain ones are resolved as PyYAML does.
 */
export function pyValueOf(node: unknown): PyValue | undefined {
  if (!isScalar(node)) { return undefined; }
  const tag = node.tag;
  if (tag === undefined && node.type === Scalar.PLAIN) {
    return readPlain11(typeof node.source === 'string' ? node.source : '');
  }
  if (tag === undefined || tag === 'tag:yaml.org,2002:str' || tag === '!') {
    return { kind: 'str', text: String(node.value) };
  }
  return fromJs(node.value, typeof node.source === 'string' ? node.source : String(node.value));
}

/** For an explicitly tagged scalar (`!!int 12`): the value the tag built. */
function fromJs(value: unknown, source: string): PyValue {
  if (value === null || value === undefined) { return { kind: 'null' }; }
  if (typeof value === 'boolean') { return { kind: 'bool', value }; }
  if (typeof value === 'bigint') { return { kind: 'int', value }; }
  if (typeof value === 'number') {
    return Number.isInteger(value) && !/[.eE]|inf|nan/i.test(source) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', text: source };
  }
  return { kind: 'str', text: String(value) };
}

/** The same value as plain JavaScript (what the document's `value` holds): a timestamp stays its text. */
export function pyToJs(py: PyValue): unknown {
  switch (py.kind) {
    case 'str': return py.text;
    case 'int': return Number(py.value);
    case 'float': return floatValue(py.text);
    case 'bool': return py.value;
    case 'null': return null;
    case 'timestamp': return py.text;
    case 'invalid': return py.text;
  }
}

function floatValue(text: string): number {
  const s = text.replace(/_/g, '').toLowerCase();
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[-+]/, '');
  if (body === '.inf') { return sign * Infinity; }
  if (body === '.nan') { return NaN; }
  if (body.includes(':')) { return sign * body.split(':').reduce((acc, part) => acc * 60 + Number(part), 0); }
  return sign * Number(body);
}

/**
 * The text jinja writes for a Python value: `str()` in Python 2 (paictl's interpreter), e.g.
 * `True`, `None`, `83` for `0123`, `90` for `1:30`, `1000000000000.0` but `1e+16`.
 */
export function rendered(value: PyValue): string {
  switch (value.kind) {
    case 'str': return value.text;
    case 'int': return value.value.toString();
    case 'bool': return value.value ? 'True' : 'False';
    case 'null': return 'None';
    case 'float': return python2FloatStr(floatValue(value.text));
    case 'timestamp': return timestampStr(value.text);
    case 'invalid': return value.text;
  }
}

/** Python 2.7's `str(float)`: 12 significant digits (`%.12g`), with `.0` added to integral values. */
export function python2FloatStr(n: number): string {
  if (Number.isNaN(n)) { return 'nan'; }
  if (!Number.isFinite(n)) { return n < 0 ? '-inf' : 'inf'; }
  if (n === 0) { return Object.is(n, -0) ? '-0.0' : '0.0'; }
  const exponent = Math.floor(Math.log10(Math.abs(Number(n.toPrecision(12)))));
  if (exponent < -4 || exponent >= 12) {
    const [mantissa, exp] = n.toExponential(11).split('e');
    const m = mantissa.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const fixed = n.toFixed(Math.max(0, 11 - exponent));
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed.includes('.') ? trimmed : `${trimmed}.0`;
}

/** `str()` of the date PyYAML builds; a date and time is rendered as Python does for a naive datetime. */
function timestampStr(text: string): string {
  const m = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?)?/.exec(text);
  if (!m) { return text; }
  const two = (s: string) => s.padStart(2, '0');
  const date = `${m[1]}-${two(m[2])}-${two(m[3])}`;
  if (m[4] === undefined) { return date; }
  const fraction = (m[7] ?? '').slice(0, 6);
  const micro = fraction === '' || Number(fraction) === 0 ? '' : `.${fraction.padEnd(6, '0')}`;
  return `${date} ${two(m[4])}:${m[5]}:${m[6]}${micro}`;
}

/** Describes a value for messages: `the boolean false`, `the integer 83`, `the string 'x'`. */
export function describePy(py: PyValue): string {
  switch (py.kind) {
    case 'null': return 'null';
    case 'bool': return `the boolean ${py.value}`;
    case 'int': return `the integer ${py.value.toString()}`;
    case 'float': return `the number ${rendered(py)}`;
    case 'timestamp': return `a date (${rendered(py)})`;
    case 'invalid': return 'nothing (PyYAML cannot build it, the file does not load)';
    case 'str': return `the string '${py.text}'`;
  }
}

/** Python truthiness (what `{% if x %}` in jinja tests). */
export function pyTruthy(py: PyValue): boolean {
  switch (py.kind) {
    case 'str': return py.text !== '';
    case 'int': return py.value !== 0n;
    case 'float': return floatValue(py.text) !== 0;
    case 'bool': return py.value;
    case 'null': return false;
    default: return true;
  }
}

function plainTag(resolver: typeof RESOLVERS[number]): ScalarTag {
  return {
    tag: resolver.tag,
    default: true,
    test: resolver.gate,
    resolve(text: string, onError: (message: string) => void) {
      // yaml asks the tags in PyYAML's order, so this is the resolver readPlain11 would pick.
      const py = resolver.read(text);
      if (py.kind === 'invalid') { onError(`PyYAML cannot load this value: ${py.reason}, so paictl stops reading the file.`); }
      return pyToJs(py) as never;
    },
  };
}

/** An explicit `!!str x` (plain text that matches no resolver is a string without it). */
const explicitStr: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  identify: value => typeof value === 'string',
  resolve: (text: string) => text as never,
};

/** An explicit `!!bool x`: construct_yaml_bool looks the lower-cased text up. */
const explicitBool: ScalarTag = {
  tag: 'tag:yaml.org,2002:bool',
  resolve(text: string, onError: (message: string) => void) {
    if (!BOOL.test(text) && !/^(?:yes|no|true|false|on|off)$/i.test(text)) { onError(`PyYAML cannot read \`${text}\` as a boolean.`); }
    return BOOL_TRUE.test(text) as never;
  },
};

/**
 * The scalar tags of a parse that reads values as PyYAML: its implicit resolvers (null, bool, int,
 * float, timestamp, `=`) on plain scalars, plus the failsafe mapping, sequence and string. Merge
 * keys come from the parse's `merge: true`.
 */
export const PYYAML_TAGS: readonly (ScalarTag | 'map' | 'seq' | 'binary' | 'omap' | 'pairs' | 'set')[] = [
  'map', 'seq', explicitStr,
  ...RESOLVERS.map(plainTag),
  explicitBool,
  'binary', 'omap', 'pairs', 'set',
];
