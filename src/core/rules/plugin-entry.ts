import { isMap, isScalar, type ParsedNode } from 'yaml';
import type { YamlPath } from '../document';
import type { Fix, Range } from '../finding';
import { fix, newScalarText, preferredQuote, quoteString, setKey } from '../fix';
import { isRecord } from '../model';
import { PLUGINS_PATH, pluginsOf, type PluginEntry } from '../plugins';
import { pyValueOf } from '../pyyaml';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { endpointsOf } from '../uris';
import { atLeast } from '../version';

/** The Python literal paictl would render for a value PyYAML reads as null or a boolean, if any. */
function pythonLiteral(node: ParsedNode | null | undefined): 'None' | 'True' | 'False' | undefined {
  if (node === null || node === undefined) { return 'None'; }
  const py = pyValueOf(node);
  if (py?.kind === 'null') { return 'None'; }
  if (py?.kind === 'bool') { return py.value ? 'True' : 'False'; }
  return undefined;
}

/** The first line of an entry (its dash line), so a multi-line entry is not underlined whole. */
function firstLine(ctx: RuleContext, entry: PluginEntry): Range {
  const offsets = ctx.doc.nodeOffsets(entry.node);
  if (!offsets) { return ctx.doc.keyRange(entry.path); }
  const lineEnd = ctx.doc.text.slice(offsets[0], offsets[1]).search(/\r?\n/);
  const end = lineEnd < 0 ? offsets[1] : offsets[0] + lineEnd;
  return ctx.doc.range(offsets[0], ctx.doc.text.slice(offsets[0], end).trimEnd().length + offsets[0]);
}

function slug(title: unknown): string | undefined {
  if (typeof title !== 'string') { return undefined; }
  const s = title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? undefined : s;
}

function insertFix(ctx: RuleContext, path: YamlPath, key: string, valueText: string): Fix[] {
  return [fix(`Add ${key}: ${valueText}`, [setKey(ctx.doc, [...path, key], valueText)], true)];
}

function missingKey(ctx: RuleContext, entry: PluginEntry, key: 'id' | 'title' | 'uri'): RuleFinding {
  const value = entry.value as Record<string, unknown>;
  let suggested: string | undefined;
  if (key === 'id') { suggested = entry.isMarketplace ? 'marketplace' : slug(value.title); }
  if (key === 'title' && entry.isMarketplace) { suggested = 'Marketplace'; }
  if (key === 'uri' && entry.isMarketplace) { suggested = endpointsOf(ctx).preferred.plugin ?? '/marketplace/plugin.js'; }
  const add = suggested === undefined ? '.' : `: add \`${key}: ${suggested}\`.`;
  return {
    range: firstLine(ctx, entry),
    message: key === 'id'
      ? `This plugin has no \`id\`, which breaks the webportal page${add}`
      : `This plugin has no \`${key}\`, so every \`paictl service\` command fails${add}`,
    detail: key === 'id'
      ? `On v${ctx.version} webportal renders each entry as a Python dict, so the missing id becomes the JavaScript literal \`None\` and the webportal page breaks (pai#5455).`
      : `paictl's webportal parser reads \`plugin['${key}']\` and fails with KeyError: '${key}'.`,
    fixes: suggested === undefined ? [] : insertFix(ctx, entry.path, key, newScalarText(ctx.doc, suggested)),
  };
}

/** One finding per entry for every key it lacks (they sit on the same line); the first key's fix is preferred. */
function missingKeys(ctx: RuleContext, entry: PluginEntry, keys: readonly ('id' | 'title' | 'uri')[]): RuleFinding {
  const parts = keys.map(key => missingKey(ctx, entry, key));
  if (parts.length === 1) { return parts[0]; }
  return {
    range: parts[0].range,
    message: `This plugin has no ${keys.map(k => `\`${k}\``).join(' and ')}, so ${keys.some(k => k !== 'id') ? 'every `paictl service` command fails' : 'the webportal page breaks'}: add them.`,
    detail: parts.map(p => p.detail).join(' '),
    fixes: parts.flatMap(p => p.fixes ?? []).map((f, i) => (i === 0 ? f : fix(f.title, f.edits))),
  };
}

function checkEntry(ctx: RuleContext, entry: PluginEntry): RuleFinding[] {
  if (!isRecord(entry.value) || !isMap(ctx.doc.nodeAt(entry.path))) {
    return [{
      range: firstLine(ctx, entry),
      message: 'This plugin entry is not a mapping, so every `paictl service` command fails: give it `title` and `uri`.',
      detail: 'paictl\'s webportal parser fails on any item that is not a mapping with `title` and `uri` (and `id`, which webportal needs).',
    }];
  }
  const modern = atLeast(ctx.version, '1.6');
  const out: RuleFinding[] = [];
  const record = entry.value;
  const missing = (modern ? ['id', 'title', 'uri'] as const : ['title', 'uri'] as const).filter(key => !(key in record));
  if (missing.length > 0) { out.push(missingKeys(ctx, entry, missing)); }
  if (!modern) { return out; }
  for (const key of ['id', 'title', 'uri'] as const) {
    if (!(key in entry.value)) { continue; }
    const path = [...entry.path, key];
    const node = ctx.doc.nodeAt(path);
    const literal = pythonLiteral(node);
    const value = entry.value[key];
    if (literal !== undefined) {
      const source = isScalar(node) ? String(node.source ?? '') : '';
      const quoted = literal === 'None' ? undefined : quoteString(source, preferredQuote(ctx.doc));
      out.push({
        range: ctx.doc.valueRange(path),
        message: `\`${key}\` is not a string for paictl, which breaks the webportal page: ${quoted ? `quote it, \`${quoted}\`` : 'write a string'}.`,
        detail: `PyYAML reads it as ${literal}, and v${ctx.version} webportal renders it as the Python literal \`${literal}\` inside JavaScript.`,
        fixes: quoted ? [fix(`Quote it: ${key}: ${quoted}`, [setKey(ctx.doc, path, quoted)], true)] : [],
      });
    } else if (typeof value === 'string' && /[^\x20-\x7e]/.test(value)) {
      out.push({
        range: ctx.doc.valueRange(path),
        message: `\`${key}\` has non-ASCII characters, which break the webportal page: use plain ASCII.`,
        detail: `paictl (Python 2) renders it as \`u'…'\` inside JavaScript on v${ctx.version}.`,
      });
    }
  }
  return out;
}

export const pluginEntry: RegisteredRule = {
  code: 'plugin-entry',
  severity: 'error',
  fixable: true,
  description: 'A `webportal.plugins` entry that breaks paictl or the webportal page: no title/uri, on v1.6+ no id or a null/boolean/non-ASCII value, or a null `plugins:`.',
  docs: [
    '- **Catches:** a `plugins:` that is null, an entry that is not a mapping, an entry without `title` or `uri`, and,',
    'on v1.6+, an entry without `id`, a value PyYAML reads as a boolean or null (`yes`, `on`, `~`), or non-ASCII text.',
    'An entry that lacks several keys gets one finding naming them all, with a fix for each.',
    '- **Why:** `src/webportal/config/webportal.py` reads `plugin[\'title\']` and `plugin[\'uri\']`, so a missing one raises a',
    'KeyError in every `paictl service` command. v1.6+ renders each entry as a Python dict (`{{item}}`) into JavaScript,',
    'so `None`, `True` or `u\'…\'` breaks the webportal page (pai #5455 had no `id`).',
    '- **Fix:** `plugins: []`; add `id` (`marketplace`, or a slug of the title) or the Marketplace entry\'s missing',
    'title or uri; quote a boolean-like value.',
    '- **Versions:** title/uri and null: all. id, literals and non-ASCII: v1.6+.',
    '',
    '```yaml',
    'webportal:',
    '  plugins:',
    '  # bad on v1.6+ (no id, rendered as None in the page):',
    '  #   - {title: Marketplace, uri: /marketplace/plugin.js}',
    '  - {id: marketplace, title: Marketplace, uri: /marketplace/plugin.js}',
    '```',
  ],
  check(ctx) {
    const loc = ctx.doc.locate(PLUGINS_PATH);
    if (loc && (loc.node === null || isScalar(loc.node) && loc.node.value === null)) {
      return [{
        range: ctx.doc.keyRange(PLUGINS_PATH),
        message: '`plugins:` is null, so every `paictl service` command fails: write `plugins: []` or list the entries.',
        detail: 'An empty value or only comments under it is null, and paictl\'s webportal parser cannot iterate it.',
        fixes: [fix('Set plugins: []', [setKey(ctx.doc, PLUGINS_PATH, '[]')], true)],
      }];
    }
    return pluginsOf(ctx).flatMap(entry => checkEntry(ctx, entry));
  },
};
