/**
 * What happens to a value paictl writes UNQUOTED into a Kubernetes manifest template
 * (`value: {{ x }}`): jinja renders the Python value as text, paictl re-reads the manifest with
 * PyYAML's SafeLoader (YAML 1.1), dumps it again, and kubectl reads the dump with go-yaml v2
 * (also YAML 1.1, with `y`/`n` booleans and Go number syntax). The value survives only if it is a
 * string with the same characters at every step.
 */
import { describePy, readPlain11 } from './pyyaml';

export { readPlain11, rendered, type PyValue } from './pyyaml';

/** What the manifest ends up holding for the rendered text, when that is not the same string. */
export interface Breakage {
  /** Completes "becomes …": `the integer 123456`, `the boolean true`, `null`, … */
  becomes: string;
  /** True when the manifest no longer parses (paictl fails while rendering the service). */
  breaksYaml: boolean;
}

const GO_BOOL = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON|n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const GO_INT = /^[-+]?(?:0[bB][01]+|0[oO]?[0-7]+|0[xX][0-9a-fA-F]+|[1-9][0-9]*|0)$/;
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;

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
  if (read.kind === 'invalid') { return { becomes: `broken YAML (${read.reason})`, breaksYaml: true }; }
  // A date PyYAML dumps back as the same text; a date and time it rewrites in ISO form.
  if (read.kind === 'timestamp' && /^\d{4}-\d\d-\d\d$/.test(text)) { return undefined; }
  if (read.kind !== 'str') { return { becomes: describePy(read), breaksYaml: false }; }
  // PyYAML keeps it a string and dumps it plain; kubectl's go-yaml must agree.
  if (GO_BOOL.test(text)) { return { becomes: `the boolean ${/^[yY]/.test(text)} when kubectl reads the manifest`, breaksYaml: false }; }
  const goPlain = text.replace(/_/g, '');
  if (GO_INT.test(goPlain)) { return { becomes: 'an integer when kubectl reads the manifest', breaksYaml: false }; }
  if (GO_FLOAT.test(goPlain)) { return { becomes: 'a number when kubectl reads the manifest', breaksYaml: false }; }
  return undefined;
}
