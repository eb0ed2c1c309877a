/**
 * Hovers and completion for layout.yaml, from the core's table of its keys (core/layout-docs.ts): keys at
 * their nesting (top level, a machine-sku entry, its cpu / computing-device, a machine-list entry), the
 * values pai compares with (`pai-master: "true"` as a string), and `machine-type` from the sku names this
 * file declares. Pure: the providers (layoutProviders.ts) only convert.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedDocument, PathSegment } from '../core/document';
import { preferredQuote } from '../core/fix';
import { layoutChildKeys, layoutKeyAt, type LayoutKeyDoc } from '../core/layout-docs';
import { isRecord } from '../core/model';
import { describeVersions } from '../core/schema-docs';
import type { Suggestion } from './completionModel';
import { valueText } from './keyDocs';
import { escapeSnippetText } from './sectionSnippets';
import type { CursorContext, KeyContext, ValueContext } from './yamlContext';

/** The sku names this layout declares under machine-sku, in file order. */
export function skuNames(doc: ParsedDocument): string[] {
  const skus = doc.valueAt(['machine-sku']);
  return isRecord(skus) ? Object.keys(skus) : [];
}

function machinesOfType(doc: ParsedDocument, sku: string): string[] {
  const list = doc.valueAt(['machine-list']);
  if (!Array.isArray(list)) { return []; }
  return list.flatMap((m: unknown, i) => {
    if (!isRecord(m) || String(m['machine-type']) !== sku) { return []; }
    return [typeof m.hostname === 'string' || typeof m.hostname === 'number' ? String(m.hostname) : `machine-list[${i}]`];
  });
}

/** A layout.yaml key's documentation: what it is, type, who needs it, default, values, versions, pai's sources. */
export function layoutKeyMarkdown(info: LayoutKeyDoc, quote: 'single' | 'double' = 'double'): string {
  const key = info.path[info.path.length - 1];
  const name = key === '*' ? info.title : `${key}`;
  const parts = [key === '*' ? `**${name}** (layout.yaml)` : `**${name}** — ${info.title} (layout.yaml)`, info.description];
  const facts = [`Type: \`${info.type}\``];
  if (info.required) { facts.push(`Required: ${info.required}`); }
  if (info.default) { facts.push(`Default: ${info.default}`); }
  if (info.values?.length) { facts.push(`Values: ${info.values.map(v => `\`${valueText(v.value, quote)}\``).join(', ')}`); }
  if (info.examples?.length) { facts.push(`Examples: ${info.examples.map(e => `\`${e}\``).join(', ')}`); }
  facts.push(`Versions: ${info.versions ? describeVersions(info.versions) : 'v1.4 to v1.8'}`);
  parts.push(facts.join('  \n'));
  parts.push(`Read by (microsoft/pai): ${info.sources.map(s => `\`${s}\``).join(', ')}`);
  return parts.join('\n\n');
}

/** The hover of the key at `path` in a layout.yaml; undefined for keys pai does not read. */
export function layoutHoverMarkdown(doc: ParsedDocument, path: readonly PathSegment[]): string | undefined {
  const info = layoutKeyAt(path);
  if (!info) { return undefined; }
  const parts = [layoutKeyMarkdown(info, preferredQuote(doc))];
  if (path.length === 2 && path[0] === 'machine-sku' && typeof path[1] === 'string') {
    const users = machinesOfType(doc, path[1]);
    parts.push(users.length > 0
      ? `**In this file** \`machine-type: ${path[1]}\` is named by ${users.map(u => `\`${u}\``).join(', ')}.`
      : `**In this file** no machine names \`machine-type: ${path[1]}\`.`);
  }
  if (path.length === 3 && path[0] === 'machine-list' && path[2] === 'machine-type') {
    const skus = skuNames(doc);
    parts.push(skus.length > 0 ? `**In this file** machine-sku declares ${skus.map(s => `\`${s}\``).join(', ')}.` : '**In this file** machine-sku declares no machine type.');
  }
  return parts.join('\n\n');
}

export function layoutSuggestions(ctx: CursorContext, doc: ParsedDocument): Suggestion[] {
  return ctx.kind === 'key' ? keySuggestions(ctx, doc) : valueSuggestions(ctx, doc);
}

/** The values completion offers for a key: pai's compared values, this file's sku names, pai's examples. */
function valuesOf(info: LayoutKeyDoc, doc: ParsedDocument): { value: string | number; documentation?: string; detail: string }[] {
  if (info.path[info.path.length - 1] === 'machine-type' && info.path[0] === 'machine-list') {
    return skuNames(doc).map(s => ({ value: s, detail: l10n.t('a machine type of this file\'s machine-sku') }));
  }
  const quote = preferredQuote(doc);
  const compared = (info.values ?? []).map(v => ({
    value: v.value, documentation: v.description,
    detail: typeof v.value === 'string' && valueText(v.value, quote) !== v.value ? l10n.t('{0} (quoted: paictl compares strings)', 'string') : typeof v.value,
  }));
  return [...compared, ...(info.examples ?? []).map(e => ({ value: e, detail: l10n.t('example from pai') }))];
}

function rank(info: LayoutKeyDoc): string {
  if (info.required) { return '0'; }
  return info.versions === '<=1.4' || info.legacy ? '3' : '1';
}

function keySuggestions(ctx: KeyContext, doc: ParsedDocument): Suggestion[] {
  const quote = preferredQuote(doc);
  const here = doc.valueAt(ctx.parentPath);
  const existing = new Set(isRecord(here) ? Object.keys(here) : []);
  existing.delete(ctx.prefix);
  return layoutChildKeys(ctx.parentPath).flatMap((info, i) => {
    const key = info.path[info.path.length - 1];
    if (existing.has(key)) { return []; }
    const choices = valuesOf(info, doc).map(v => valueText(v.value, quote).replace(/[,|\\$}]/g, m => `\\${m}`));
    const name = escapeSnippetText(key);
    const insert = ctx.hasColon ? name
      : info.type === 'mapping' ? `${name}:\n\t$0`
        : info.type === 'list' ? `${name}:\n\t- $0`
          : choices.length > 0 ? `${name}: \${1|${choices.join(',')}|}` : `${name}: $1`;
    return [{
      label: key, kind: 'key' as const, insert, snippet: true,
      detail: `${info.type} — ${info.title}`,
      documentation: layoutKeyMarkdown(info, quote),
      sortText: `${rank(info)}${String(i).padStart(2, '0')}`,
      start: ctx.start, end: ctx.end,
    }];
  });
}

function valueSuggestions(ctx: ValueContext, doc: ParsedDocument): Suggestion[] {
  const info = layoutKeyAt(ctx.path);
  if (!info) { return []; }
  const quote = preferredQuote(doc);
  const seen = new Set<string>();
  return valuesOf(info, doc).flatMap((v, i) => {
    const text = valueText(v.value, quote);
    if (seen.has(text)) { return []; }
    seen.add(text);
    return [{
      label: text, kind: 'value' as const, insert: text, snippet: false, detail: v.detail,
      ...(v.documentation ? { documentation: v.documentation } : {}),
      sortText: `2${String(i).padStart(2, '0')}`, start: ctx.start, end: ctx.end,
    }];
  });
}
