import { isMap, isScalar, isSeq, type ParsedNode } from 'yaml';
import type { YamlPath } from '../document';
import { fix, setKey } from '../fix';
import { keyPath } from '../paths';
import { removeKey } from '../remove-key';
import { isRecord } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';

const SECTION = 'marketplace-restserver';
const STORAGE: YamlPath = [SECTION, 'azure_storage'];
const JSON_KEY: YamlPath = [SECTION, 'azure_storage_json'];

/** Fields the restserver's Blob row needs (NOT NULL); the mapping replaces the default whole. */
const REQUIRED = ['type', 'storage_account', 'connection_strings'] as const;

function removeFixes(ctx: RuleContext, path: YamlPath) {
  const e = removeKey(ctx.doc, path);
  return e ? [fix(`Remove \`${String(path[path.length - 1])}\``, [e], true)] : [];
}

function quotesIn(ctx: RuleContext, node: ParsedNode | null, path: YamlPath, out: RuleFinding[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) { quotesIn(ctx, pair.value as ParsedNode | null, [...path, String(pair.key.value)], out); }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => quotesIn(ctx, item as ParsedNode, [...path, i], out));
  } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('\'')) {
    out.push({
      range: ctx.doc.nodeRange(node) ?? ctx.doc.keyRange(path),
      severity: 'error',
      message: `\`${keyPath(path)}\` contains a single quote, which breaks marketplace-restserver: remove it.`,
      detail: 'paictl writes azure_storage as JSON inside single quotes (env AZURE_STORAGE: \'...\'), so the quote ends that value early and marketplace-restserver\'s manifest no longer parses: the service does not start. Azure connection strings never contain a quote.',
    });
  }
}

export const azureStorage: RegisteredRule = {
  code: 'azure-storage',
  severity: 'warning',
  fixable: true,
  description: '`marketplace-restserver.azure_storage` misses a field (it replaces the default whole), holds a single quote, or `azure_storage_json` is set by hand.',
  docs: [
    '- **Catches:** a `marketplace-restserver.azure_storage` that is null, lacks `type`, `storage_account` or',
    '`connection_strings`, has a `type` other than `blob`, or holds a single quote. It also flags',
    '`azure_storage_json` set by hand. Inside `azure_storage`, as the v1.6 doc shows it, that key is info.',
    '- **Why:** the mapping **replaces** the default whole, with no deep merge',
    '(`src/marketplace-restserver/config/marketplace_restserver.py`), and the restserver\'s Blob row needs all three fields',
    '(*marketplace* `rest_server/src/models/blob.js`, `model_init_handler.js`). The failure is only logged, on the first',
    'DB setup. paictl computes `azure_storage_json` itself and writes it inside single quotes, so a `\'` breaks the',
    'manifest (an error).',
    '- **Fix:** add `type: blob`, set `type: blob`, or remove `azure_storage_json` or a null `azure_storage`.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-restserver:',
    '  azure_storage:',
    '    type: blob',
    '    storage_account: mystorage',
    '    connection_strings:',
    '    - DefaultEndpointsProtocol=https;AccountName=mystorage;AccountKey=...',
    '```',
  ],
  check(ctx) {
    const out: RuleFinding[] = [];
    if (ctx.doc.has(JSON_KEY)) {
      out.push({
        range: ctx.doc.keyRange(JSON_KEY),
        message: '`azure_storage_json` has no effect: remove it and set `azure_storage` instead.',
        detail: 'paictl computes `azure_storage_json` from `azure_storage` and overwrites whatever is written here.',
        fixes: removeFixes(ctx, JSON_KEY),
      });
    }
    const loc = ctx.doc.locate(STORAGE);
    if (!loc) { return out; }
    const node = loc.node;
    if (node === null || isScalar(node) && node.value === null) {
      out.push({
        range: ctx.doc.keyRange(STORAGE),
        message: '`azure_storage:` is null, so the storage entry is never created: remove the key, or write the mapping.',
        detail: 'It replaces the default, paictl passes the JSON `null` to marketplace-restserver, and its first database setup fails to create the storage entry (only logged). Without the key the default is kept; the mapping has `type`, `storage_account` and `connection_strings`.',
        fixes: removeFixes(ctx, STORAGE),
      });
      return out;
    }
    const value = ctx.doc.valueAt(STORAGE);
    if (!isMap(node) || !isRecord(value)) { return out; }
    const nestedJson = [...STORAGE, 'azure_storage_json'];
    if ('azure_storage_json' in value) {
      out.push({
        range: ctx.doc.keyRange(nestedJson),
        severity: 'info',
        message: '`azure_storage_json` inside `azure_storage` does nothing: remove it.',
        detail: 'As the v1.6 deployment doc shows it, it is just one more field in the JSON paictl passes on.',
        fixes: removeFixes(ctx, nestedJson),
      });
    }
    const missing = REQUIRED.filter(k => !(k in value));
    for (const key of missing) {
      const what = key === 'type'
        ? 'the storage type (`type: blob`)'
        : key === 'storage_account' ? 'the storage account name' : 'the list of connection strings';
      out.push({
        range: ctx.doc.keyRange(STORAGE),
        message: `\`azure_storage\` has no \`${key}\`, so blob storage stays unavailable: add \`${key === 'type' ? 'type: blob' : key}\`.`,
        detail: `paictl does not merge it with the default: this mapping replaces the default whole, so ${what} is missing, and marketplace-restserver's first database setup cannot create the storage entry (the error is only logged).`,
        fixes: key === 'type' ? [fix('Add `type: blob`', [setKey(ctx.doc, [...STORAGE, 'type'], 'blob')], true)] : [],
        data: { missing: key },
      });
    }
    const type = value.type;
    if ('type' in value && type !== 'blob') {
      const typePath = [...STORAGE, 'type'];
      out.push({
        range: ctx.doc.valueRange(typePath),
        message: `\`azure_storage.type\` is ${JSON.stringify(type)}, so this storage is never offered: write \`type: blob\`.`,
        detail: 'The marketplace only knows `blob` (its API lists storages with ?type=blob).',
        fixes: [fix('Write `type: blob`', [setKey(ctx.doc, typePath, 'blob')], true)],
      });
    }
    quotesIn(ctx, node, STORAGE, out);
    return out;
  },
};
