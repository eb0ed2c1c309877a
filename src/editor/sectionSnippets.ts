/**
 * Whole-section snippets (snippets/marketplace.json) filled with values that agree with the file:
 * the database credentials already written on either side, and the URIs computed for the cluster.
 * Pure: unit-tested.
 */
import type { ParsedDocument } from '../core/document';
import { isPlainSafe, quoteString } from '../core/fix';
import snippetFile from '../../snippets/marketplace.json';
import type { Endpoints } from '../core/uris';

export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

export const SECTION_SNIPPETS = snippetFile as Record<string, SnippetDefinition>;

export type SnippetValues = Record<'dbUser' | 'dbPassword' | 'db' | 'dbPort' | 'apiUri' | 'pluginUri', string>;

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function yamlText(v: string): string {
  return isPlainSafe(v) ? v : quoteString(v);
}

/** A port is written as a number when it is one (paictl accepts both). */
function portText(v: string): string {
  return /^\d+$/.test(v) ? v : yamlText(v);
}

export interface SnippetOptions {
  /** The snippet also turns cluster.common.marketplace on, so the URIs go through pylon. */
  turnsMarketplaceOn?: boolean;
  /** Makes the password of a new database (else the doc's `<password>` placeholder is left to fill). */
  newSecret?: () => string;
}

/** Values for the snippets' `{{name}}` tokens, as YAML scalars. */
export function snippetValues(doc: ParsedDocument, endpoints: Endpoints, options: SnippetOptions = {}): SnippetValues {
  const db = (key: string, restKey: string, fallback: () => string) =>
    scalar(doc.valueAt(['marketplace-db', key])) ?? scalar(doc.valueAt(['marketplace-restserver', restKey])) ?? fallback();
  const hasDb = doc.has(['marketplace-db']);
  const scheme = endpoints.scheme;
  // The URIs that will work once the sections are in: through pylon when it can route them, else direct.
  const viaPylon = options.turnsMarketplaceOn === true;
  const api = (viaPylon ? endpoints.pylon.api : undefined) ?? endpoints.preferred.api ?? endpoints.pylon.api ?? endpoints.direct.api;
  const preferredPlugin = endpoints.preferred.plugin?.includes('://') ? endpoints.preferred.plugin : undefined;
  const plugin = (viaPylon ? endpoints.pylon.plugin : undefined) ?? preferredPlugin ?? endpoints.pylon.plugin ?? endpoints.direct.plugin;
  return {
    // An existing db section keeps paictl's defaults for absent keys; a new one gets a user and a fresh password.
    dbUser: yamlText(db('user', 'db_user', () => (hasDb ? 'user' : 'pai_marketplace'))),
    dbPassword: yamlText(db('passwd', 'db_password', () => (hasDb ? 'passwd' : options.newSecret?.() ?? '<password>'))),
    db: yamlText(db('db', 'db', () => 'marketplace')),
    dbPort: portText(db('port', 'db_port', () => '9291')),
    apiUri: yamlText(api ?? `${scheme}://<master-ip>/marketplace/api`),
    pluginUri: yamlText(plugin ?? `${scheme}://<master-ip>/marketplace/plugin.js`),
  };
}

/** Escapes text for a snippet: `$`, `}` and `\` are syntax there. */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, m => `\\${m}`);
}

/** The snippet text with its tokens replaced. */
export function renderSnippet(body: readonly string[], values: SnippetValues): string {
  return body.join('\n').replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? escapeSnippetText(values[name as keyof SnippetValues]) : whole);
}
