import { isMap, isSeq, type ParsedNode } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import type { TextEdit } from './finding';
import { appendSeqItem, newScalarText, setKey } from './fix';
import { isRecord } from './model';
import { pyTruthy, pyValueOf } from './pyyaml';
import type { RuleContext } from './rule';
import { DEFAULT_PLUGIN_PORT, portValue } from './uris';


export const WEBPORTAL_PATH = ['webportal'] as const;
export const PLUGINS_PATH = ['webportal', 'plugins'] as const;
export const WEBPORTAL_MARKETPLACE_PATH = ['webportal', 'marketplace'] as const;

/** One item of `webportal.plugins`. */
export interface PluginEntry {
  index: number;
  path: YamlPath;
  /** The plain value (a mapping for a well-formed entry). */
  value: unknown;
  /** The item's node as written (for ranges). */
  node: ParsedNode;
  isMarketplace: boolean;
}

/**
 * Whether an entry is the marketplace plugin. An entry whose `id` is a string is the marketplace
 * one exactly when that id contains "marketplace" (any case). Without a string id (issue pai#5455
 * had none), it is when its title is "Marketplace" (any case, trimmed), or its uri contains
 * "marketplace" or points at the marketplace-webportal port (`:<server-port>/`, default 9293).
 */
export function isMarketplaceEntry(value: unknown, pluginPort = DEFAULT_PLUGIN_PORT): boolean {
  if (!isRecord(value)) { return false; }
  if (typeof value.id === 'string') { return /marketplace/i.test(value.id); }
  if (typeof value.title === 'string' && value.title.trim().toLowerCase() === 'marketplace') { return true; }
  if (typeof value.uri !== 'string') { return false; }
  return /marketplace/i.test(value.uri) || new RegExp(`:${pluginPort}(?:/|$)`).test(value.uri);
}

/** Every entry of `webportal.plugins` (none when the key is absent, null or not a sequence). */
export function pluginEntries(doc: ParsedDocument, pluginPort = DEFAULT_PLUGIN_PORT): PluginEntry[] {
  const seq = doc.nodeAt(PLUGINS_PATH);
  if (!isSeq(seq)) { return []; }
  return seq.items.map((item, index) => {
    const path: YamlPath = [...PLUGINS_PATH, index];
    const value = doc.valueAt(path);
    const node = (doc.locate(path)?.written ?? item) as ParsedNode;
    return { index, path, value, node, isMarketplace: isMarketplaceEntry(value, pluginPort) };
  });
}

function computeEntries(ctx: RuleContext): PluginEntry[] {
  const port = portValue(ctx.doc.valueAt(['marketplace-webportal', 'server-port'])) ?? DEFAULT_PLUGIN_PORT;
  return pluginEntries(ctx.doc, port);
}

/** The plugin entries of a check, read once. */
export function pluginsOf(ctx: RuleContext): PluginEntry[] {
  return ctx.once(computeEntries);
}

export function marketplaceEntries(ctx: RuleContext): PluginEntry[] {
  return pluginsOf(ctx).filter(e => e.isMarketplace);
}

/** Python truthiness of `webportal.marketplace` (absent means the default `true`). */
export function webportalAddsMarketplace(doc: ParsedDocument): boolean {
  const loc = doc.locate(WEBPORTAL_MARKETPLACE_PATH);
  if (!loc) { return true; }
  const py = pyValueOf(loc.node);
  if (py) { return pyTruthy(py); }
  const v = doc.valueAt(WEBPORTAL_MARKETPLACE_PATH);
  if (v === null || v === undefined) { return false; }
  if (Array.isArray(v)) { return v.length > 0; }
  if (isRecord(v)) { return Object.keys(v).length > 0; }
  return true;
}

/** The edit that adds the Marketplace entry (`id`, `title`, `uri`) to `webportal.plugins`, creating the list if needed. */
export function addMarketplacePluginEdit(doc: ParsedDocument, uri: string): TextEdit | undefined {
  // Block lines cannot go into a flow mapping (`webportal: {server-port: 9286}`): no edit rather than a wrong one.
  const webportal = doc.nodeAt(WEBPORTAL_PATH);
  if (isMap(webportal) && webportal.flow) { return undefined; }
  const entry = ['- id: marketplace', '  title: Marketplace', `  uri: ${newScalarText(doc, uri)}`];
  const plugins = doc.nodeAt(PLUGINS_PATH);
  return isSeq(plugins) && plugins.items.length > 0
    ? appendSeqItem(doc, PLUGINS_PATH, entry)
    : setKey(doc, PLUGINS_PATH, { lines: entry });
}
