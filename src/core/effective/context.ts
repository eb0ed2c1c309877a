import type { ParsedDocument } from '../document';
import type { PaiVersion } from '../version';
import { pyStr } from './py-value';
import { MASK, type EffectiveEntry, type Origin, type ServiceValues } from './types';

/** What each service's computation reads. */
export interface ServiceContext {
  doc: ParsedDocument;
  version: PaiVersion;
  /** The master's hostip from layout.yaml (value null when there is none). */
  master: EffectiveEntry;
  maskSecrets: boolean;
}

/** Where a value came from, in a few words, for another value's `from`. */
export function describeOrigin(name: string, entry: EffectiveEntry): string {
  const o = entry.origin;
  switch (o.kind) {
    case 'file': return `${name} (line ${o.line})`;
    case 'layout': return entry.value === null ? `${name} unknown (${o.from ?? 'layout.yaml'})` : `${name} (layout.yaml${o.line ? ` line ${o.line}` : ''})`;
    case 'config': return `${name} (config.yaml${o.line ? ` line ${o.line}` : ''})`;
    case 'default': return `${name} (default)`;
    case 'computed': return `${name} (computed)`;
  }
}

export function computed(value: unknown, from: string): EffectiveEntry {
  return { value, origin: { kind: 'computed', from } };
}

/** The same value, reached through another key (a template fallback): the origin stays the first one's, `from` says the way. */
export function through(entry: EffectiveEntry, way: string): EffectiveEntry {
  const first = entry.origin.kind === 'default' || entry.origin.kind === 'computed' ? entry.origin.from : undefined;
  const origin: Origin = { ...entry.origin, from: first ? `${way}; ${first}` : way };
  return { value: entry.value, origin };
}

/** Masks a password or connection string unless the admin asked to see them. */
export function secret(ctx: ServiceContext, entry: EffectiveEntry): EffectiveEntry {
  return ctx.maskSecrets && entry.value !== null && entry.value !== undefined ? { ...entry, value: MASK } : entry;
}

/** Leaves out keys whose entry is undefined (absent and without a default). */
export function compact(values: Record<string, EffectiveEntry | undefined>): ServiceValues {
  const out: ServiceValues = {};
  for (const [k, v] of Object.entries(values)) { if (v) { out[k] = v; } }
  return out;
}

/** `http://<master>:<port>` as the parsers format it, or null when the master is unknown. */
export function masterUri(ctx: ServiceContext, port: unknown, scheme = 'http'): string | null {
  return ctx.master.value === null ? null : `${scheme}://${String(ctx.master.value)}:${pyStr(port)}`;
}

