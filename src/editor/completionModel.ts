/**
 * What completion offers at a cursor: keys of the mapping (with docs and defaults), enum and boolean
 * values, the computed API and plugin URIs, and whole-section snippets. Pure: the provider only
 * converts these to VS Code items.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedDocument } from '../core/document';
import type { TextEdit } from '../core/finding';
import { preferredQuote } from '../core/fix';
import { MARKETPLACE_SECTIONS } from '../core/model';
import { childKeysAt, schemaInfoAt, snippetsAt, versionApplies, type SchemaInfo } from '../core/schema-docs';
import type { Endpoints } from '../core/uris';
import { atLeast, type PaiVersion } from '../core/version';
import { keyDetail, keyMarkdown, valueText } from './keyDocs';
import { escapeSnippetText, renderSnippet, SECTION_SNIPPETS, snippetValues } from './sectionSnippets';
import { companionEdits, type CompanionEdits } from './snippetCompanions';
import type { CursorContext, KeyContext, ValueContext } from './yamlContext';
import { matchesPath } from '../core/paths';

export type SuggestionKind = 'key' | 'value' | 'uri' | 'snippet';

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  /** Text to insert; a snippet when `snippet` is true. */
  insert: string;
  snippet: boolean;
  detail?: string;
  documentation?: string;
  sortText?: string;
  preselect?: boolean;
  /** Columns on the cursor's line that the insertion replaces. */
  start: number;
  end: number;
  /** Edits elsewhere in the file that come with the insertion (never on the cursor's line). */
  additionalEdits?: TextEdit[];
}

export interface CompletionInput {
  doc: ParsedDocument;
  endpoints: Endpoints;
  version: PaiVersion;
  /** The cursor's line: edits that come with a snippet must stay off it. */
  line?: number;
  /** Makes the password a new marketplace-db section gets. */
  newSecret?: () => string;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : undefined;
}


export function suggest(ctx: CursorContext, input: CompletionInput): Suggestion[] {
  return ctx.kind === 'key' ? keySuggestions(ctx, input) : valueSuggestions(ctx, input);
}

function scalarSnippet(info: SchemaInfo, quote: 'single' | 'double'): string {
  if (info.enum && info.enum.length > 0) {
    const choices = info.enum.map(v => valueText(v, quote).replace(/[,|\\$}]/g, m => `\\${m}`));
    return `\${1|${choices.join(',')}|}`;
  }
  if (info.hasDefault && (typeof info.default !== 'object' || info.default === null)) {
    return `\${1:${escapeSnippetText(valueText(info.default, quote))}}`;
  }
  return '$1';
}

function keySuggestions(ctx: KeyContext, input: CompletionInput): Suggestion[] {
  const { doc, version } = input;
  const quote = preferredQuote(doc);
  const out: Suggestion[] = [];
  const existing = new Set(Object.keys(record(doc.valueAt(ctx.parentPath)) ?? {}));
  existing.delete(ctx.prefix);
  for (const info of childKeysAt(ctx.parentPath)) {
    if (existing.has(info.key) || info.computed) { continue; }
    const objectLike = info.types.includes('object') && !info.types.some(t => t !== 'object' && t !== 'null');
    const arrayLike = info.types.includes('array') && !info.types.some(t => t !== 'array' && t !== 'null');
    const key = escapeSnippetText(info.key);
    const insert = ctx.hasColon ? key
      : objectLike ? `${key}:\n\t$0`
        : arrayLike ? `${key}:\n\t- $0`
          : `${key}: ${scalarSnippet(info, quote)}`;
    const applies = versionApplies(info.versions, version);
    out.push({
      label: info.key,
      kind: 'key',
      insert,
      snippet: true,
      detail: keyDetail(info, version),
      documentation: keyMarkdown(info, version),
      sortText: `${applies ? (info.required ? '0' : '1') : '3'}${info.key}`,
      start: ctx.start,
      end: ctx.end,
    });
  }
  if (!ctx.hasColon) { out.push(...snippetSuggestions(ctx, input)); }
  return out;
}

function snippetSuggestions(ctx: KeyContext, input: CompletionInput): Suggestion[] {
  const { doc, endpoints, version } = input;
  const atRoot = ctx.parentPath.length === 0;
  const companions = atRoot ? companionEdits(input) : {};
  const values = snippetValues(doc, endpoints, { turnsMarketplaceOn: companions.switchOn !== undefined, newSecret: input.newSecret });
  const out: Suggestion[] = [];
  const add = (label: string, body: readonly string[], documentation: string, sortText: string, extras: CompanionEdits = {}) => {
    const edits = [extras.switchOn, extras.plugin].filter((e): e is TextEdit => e !== undefined);
    const detail = extras.switchOn && extras.plugin ? l10n.t("OpenPAI snippet, also sets cluster.common.marketplace: 'true' and adds the Marketplace plugin")
      : extras.switchOn ? l10n.t("OpenPAI snippet, also sets cluster.common.marketplace: 'true'")
        : extras.plugin ? l10n.t('OpenPAI snippet, also adds the Marketplace plugin') : l10n.t('OpenPAI snippet');
    const also = [
      ...(extras.switchOn ? [l10n.t("Also turns the marketplace on: `cluster.common.marketplace: 'true'` (pylon has /marketplace routes only then).")] : []),
      ...(extras.plugin ? [l10n.t('Also adds the Marketplace entry to `webportal.plugins` (before v1.6 the sidebar shows only listed plugins).')] : []),
    ];
    out.push({
      label, kind: 'snippet', insert: renderSnippet(body, values), snippet: true, detail,
      documentation: [documentation, ...also].join('\n\n'),
      sortText, start: ctx.start, end: ctx.end,
      ...(edits.length ? { additionalEdits: edits } : {}),
    });
  };
  if (atRoot) {
    const absent = MARKETPLACE_SECTIONS.filter(s => !doc.has([s]));
    for (const section of absent) {
      const def = SECTION_SNIPPETS[`${section} section`];
      if (def) { add(`${section} section`, def.body, def.description, `2${def.prefix}`, { switchOn: companions.switchOn }); }
    }
    const all = SECTION_SNIPPETS['marketplace sections (all three)'];
    // Sorted first: on a file without any marketplace section it is what the admin came for.
    if (all && absent.length === MARKETPLACE_SECTIONS.length) { add('marketplace sections (all three)', all.body, all.description, '0', companions); }
    // The schema's own default snippets, where none of their top-level keys exists yet.
    for (const s of snippetsAt([])) {
      const keys = Object.keys(record(s.body) ?? {});
      if (keys.length === 0 || keys.some(k => doc.has([k])) || !versionApplies(s.versions, version)) { continue; }
      out.push({
        label: s.label, kind: 'snippet', insert: s.lines.map(l => l.replace(/^(?: {2})+/, m => '\t'.repeat(m.length / 2))).join('\n'),
        snippet: true, detail: l10n.t('OpenPAI schema snippet'), documentation: s.description, sortText: `4${s.label}`, start: ctx.start, end: ctx.end,
      });
    }
  }
  const inItem = matchesPath(ctx.parentPath, ['webportal', 'plugins', '*']);
  const inList = matchesPath(ctx.parentPath, ['webportal', 'plugins']);
  if ((inItem || inList) && !atLeast(version, '1.6')) {
    const def = SECTION_SNIPPETS['marketplace plugin entry'];
    // On a `- ` line the dash is already there: insert the entry's keys only.
    const body = inItem ? def.body.map((l, i) => (i === 0 ? l.replace(/^- /, '') : l.replace(/^ {2}/, ''))) : def.body;
    add('marketplace plugin entry', body, def.description, `2${def.prefix}`);
  }
  return out;
}

function valueSuggestions(ctx: ValueContext, input: CompletionInput): Suggestion[] {
  const { doc, endpoints } = input;
  const quote = preferredQuote(doc);
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const add = (s: Omit<Suggestion, 'start' | 'end' | 'snippet'>) => {
    if (seen.has(s.insert)) { return; }
    seen.add(s.insert);
    out.push({ ...s, snippet: false, start: ctx.start, end: ctx.end });
  };
  const uriKind = matchesPath(ctx.path, ['marketplace-webportal', 'marketplace_api_uri']) ? 'api'
    : matchesPath(ctx.path, ['webportal', 'plugins', '*', 'uri']) ? 'plugin' : undefined;
  if (uriKind) {
    // Nothing works yet (e.g. https with the switch off): offer the pylon form the admin is heading for.
    const accepted = endpoints.accepted[uriKind];
    const waiting = accepted.length === 0;
    const candidates = waiting ? [endpoints.pylon[uriKind]].filter((u): u is string => u !== undefined) : accepted;
    const preferred = waiting ? candidates[0] : endpoints.preferred[uriKind];
    candidates.forEach((uri, i) => {
      const viaPylon = uri === endpoints.pylon[uriKind] || uri.startsWith('/');
      add({
        label: uri, kind: 'uri', insert: valueText(uri, quote),
        detail: viaPylon ? (waiting ? l10n.t("through pylon (once cluster.common.marketplace is 'true')") : l10n.t('through pylon')) : l10n.t('direct to the master (http only)'),
        documentation: uriDoc(uriKind, endpoints, viaPylon),
        preselect: uri === preferred, sortText: `0${uri === preferred ? 0 : 1}${i}`,
      });
    });
  }
  const info = schemaInfoAt(ctx.path);
  if (info) {
    const values: unknown[] = info.enum ? [...info.enum] : [];
    if (info.types.includes('boolean') && !info.enum) { values.push(true, false); }
    values.forEach((v, i) => {
      const text = valueText(v, quote);
      add({
        label: text, kind: 'value', insert: text,
        detail: typeof v === 'string' && text !== v ? l10n.t('{0} (quoted: paictl compares strings)', typeof v) : typeof v,
        documentation: info.enumDescriptions?.[i],
        preselect: info.hasDefault && v === info.default, sortText: `2${i}`,
      });
    });
    if (info.hasDefault && (typeof info.default !== 'object' || info.default === null)) {
      const text = valueText(info.default, quote);
      add({ label: text, kind: 'value', insert: text, detail: l10n.t('default'), sortText: '3' });
    }
  }
  return out;
}

function uriDoc(kind: 'api' | 'plugin', endpoints: Endpoints, viaPylon: boolean): string {
  const what = kind === 'api' ? 'API' : '`plugin.js`';
  if (viaPylon) {
    const scheme = endpoints.https ? l10n.t('https: `pylon.ssl` is set') : l10n.t('http: no `pylon.ssl`');
    const host = `\`${endpoints.publicHost ?? '?'}\``;
    return endpoints.domain
      ? l10n.t('The marketplace {0} as pylon serves it on this cluster ({1}; host {2} from `pylon.domain`).', what, scheme, host)
      : l10n.t('The marketplace {0} as pylon serves it on this cluster ({1}; host {2} from layout.yaml).', what, scheme, host);
  }
  const master = `\`${endpoints.master ?? '?'}\``;
  return kind === 'api'
    ? l10n.t('The marketplace {0} served directly by the master {1} (layout.yaml), without pylon. Plain http only; no `/api` path.', what, master)
    : l10n.t('The marketplace {0} served directly by the master {1} (layout.yaml), without pylon. Plain http only.', what, master);
}
