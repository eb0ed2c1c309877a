import { isScalar } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import type { Fix, Severity, TextEdit } from './finding';
import { edit, fix, isPlainSafe, preferredQuote, quoteString, scalarText, setKey } from './fix';
import { keyPath } from './paths';
import type { RuleFinding } from './rule';
import { childKeysAt, describeVersions, schemaNodeAt, type SchemaNode } from './schema-docs';
import {
  keyRangeAt, missingKeyRange, nonStringSource, renameKeyEdit, shownValue, valueRangeAt,
} from './schema-placement';
import { bestSuggestion, suggestKeys } from './schema-suggest';
import type { PaiVersion } from './version';

/** Turns one schema problem into a finding with plain words, placed where a person looks. */

const IGNORED = 'paictl silently ignores keys it does not know, so this setting has no effect';

function code(s: string): string { return `\`${s}\``; }

/** The expected value as a phrase, from the schema's `x-expect` or its keywords. */
export function expectation(node: SchemaNode | undefined): string {
  if (node?.['x-expect']) { return node['x-expect']; }
  if (node?.enum) { return `one of ${node.enum.map(v => code(String(v))).join(', ')}`; }
  const type = Array.isArray(node?.type) ? node?.type.join(' or ') : node?.type;
  return type ? `a ${type === 'object' ? 'mapping' : type === 'array' ? 'list' : type}` : 'a valid value';
}

function severityOf(node: SchemaNode | undefined, fallback: Severity): Severity {
  return node?.['x-severity'] ?? fallback;
}

function replaceValue(doc: ParsedDocument, path: YamlPath, text: string): TextEdit | undefined {
  const written = doc.locate(path)?.written;
  const offsets = written && isScalar(written) ? doc.nodeOffsets(written) : undefined;
  return offsets ? edit(doc, offsets[0], offsets[1], text) : undefined;
}

export function valueFinding(doc: ParsedDocument, path: YamlPath): RuleFinding {
  const node = schemaNodeAt(path);
  const where = keyPath(path);
  const why = node?.['x-invalid'];
  const subject = path.length === 0 ? 'The file' : code(where);
  const message = `${subject} must be ${expectation(node)}, not ${shownValue(doc, path)}.`;
  return { range: valueRangeAt(doc, path), message, ...(why ? { detail: `${why}.` } : {}), severity: severityOf(node, 'error'), fixes: valueFixes(doc, path, node), data: { kind: 'value', path: where } };
}

function valueFixes(doc: ParsedDocument, path: YamlPath, node: SchemaNode | undefined): Fix[] {
  if (!node) { return []; }
  const current = doc.locate(path)?.node;
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (node.enum?.length === 1 && isScalar(current)) {
    const text = scalarText(doc, node.enum[0] as string, current);
    const e = replaceValue(doc, path, text);
    return e ? [fix(`Use ${text}`, [e], true)] : [];
  }
  if (types.length === 1 && types[0] === 'string' && node['x-rendered'] !== 'unquoted') {
    const source = nonStringSource(doc, path);
    const e = source === undefined ? undefined : replaceValue(doc, path, scalarText(doc, source));
    return e ? [fix(`Quote the value: ${e.newText}`, [e], true)] : [];
  }
  if (types.length === 1 && types[0] === 'boolean' && isScalar(current) && typeof current.value === 'string') {
    const lower = current.value.trim().toLowerCase();
    const e = lower === 'true' || lower === 'false' ? replaceValue(doc, path, lower) : undefined;
    return e ? [fix(`Write the boolean ${lower} (unquoted)`, [e], true)] : [];
  }
  return [];
}

function defaultText(doc: ParsedDocument, value: unknown): string | undefined {
  if (Array.isArray(value)) { return value.length === 0 ? '[]' : undefined; }
  if (typeof value === 'string') { return isPlainSafe(value) ? value : quoteString(value, preferredQuote(doc)); }
  if (typeof value === 'number' || typeof value === 'boolean') { return String(value); }
  return undefined;
}

export function missingFinding(doc: ParsedDocument, parent: YamlPath, key: string): RuleFinding {
  const parentNode = schemaNodeAt(parent);
  const child = schemaNodeAt([...parent, key]);
  const where = parent.length === 0 ? 'The file' : code(keyPath(parent));
  const why = parentNode?.['x-missing'] ?? parentNode?.['x-invalid'];
  const hasDefault = child !== undefined && Object.prototype.hasOwnProperty.call(child, 'default');
  const text = hasDefault ? defaultText(doc, child.default) : undefined;
  const fixes = text === undefined ? [] : [fix(`Add ${key}: ${text}`, [setKey(doc, [...parent, key], text)], true)];
  return {
    range: missingKeyRange(doc, parent),
    message: `${where} has no ${code(key)}, which is required here${text === undefined ? '.' : `: add ${code(`${key}: ${text}`)}.`}`,
    ...(why ? { detail: `${why}.` } : {}),
    severity: severityOf(parentNode, 'error'),
    fixes,
    data: { kind: 'missing', path: keyPath([...parent, key]) },
  };
}

/** An unknown key in a closed mapping, or a near miss of a known key elsewhere. */
/** The keys of each mapping, built once per mapping (a section may hold thousands of unknown keys). */
const presentKeys = new WeakMap<object, Set<string>>();

function keysOf(value: Record<string, unknown>): Set<string> {
  let keys = presentKeys.get(value);
  if (!keys) { keys = new Set(Object.keys(value)); presentKeys.set(value, keys); }
  return keys;
}

/**
 * A key longer than this is cut short in `data.path` too: PyYAML reads no implicit key that long, and a pasted
 * megabyte would be copied into every finding's data (and searched again for secrets).
 */
const MAX_PATH_KEY = 1000;

/** A key as a message shows it: a pasted blob is cut short. */
function shownKey(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}

export function unknownFinding(doc: ParsedDocument, parent: YamlPath, key: string, candidates?: readonly string[]): RuleFinding {
  const present = keysOf(asRecord(doc.valueAt(parent)));
  const known = candidates ?? childKeysAt(parent).filter(i => !i.computed).map(i => i.key);
  const free = known.filter(k => !present.has(k));
  const suggestions = suggestKeys(key, free);
  const best = bestSuggestion(key, free) ?? (suggestions.length === 0 ? prefixOf(key, free) : undefined);
  const named = best ? [best, ...suggestions.filter(s => s !== best)] : suggestions;
  const fixes: Fix[] = [];
  for (const name of named) {
    const e = renameKeyEdit(doc, [...parent, key], name);
    if (e) { fixes.push(fix(`Rename to ${name}`, [e], name === best)); }
  }
  const container = parent.length === 0 ? 'the file' : code(keyPath(parent));
  const hint = named.length === 0 && known.length > 0 ? ` Known keys: ${known.slice(0, 12).map(code).join(', ')}.` : '';
  return {
    range: keyRangeAt(doc, [...parent, key]),
    message: `${code(shownKey(key))} is not a key paictl reads in ${container}${named.length > 0 ? `: did you mean ${named.map(code).join(' or ')}?` : '.'}`,
    detail: `${IGNORED}.${hint}`,
    severity: 'warning',
    fixes,
    data: { kind: 'unknown', path: keyPath([...parent, key.length > MAX_PATH_KEY ? `${key.slice(0, MAX_PATH_KEY - 3)}...` : key]), suggestions: named },
  };
}

/** The seed document's `market` for `marketplace`: a long enough prefix of exactly one known key. */
function prefixOf(key: string, known: readonly string[]): string | undefined {
  if (key.length < 6) { return undefined; }
  const hits = known.filter(k => k.startsWith(key) && k !== key);
  return hits.length === 1 ? hits[0] : undefined;
}

export function computedFinding(doc: ParsedDocument, path: YamlPath): RuleFinding {
  const node = schemaNodeAt(path);
  const where = keyPath(path);
  return {
    range: keyRangeAt(doc, path),
    message: `${code(where)} has no effect: remove it.`,
    detail: `${node?.['x-invalid'] ?? 'paictl computes it and overwrites your value'}.`,
    severity: 'warning',
    data: { kind: 'computed', path: where },
  };
}

export function versionFinding(doc: ParsedDocument, path: YamlPath, versions: string, version: PaiVersion): RuleFinding {
  const where = keyPath(path);
  return {
    range: keyRangeAt(doc, path),
    message: `${code(where)} is read only by OpenPAI ${describeVersions(versions)}, so on v${version} it has no effect.`,
    severity: 'warning',
    data: { kind: 'version', path: where, versions },
  };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {};
}
