import type { ParsedDocument } from '../document';
import { readLayout } from '../layout';
import { keyPath } from '../paths';
import { isRecord } from '../model';
import type { Siblings } from '../siblings';
import type { PaiVersion } from '../version';
import { pyValueAt } from './py-value';
import { tagOf, type EffectiveEntry } from './types';

/** A value written in services-configuration.yaml, with the line of its key. */
export function fileEntry(doc: ParsedDocument, path: readonly string[], note?: string): EffectiveEntry {
  const line = doc.keyRange(path).start.line + 1;
  const from = keyPath(path);
  return { value: pyValueAt(doc, path) ?? null, origin: { kind: 'file', line, from: note ? `${from} (${note})` : from } };
}

/** The default file of a service at the tag of this version band. */
export function defaultsFile(service: string, version: PaiVersion): string {
  return `src/${service}/config/${service}.yaml at ${tagOf(version)}`;
}

export function defaultEntry(value: unknown, service: string, version: PaiVersion): EffectiveEntry {
  return { value, origin: { kind: 'default', from: defaultsFile(service, version) } };
}

/** Whether the user's section is a mapping paictl can merge (a null section crashes its parser). */
export function sectionOf(doc: ParsedDocument, service: string): Record<string, unknown> | undefined {
  const v = doc.valueAt([service]);
  return isRecord(v) ? v : undefined;
}

/** `key in dict(defaults, **user_section)`: the user's key, present even when null. */
export function written(doc: ParsedDocument, service: string, key: string): boolean {
  return sectionOf(doc, service) !== undefined && doc.has([service, key]);
}

/**
 * The shallowly merged value of one key, `dict(defaults, **user_section)`: the user's key wins whole
 * (a nested mapping replaces the default one, it is not merged into it); else the default, if any.
 */
export function merged(doc: ParsedDocument, service: string, key: string, version: PaiVersion, defaults: Record<string, unknown>): EffectiveEntry | undefined {
  if (written(doc, service, key)) {
    const isNested = isRecord(defaults[key]);
    return fileEntry(doc, [service, key], isNested ? 'replaces the default mapping whole: paictl merges shallowly' : undefined);
  }
  return key in defaults ? defaultEntry(defaults[key], service, version) : undefined;
}

/** The master's hostip as paictl's parsers take it: the first `pai-master: 'true'` machine of layout.yaml. */
export function masterEntry(siblings: Siblings): EffectiveEntry {
  const sibling = siblings.get('layout.yaml');
  if (!sibling) { return { value: null, origin: { kind: 'layout', from: 'layout.yaml not found: paictl stops (no pai-master machine)' } }; }
  const master = readLayout(sibling).master;
  if (!master) { return { value: null, origin: { kind: 'layout', from: 'no machine with pai-master: "true" in layout.yaml: paictl stops' } }; }
  const path = ['machine-list', master.index, 'hostip'];
  const line = sibling.doc.keyRange(path).start.line + 1;
  return { value: master.hostip ?? null, origin: { kind: 'layout', line, from: `machine-list[${master.index}].hostip (the first pai-master: "true" machine)` } };
}
