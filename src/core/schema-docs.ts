import schemaJson from '../../schemas/services-configuration.schema.json';
import type { YamlPath } from './document';
import { isPlainSafe, quoteString } from './fix';
import { compareVersions, isPaiVersion, type PaiVersion } from './version';

/**
 * Pure lookups into schemas/services-configuration.schema.json for completion, hover and the schema
 * rule's messages. A path is a YAML path as the document has it (`['webportal', 'plugins', 0, 'uri']`);
 * any number stands for "an item of this list". The index is built once, on first use.
 */

/** The schema keywords this project reads (JSON Schema draft-07 plus editor and `x-` annotations). */
export interface SchemaNode {
  title?: string;
  markdownDescription?: string;
  type?: string | string[];
  default?: unknown;
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  anyOf?: SchemaNode[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  deprecationMessage?: string;
  defaultSnippets?: RawSnippet[];
  /** OpenPAI versions the key is read by: `>=1.6`, `<=1.5`, `>=1.4`. */
  'x-versions'?: string;
  /** What paictl really does with the value. */
  'x-paictl'?: string;
  /** The expected value, as a phrase for messages: "a port number from 1 to 65535". */
  'x-expect'?: string;
  /** What goes wrong with a bad value, as a clause for messages. */
  'x-invalid'?: string;
  /** paictl computes this key and overwrites whatever the file says. */
  'x-computed'?: boolean;
  /** Severity of the schema problems this node raises, when not the default. */
  'x-severity'?: 'warning';
  /** How paictl renders the value into its templates (`unquoted`: quoting in this file does not survive). */
  'x-rendered'?: 'unquoted';
  /** Why the keys in `required` are needed, as a clause for messages. */
  'x-missing'?: string;
}

interface RawSnippet { label: string; markdownDescription?: string; description?: string; body: unknown; 'x-versions'?: string }

export interface SchemaSnippet {
  label: string;
  /** Markdown. */
  description: string;
  /** The snippet as a value (strings may hold `${1:...}` tab stops). */
  body: unknown;
  /** The body as block YAML lines (two-space indent, relative to where it is inserted), with tab stops. */
  lines: string[];
  /** The OpenPAI versions it is for (`x-versions`, e.g. `<=1.5`); absent: every version. */
  versions?: string;
}

export interface SchemaInfo {
  /** The key (or `*` for a list item); '' for the document root. */
  key: string;
  /** The schema path: YAML path with list indexes as `*`. */
  path: readonly string[];
  title?: string;
  markdownDescription?: string;
  /** JSON types accepted (union of `anyOf` branches): e.g. ['integer', 'string']. */
  types: readonly string[];
  hasDefault: boolean;
  default?: unknown;
  enum?: readonly unknown[];
  enumDescriptions?: readonly string[];
  examples?: readonly unknown[];
  /** `>=1.6` etc., when the key is read only by some versions. */
  versions?: string;
  /** What paictl does with it. */
  paictl?: string;
  /** The expected value as a phrase ("a port number from 1 to 65535"). */
  expect?: string;
  /** Listed in the parent's `required`. */
  required: boolean;
  /** Set for keys that have no effect (computed and overwritten by paictl). */
  deprecated?: string;
  /** paictl computes the key and overwrites the file's value. */
  computed: boolean;
  /** Unknown child keys are reported (additionalProperties: false). */
  closed: boolean;
}

const ROOT = schemaJson as unknown as SchemaNode & { definitions?: Record<string, SchemaNode> };

interface Entry { node: SchemaNode; info: SchemaInfo; children: string[] }

let index: Map<string, Entry> | undefined;

function keyOf(path: readonly string[]): string { return path.join('\u0000'); }

function normalize(path: YamlPath): string[] {
  return path.map(s => (typeof s === 'number' ? '*' : s));
}

/** Follows a local `$ref` (`#/definitions/x`). */
export function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref?.startsWith('#/definitions/')) { return node; }
  return ROOT.definitions?.[node.$ref.slice('#/definitions/'.length)] ?? node;
}

function typesOf(node: SchemaNode): string[] {
  const own = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const branches = (node.anyOf ?? []).flatMap(b => typesOf(deref(b)));
  return [...new Set([...own, ...branches])];
}

function infoOf(node: SchemaNode, path: string[], required: boolean): SchemaInfo {
  const info: SchemaInfo = {
    key: path.length === 0 ? '' : path[path.length - 1],
    path,
    types: typesOf(node),
    hasDefault: Object.prototype.hasOwnProperty.call(node, 'default'),
    required,
    computed: node['x-computed'] === true,
    closed: node.additionalProperties === false,
  };
  if (node.title !== undefined) { info.title = node.title; }
  if (node.markdownDescription !== undefined) { info.markdownDescription = node.markdownDescription; }
  if (info.hasDefault) { info.default = node.default; }
  if (node.enum) { info.enum = node.enum; }
  if (node.markdownEnumDescriptions) { info.enumDescriptions = node.markdownEnumDescriptions; }
  if (node.examples) { info.examples = node.examples; }
  if (node['x-versions']) { info.versions = node['x-versions']; }
  if (node['x-paictl']) { info.paictl = node['x-paictl']; }
  if (node['x-expect']) { info.expect = node['x-expect']; }
  if (node.deprecationMessage) { info.deprecated = node.deprecationMessage; }
  return info;
}

function build(): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (node: SchemaNode, path: string[], required: boolean): void => {
    const entry: Entry = { node, info: infoOf(node, path, required), children: [] };
    out.set(keyOf(path), entry);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      entry.children.push(name);
      walk(child, [...path, name], (node.required ?? []).includes(name));
    }
    if (node.items) { walk(node.items, [...path, '*'], false); }
  };
  walk(ROOT, [], true);
  return out;
}

function entryAt(path: YamlPath): Entry | undefined {
  index ??= build();
  return index.get(keyOf(normalize(path)));
}

/** The raw schema node at a YAML path (undefined where the schema says nothing). */
export function schemaNodeAt(path: YamlPath): SchemaNode | undefined { return entryAt(path)?.node; }

const childNames = new Map<string, ReadonlySet<string>>();

/** The names the schema gives the keys directly under `path` (computed ones too), built once per path. */
export function schemaChildNamesAt(path: YamlPath): ReadonlySet<string> {
  const key = keyOf(normalize(path));
  let names = childNames.get(key);
  if (!names) { names = new Set(entryAt(path)?.children ?? []); childNames.set(key, names); }
  return names;
}

/** Title, docs, type, default, enum, versions, required... of the key at `path`. */
export function schemaInfoAt(path: YamlPath): SchemaInfo | undefined { return entryAt(path)?.info; }

/** The keys the schema knows under `path`, in schema order (for key completion). Computed keys come last. */
export function childKeysAt(path: YamlPath): SchemaInfo[] {
  const entry = entryAt(path);
  if (!entry) { return []; }
  const base = normalize(path);
  const infos = entry.children.map(name => index!.get(keyOf([...base, name]))!.info);
  return [...infos.filter(i => !i.computed), ...infos.filter(i => i.computed)];
}

/** Whether unknown keys directly under `path` are reported (the marketplace sections, `azure_storage`, plugin entries). */
export function isClosedAt(path: YamlPath): boolean { return entryAt(path)?.info.closed ?? false; }

/** The schema's `defaultSnippets` for the value at `path` (`[]` is the whole file: full sections). */
export function snippetsAt(path: YamlPath): SchemaSnippet[] {
  const raw = entryAt(path)?.node.defaultSnippets ?? [];
  return raw.map(s => ({
    label: s.label, description: s.markdownDescription ?? s.description ?? '', body: s.body, lines: yamlLines(s.body),
    ...(s['x-versions'] ? { versions: s['x-versions'] } : {}),
  }));
}

/** Every schema path (list items as `*`), for tests and tooling. */
export function allSchemaPaths(): string[][] {
  index ??= build();
  return [...index.values()].map(e => [...e.info.path]);
}

/** Whether a `x-versions` range (`>=1.6`, `<=1.5`, `>=1.4 <=1.7`) includes `version`; no range means every version. */
export function versionApplies(range: string | undefined, version: PaiVersion): boolean {
  if (!range) { return true; }
  return range.trim().split(/\s+/).every(part => {
    const m = /^(>=|<=|>|<|=)?v?(\d+\.\d+)$/.exec(part);
    if (!m || !isPaiVersion(m[2])) { return true; }
    const c = compareVersions(version, m[2]);
    switch (m[1]) {
      case '>=': return c >= 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      case '<': return c < 0;
      default: return c === 0;
    }
  });
}

/** `>=1.6` -> "v1.6 and later", `<=1.5` -> "v1.5 and earlier". */
export function describeVersions(range: string): string {
  return range.trim().split(/\s+/).map(part => {
    const m = /^(>=|<=|>|<|=)?v?(\d+\.\d+)$/.exec(part);
    if (!m) { return part; }
    if (m[1] === '>=') { return `v${m[2]} and later`; }
    if (m[1] === '<=') { return `v${m[2]} and earlier`; }
    return `${m[1] ?? ''}v${m[2]}`;
  }).join(', ');
}

function scalarYaml(v: unknown): string {
  if (typeof v === 'string') { return isPlainSafe(v) ? v : quoteString(v, 'single'); }
  if (v === null) { return 'null'; }
  return String(v);
}

/** Renders a snippet body as block YAML lines. */
export function yamlLines(value: unknown, indent = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) { return [`${indent}[]`]; }
    return value.flatMap(item => {
      if (item !== null && typeof item === 'object') {
        const inner = yamlLines(item, `${indent}  `);
        return [`${indent}- ${inner[0].trimStart()}`, ...inner.slice(1)];
      }
      return [`${indent}- ${scalarYaml(item)}`];
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
      const key = scalarYaml(k);
      if (Array.isArray(v) && v.length > 0) { return [`${indent}${key}:`, ...yamlLines(v, `${indent}  `)]; }
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
        return [`${indent}${key}:`, ...yamlLines(v, `${indent}  `)];
      }
      if (Array.isArray(v)) { return [`${indent}${key}: []`]; }
      if (v !== null && typeof v === 'object') { return [`${indent}${key}: {}`]; }
      return [`${indent}${key}: ${scalarYaml(v)}`];
    });
  }
  return [`${indent}${scalarYaml(value)}`];
}
