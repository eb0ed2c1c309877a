/**
 * What happens to a value paictl writes UNQUOTED into a Kubernetes manifest template
 * (`value: {{ x }}`): jinja renders the Python value as text, paictl re-reads the manifest with
 * PyYAML's SafeLoader (YAML 1.1), dumps it again, and kubectl reads the dump with go-yaml v2
 * (also YAML 1.1, with `y`/`n` booleans and Go number syntax). The value survives only if it is a
 * string with the same characters at every step.
 */

/** The Python value paictl holds after reading the user's file (PyYAML, YAML 1.1). */
export type PyValue =
  | { kind: 'str'; text: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

/** What the manifest ends up holding for the rendered text, when that is not the same string. */
export interface Breakage {
  /** Completes "becomes …": `the integer 123456`, `the boolean true`, `null`, … */
  becomes: string;
  /** True when the manifest no longer parses (paictl fails while rendering the service). */
  breaksYaml: boolean;
}

const PY_BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const PY_BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const PY_NULL = /^(?:~|null|Null|NULL|)$/;
const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PY_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const GO_BOOL = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON|n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const GO_INT = /^[-+]?(?:0[bB][01]+|0[oO]?[0-7]+|0[xX][0-9a-fA-F]+|[1-9][0-9]*|0)$/;
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;

function pyInt(plain: string): bigint {
  const negative = plain.startsWith('-');
  let s = plain.replace(/^[-+]/, '').replace(/_/g, '');
  let n: bigint;
  if (s.includes(':')) {
    n = s.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
  } else if (s.startsWith('0b')) {
    n = BigInt(s);
  } else if (s.startsWith('0x')) {
    n = BigInt(s);
  } else if (s.length > 1 && s.startsWith('0')) {
    s = s.slice(1);
    n = BigInt(`0o${s}`);
  } else {
    n = BigInt(s);
  }
  return negative ? -n : n;
}

/** PyYAML's reading of a plain (unquoted) scalar. */
export function readPlain11(plain: string): PyValue {
  if (PY_NULL.test(plain)) { return { kind: 'null' }; }
  if (PY_BOOL_TRUE.test(plain)) { return { kind: 'bool', value: true }; }
  if (PY_BOOL_FALSE.test(plain)) { return { kind: 'bool', value: false }; }
  if (PY_INT.test(plain)) { return { kind: 'int', value: pyInt(plain) }; }
  if (PY_FLOAT.test(plain)) { return { kind: 'float', text: plain }; }
  return { kind: 'str', text: plain };
}

/** The text jinja writes for a Python value (`str()` in Python 2). */
export function rendered(value: PyValue): string {
  switch (value.kind) {
    case 'str': return value.text;
    case 'int': return value.value.toString();
    case 'bool': return value.value ? 'True' : 'False';
    case 'null': return 'None';
    case 'float': return pyFloatText(value.text);
  }
}

function pyFloatText(plain: string): string {
  const s = plain.replace(/_/g, '');
  if (/inf/i.test(s)) { return s.startsWith('-') ? '-inf' : 'inf'; }
  if (/nan/i.test(s)) { return 'nan'; }
  if (s.includes(':')) { return String(s.split(':').reduce((acc, part) => acc * 60 + Number(part), 0)); }
  const n = Number(s);
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

function describeRead(text: string, read: PyValue): string {
  switch (read.kind) {
    case 'null': return 'null';
    case 'bool': return `the boolean ${read.value}`;
    case 'int': return `the integer ${read.value.toString()}`;
    case 'float': return `the number ${pyFloatText(read.text)}`;
    case 'str': return `the string '${text}'`;
  }
}

/**
 * What the rendered text turns into once it sits unquoted after `value: ` in a block mapping, or
 * undefined when it stays the same string all the way to Kubernetes.
 */
export function unquotedBreakage(text: string): Breakage | undefined {
  if (/[\r\n]/.test(text)) { return { becomes: 'broken YAML (a line break inside the value)', breaksYaml: true }; }
  if (text !== text.trim()) {
    const trimmed = text.trim();
    return trimmed === ''
      ? { becomes: 'null (nothing but spaces)', breaksYaml: false }
      : { becomes: `the string '${trimmed}' (the spaces around it are dropped)`, breaksYaml: false };
  }
  if (text === '=' || text === '<<') { return { becomes: `broken YAML (PyYAML has no constructor for a plain \`${text}\`)`, breaksYaml: true }; }
  const first = text[0];
  if (first === '#') { return { becomes: 'null (the rest of the line is a comment)', breaksYaml: false }; }
  if (first === '*') { return { becomes: 'broken YAML (a leading `*` is an alias)', breaksYaml: true }; }
  if (first === '&') { return { becomes: 'something else (a leading `&` is an anchor)', breaksYaml: true }; }
  if (first === '!') { return { becomes: 'something else (a leading `!` is a tag)', breaksYaml: true }; }
  if (first === '%' || first === '@' || first === '`') { return { becomes: `broken YAML (\`${first}\` cannot start a plain value)`, breaksYaml: true }; }
  if (first === '[' || first === '{') { return { becomes: `broken YAML or a collection (\`${first}\` starts a flow ${first === '[' ? 'sequence' : 'mapping'})`, breaksYaml: true }; }
  if (first === '\'' || first === '"') { return { becomes: 'a different string or broken YAML (a leading quote starts a quoted value)', breaksYaml: true }; }
  if (first === '|' || first === '>') { return { becomes: `broken YAML (\`${first}\` starts a block scalar)`, breaksYaml: true }; }
  if (first === ',' || /^[-?:](?:\s|$)/.test(text)) { return { becomes: `broken YAML (\`${first}\` is an indicator here)`, breaksYaml: true }; }
  if (/:\s/.test(text) || text.endsWith(':')) { return { becomes: 'broken YAML (`: ` or a trailing `:` starts a mapping)', breaksYaml: true }; }
  if (/\s#/.test(text)) { return { becomes: `the string '${text.slice(0, text.search(/\s#/))}' (from \` #\` on it is a comment)`, breaksYaml: false }; }
  const read = readPlain11(text);
  if (read.kind !== 'str') { return { becomes: describeRead(text, read), breaksYaml: false }; }
  // PyYAML keeps it a string and dumps it plain; kubectl's go-yaml must agree.
  if (GO_BOOL.test(text)) { return { becomes: `the boolean ${/^[yY]/.test(text)} when kubectl reads the manifest`, breaksYaml: false }; }
  const goPlain = text.replace(/_/g, '');
  if (GO_INT.test(goPlain)) { return { becomes: 'an integer when kubectl reads the manifest', breaksYaml: false }; }
  if (GO_FLOAT.test(goPlain)) { return { becomes: 'a number when kubectl reads the manifest', breaksYaml: false }; }
  return undefined;
}
