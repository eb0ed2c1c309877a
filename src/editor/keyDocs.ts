/** Markdown for a key, from the schema (src/core/schema-docs.ts): what it does, type, default, versions, what paictl does. Pure. */
import { describeVersions, versionApplies, type SchemaInfo } from '../core/schema-docs';
import type { PaiVersion } from '../core/version';
import { isPlainSafe, quoteString } from '../core/fix';

/** A value as YAML text: strings that would read back as something else are quoted. */
export function valueText(v: unknown, quote: 'single' | 'double' = 'single'): string {
  if (typeof v === 'string') { return isPlainSafe(v) ? v : quoteString(v, quote); }
  if (v === null) { return 'null'; }
  if (typeof v === 'object') { return JSON.stringify(v); }
  return String(v);
}

/** One line for completion's detail column: `string = 'true'`, `integer | string = 9291`. */
export function keyDetail(info: SchemaInfo, version: PaiVersion): string {
  const types = info.types.join(' | ') || 'value';
  const def = info.hasDefault ? ` = ${valueText(info.default)}` : '';
  const unused = info.versions && !versionApplies(info.versions, version) ? ` (not read by v${version})` : '';
  return `${types}${def}${unused}`;
}

export function keyMarkdown(info: SchemaInfo, version: PaiVersion): string {
  const parts: string[] = [];
  const title = info.title && info.title !== info.key ? ` — ${info.title}` : '';
  parts.push(`**${info.key}**${title}`);
  if (info.markdownDescription) { parts.push(info.markdownDescription); }
  const facts: string[] = [];
  if (info.types.length) { facts.push(`Type: \`${info.types.join(' | ')}\``); }
  if (info.hasDefault) { facts.push(`Default: \`${valueText(info.default)}\``); }
  if (info.enum?.length) { facts.push(`Allowed: ${info.enum.map(v => `\`${valueText(v)}\``).join(', ')}`); }
  if (info.versions) {
    const applies = versionApplies(info.versions, version);
    facts.push(`Versions: ${describeVersions(info.versions)}${applies ? '' : ` — **not read by v${version}**, the version these checks assume`}`);
  }
  if (info.paictl) { facts.push(`What paictl does: ${info.paictl}`); }
  if (info.computed) { facts.push('paictl computes this key and overwrites what the file says.'); }
  if (info.deprecated) { facts.push(`Deprecated: ${info.deprecated}`); }
  if (facts.length) { parts.push(facts.join('  \n')); }
  return parts.join('\n\n');
}
