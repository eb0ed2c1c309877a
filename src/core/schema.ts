import type { ErrorObject } from 'ajv';
import type { ParsedDocument, PathSegment, YamlPath } from './document';
import type { RuleFinding } from './rule';
import { allSchemaPaths, schemaChildNamesAt, schemaNodeAt, versionApplies } from './schema-docs';
import { computedFinding, missingFinding, unknownFinding, valueFinding, versionFinding } from './schema-messages';
import { pointerToPath } from './schema-placement';
import { CLUSTER_SECTION, MARKETPLACE_SECTIONS, PYLON_SECTION, REST_SERVER_SECTION, SWITCH_PATH, WEBPORTAL_SECTION } from './sections';
import { suggestKeys } from './schema-suggest';
import type { PaiVersion } from './version';
import validate from './generated/validate-schema';

/**
 * Runs the precompiled schema validator (scripts/generate-schema-validator.mjs) on the parsed value
 * (merge keys applied) and turns ajv's errors into findings on the key or value a person looks at.
 */

export type SchemaProblemKind = 'missing' | 'unknown' | 'value' | 'computed' | 'version';

interface Problem {
  kind: SchemaProblemKind;
  path: PathSegment[];
  keywords: Set<string>;
}

type Pattern = readonly (string | readonly string[])[];

/** A problem another rule reports better (with its own message and fix): the schema rule stays quiet there. */
export interface OwnedElsewhere {
  kind: SchemaProblemKind;
  /** Path pattern: `*` matches any key or list index, an array any of its keys. */
  path: Pattern;
  /** Only when one of these ajv keywords fired (any keyword when absent). */
  keywords?: readonly string[];
  /** Only for values like this (any value when absent). */
  when?: (value: unknown) => boolean;
  owner: string;
}

const isNull = (v: unknown): boolean => v === null;
const isString = (v: unknown): boolean => typeof v === 'string';

/** Keep this list small: each entry is a problem whose owner says more than "wrong type". */
export const OWNED_ELSEWHERE: readonly OwnedElsewhere[] = [
  { kind: 'value', path: [...SWITCH_PATH], keywords: ['type'], owner: 'switch-not-string' },
  { kind: 'value', path: ['cluster', 'common', 'cluster-type'], owner: 'cluster-type' },
  { kind: 'value', path: ['webportal', ['marketplace', 'save-template']], keywords: ['type'], when: isString, owner: 'webportal-flag' },
  { kind: 'value', path: [[...MARKETPLACE_SECTIONS]], when: isNull, owner: 'null-section' },
  { kind: 'value', path: ['webportal', 'plugins'], when: isNull, owner: 'plugin-entry' },
  { kind: 'value', path: ['webportal', 'plugins', '*'], keywords: ['type'], owner: 'plugin-entry' },
  { kind: 'missing', path: ['webportal', 'plugins', '*', ['id', 'title', 'uri']], owner: 'plugin-entry' },
  { kind: 'value', path: ['webportal', 'plugins', '*', ['id', 'title', 'uri']], keywords: ['type'], owner: 'plugin-entry' },
  { kind: 'value', path: ['marketplace-restserver', 'azure_storage'], when: isNull, owner: 'azure-storage' },
  { kind: 'missing', path: ['marketplace-restserver', 'azure_storage', ['type', 'storage_account', 'connection_strings']], owner: 'azure-storage' },
  { kind: 'value', path: ['marketplace-restserver', 'azure_storage', 'type'], owner: 'azure-storage' },
  { kind: 'computed', path: ['marketplace-restserver', 'azure_storage_json'], owner: 'azure-storage' },
  { kind: 'unknown', path: ['marketplace-restserver', 'azure_storage', 'azure_storage_json'], owner: 'azure-storage' },
  { kind: 'missing', path: ['rest-server'], owner: 'legacy-format' },
  // Keys paictl overwrites or does not read: ignored-key reports them with a fix that removes them.
  { kind: 'computed', path: [[...MARKETPLACE_SECTIONS], ['host', 'connection-str', 'uri']], owner: 'ignored-key' },
  { kind: 'version', path: ['marketplace-restserver', 'idp_url'], owner: 'ignored-key' },
  { kind: 'version', path: ['pylon', 'ssl', 'port'], owner: 'pylon-ssl' },
  { kind: 'value', path: ['marketplace-db', 'data-path'], keywords: ['pattern'], owner: 'data-path' },
  // Values paictl renders unquoted into a manifest: unsafe-value says what each one turns into.
  { kind: 'value', path: ['marketplace-db', ['user', 'passwd', 'db']], when: v => !isNull(v), owner: 'unsafe-value' },
  { kind: 'value', path: ['marketplace-restserver', ['db_user', 'db_password', 'db', 'db_host', 'idp_url']], when: v => !isNull(v), owner: 'unsafe-value' },
  { kind: 'value', path: ['marketplace-webportal', 'marketplace_api_uri'], when: v => !isNull(v), owner: 'unsafe-value' },
];

/** Near misses of these keys are reported even where unknown keys are otherwise allowed. */
const WATCHED_KEYS: readonly { parent: YamlPath; keys: readonly string[] }[] = [
  { parent: [], keys: [...MARKETPLACE_SECTIONS, REST_SERVER_SECTION, WEBPORTAL_SECTION, PYLON_SECTION, CLUSTER_SECTION] },
  { parent: ['cluster'], keys: ['common', 'docker-registry'] },
  { parent: ['cluster', 'common'], keys: ['marketplace', 'cluster-id', 'cluster-type'] },
  { parent: ['webportal'], keys: ['plugins', 'marketplace', 'save-template'] },
  { parent: ['pylon'], keys: ['ssl', 'domain'] },
];

const CONTAINER_KEYWORDS = new Set(['anyOf', 'oneOf']);

function matches(pattern: Pattern, path: YamlPath): boolean {
  return pattern.length === path.length && pattern.every((p, i) => (p === '*' ? true : typeof p === 'string' ? p === path[i] : p.includes(String(path[i]))));
}

function ownedElsewhere(problem: Problem, value: unknown): boolean {
  return OWNED_ELSEWHERE.some(o => o.kind === problem.kind && matches(o.path, problem.path)
    && (!o.keywords || o.keywords.some(k => problem.keywords.has(k)))
    && (!o.when || o.when(value)));
}

function toProblem(e: ErrorObject, value: unknown): Problem {
  const path = pointerToPath(e.instancePath, value);
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') { return { kind: 'missing', path: [...path, String(params.missingProperty)], keywords: new Set([e.keyword]) }; }
  if (e.keyword === 'additionalProperties') { return { kind: 'unknown', path: [...path, String(params.additionalProperty)], keywords: new Set([e.keyword]) }; }
  if (e.keyword === 'not' && schemaNodeAt(path)?.['x-computed']) { return { kind: 'computed', path, keywords: new Set([e.keyword]) }; }
  return { kind: 'value', path, keywords: new Set([e.keyword]) };
}

function isStrictlyUnder(path: YamlPath, ancestor: YamlPath): boolean {
  return path.length > ancestor.length && ancestor.every((s, i) => s === path[i]);
}

/** ajv's errors as problems: one per kind and path, anyOf/oneOf branch noise folded into the value problem. */
function schemaProblems(value: unknown): Problem[] {
  validate(value);
  const errors = validate.errors ?? [];
  const byKey = new Map<string, Problem>();
  for (const e of errors) {
    const p = toProblem(e, value);
    // One error needs no identity (a pasted 1 MB key would be written out whole to make it).
    const key = errors.length === 1 ? '' : `${p.kind}\u0000${JSON.stringify(p.path)}`;
    const seen = byKey.get(key);
    if (seen) { p.keywords.forEach(k => seen.keywords.add(k)); } else { byKey.set(key, p); }
  }
  const problems = [...byKey.values()];
  const alternatives = problems.filter(p => p.kind === 'value' && [...p.keywords].some(k => CONTAINER_KEYWORDS.has(k)));
  return problems.filter(p => !alternatives.some(a => isStrictlyUnder(p.path, a.path)));
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let v = value;
  for (const s of path) {
    if (v === null || typeof v !== 'object') { return undefined; }
    v = (v as Record<string, unknown>)[String(s)];
  }
  return v;
}

function hasKey(value: unknown, path: YamlPath): boolean {
  const parent = valueAt(value, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && Object.prototype.hasOwnProperty.call(parent, String(path[path.length - 1]));
}

/** Per version, the schema's keys that version does not read (computed once, not on every check). */
const notReadBy = new Map<PaiVersion, string[][]>();

function keysNotReadBy(version: PaiVersion): string[][] {
  let paths = notReadBy.get(version);
  if (!paths) {
    paths = allSchemaPaths().filter(p => !p.includes('*') && p.length > 0 && !versionApplies(schemaNodeAt(p)?.['x-versions'], version));
    notReadBy.set(version, paths);
  }
  return paths;
}

/** Keys present in the file that the configured OpenPAI version does not read. */
function versionProblems(value: unknown, version: PaiVersion): Problem[] {
  return keysNotReadBy(version)
    .filter(schemaPath => hasKey(value, schemaPath))
    .map(schemaPath => ({ kind: 'version' as const, path: [...schemaPath], keywords: new Set(['x-versions']) }));
}

/** The old format's name of `rest-server`: its conversion renames it (forward_compatibility.py:63), so it is read there. */
const LEGACY_REST_SERVER = 'restserver';

/** What forward_compatibility.py:39 converts: no top-level `rest-server`, or a `hadoop` section. */
function isLegacyFormat(value: unknown): boolean {
  return !hasKey(value, ['rest-server']) || hasKey(value, ['hadoop']);
}

/** Misspellings of the keys that matter, in mappings where unknown keys are otherwise allowed. */
function nearMisses(doc: ParsedDocument, value: unknown): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { parent, keys } of WATCHED_KEYS) {
    const map = valueAt(value, parent);
    if (map === null || typeof map !== 'object' || Array.isArray(map)) { continue; }
    const present = Object.keys(map);
    const missing = keys.filter(k => !present.includes(k));
    const known = schemaChildNamesAt(parent);
    for (const key of present) {
      if (keys.includes(key) || known.has(key)) { continue; }
      if (parent.length === 0 && key === LEGACY_REST_SERVER && isLegacyFormat(value)) { continue; }
      const prefixHit = key.length >= 6 && missing.filter(k => k.startsWith(key)).length === 1;
      if (suggestKeys(key, missing).length > 0 || prefixHit) { out.push(unknownFinding(doc, parent, key, missing)); }
    }
  }
  return out;
}

/** The schema's findings for a parsed document, without those another rule owns, deduplicated by range and message. */
export function schemaFindings(doc: ParsedDocument, version: PaiVersion): RuleFinding[] {
  const value = doc.value;
  if (value === undefined || value === null) { return []; }
  const ignored = versionProblems(value, version);
  const ignoredPaths = new Set(ignored.map(p => JSON.stringify(p.path)));
  // A key this version ignores needs no value check: the version finding says all there is to say.
  const problems = [...schemaProblems(value).filter(p => ignoredPaths.size === 0 || !ignoredPaths.has(JSON.stringify(p.path))), ...ignored]
    .filter(p => !ownedElsewhere(p, valueAt(value, p.path)));
  const findings = problems.map((p): RuleFinding => {
    switch (p.kind) {
      case 'missing': return missingFinding(doc, p.path.slice(0, -1), String(p.path[p.path.length - 1]));
      case 'unknown': return unknownFinding(doc, p.path.slice(0, -1), String(p.path[p.path.length - 1]));
      case 'computed': return computedFinding(doc, p.path);
      case 'version': return versionFinding(doc, p.path, schemaNodeAt(p.path)?.['x-versions'] ?? '', version);
      default: return valueFinding(doc, p.path);
    }
  });
  findings.push(...nearMisses(doc, value));
  // On a broken parse (e.g. a duplicate key) a path may name two places: offer no edits there.
  const broken = doc.problems.some(p => p.severity === 'error');
  const seen = new Set<string>();
  return findings.map(f => (broken ? { ...f, fixes: [] } : f)).filter(f => {
    const key = `${JSON.stringify(f.range)}\u0000${f.message}`;
    if (seen.has(key)) { return false; }
    seen.add(key);
    return true;
  });
}
