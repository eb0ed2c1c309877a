import { isMap, isPair, isScalar, isSeq, type ParsedNode } from 'yaml';
import type { YamlPath } from '../document';
import { edit, fix, scalarText, setKey } from '../fix';
import { MARKETPLACE_SECTIONS, SWITCH_PATH } from '../model';
import { keyPath } from '../paths';
import { marketplaceEntries } from '../plugins';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { isSecretPath, MASK } from '../secret';
import { API_URI_PATH, endpointsOf, type UriKind } from '../uris';

/** The parts of the file where the deployment doc's `<...>` placeholders end up. */
const SCANNED: readonly YamlPath[] = [...MARKETPLACE_SECTIONS.map(s => [s]), ['webportal', 'plugins'], SWITCH_PATH];

const PLACEHOLDER = /<([A-Za-z0-9_][A-Za-z0-9_ .-]{0,40})>/g;

interface ScalarAt { path: YamlPath; node: ParsedNode }

/** The scalars under `node` whose value may hold a placeholder (it has a `<`), with their paths. */
function scalars(node: ParsedNode | null | undefined, path: YamlPath, out: ScalarAt[]): void {
  if (!node) { return; }
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.includes('<')) { out.push({ path, node }); }
    return;
  }
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) { continue; }
      const value = item.value as ParsedNode | null;
      // A child path only where something below may be reported.
      if (!value || isScalar(value) && !(typeof value.value === 'string' && value.value.includes('<'))) { continue; }
      const key = isScalar(item.key) ? String(item.key.value) : '?';
      scalars(value, [...path, key], out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => scalars(item as ParsedNode, [...path, i], out));
  }
}

function isUriLike(path: YamlPath, value: string): boolean {
  return value.includes('://') || /ur[il]|host/i.test(String(path[path.length - 1]));
}

function samePath(a: YamlPath, b: YamlPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Which marketplace URI the value at `path` is, if it is one (the API URI, or the Marketplace plugin's uri). */
function uriKindAt(ctx: RuleContext, path: YamlPath): UriKind | undefined {
  if (samePath(path, API_URI_PATH)) { return 'api'; }
  return marketplaceEntries(ctx).some(e => samePath([...e.path, 'uri'], path)) ? 'plugin' : undefined;
}

/** For a marketplace URI: the whole URI this cluster needs (from pylon and layout.yaml), if it can be computed. */
function computedUri(ctx: RuleContext, path: YamlPath): string | undefined {
  const kind = uriKindAt(ctx, path);
  return kind && endpointsOf(ctx).preferred[kind];
}

function findingsIn(ctx: RuleContext, { path, node }: ScalarAt): RuleFinding[] {
  const value = isScalar(node) ? node.value : undefined;
  // A placeholder is found in the source only where the value holds it too.
  if (typeof value !== 'string' || !value.includes('<')) { return []; }
  const offsets = ctx.doc.nodeOffsets(node);
  if (!offsets) { return []; }
  const source = ctx.doc.text.slice(offsets[0], offsets[1]);
  const out: RuleFinding[] = [];
  for (const m of source.matchAll(PLACEHOLDER)) {
    const placeholder = m[0];
    if (!value.includes(placeholder)) { continue; }
    const start = offsets[0] + (m.index ?? 0);
    const end = start + placeholder.length;
    const inner = m[1];
    const uri = isUriLike(path, value);
    const where = `\`${keyPath(path)}\``;
    // Part of a password is still a secret: the whole value is masked by check(), this part here.
    const shown = isSecretPath(path) ? MASK : placeholder;
    if (/^\d+$/.test(inner) && value.includes('://')) {
      out.push({
        range: ctx.doc.range(start, end),
        severity: 'error',
        message: `${where} holds \`${placeholder}\` in angle brackets: write the port without them, \`${inner}\`.`,
        detail: 'The angle brackets are the deployment doc\'s placeholder notation, so the URI is invalid as written.',
        fixes: [fix(`Drop the placeholder brackets: ${inner}`, [edit(ctx.doc, start, end, inner)], true)],
        data: { placeholder, replacement: inner },
      });
      continue;
    }
    const whole = uri ? computedUri(ctx, path) : undefined;
    const fixes = whole ? [fix(`Set ${String(path[path.length - 1])}: ${whole}`, [setKey(ctx.doc, path, scalarText(ctx.doc, whole, node))], true)] : [];
    out.push({
      range: ctx.doc.range(start, end),
      severity: uri ? 'error' : 'warning',
      message: `${where} holds the placeholder \`${shown}\`: write the real value.`,
      detail: uri
        ? `\`${shown}\` is the deployment doc's placeholder, and paictl deploys it literally, so this URI points nowhere.${whole ? ` For this cluster the whole URI is \`${whole}\`.` : ''}`
        : `\`${shown}\` is the deployment doc's placeholder, and paictl deploys it literally (the value becomes the text "${shown}").`,
      fixes,
      data: { placeholder: shown },
    });
  }
  return out;
}

export const placeholder: RegisteredRule = {
  code: 'placeholder',
  severity: 'error',
  fixable: true,
  description: 'A marketplace value still holds a deployment-doc placeholder: in a URI or host (error: it points nowhere) such as `<openpai cluster>`, elsewhere (warning: deployed as that text) such as `<password>`.',
  docs: [
    '- **Catches:** a `<…>` placeholder from the deployment doc left in a marketplace section, in `webportal.plugins` or in',
    'the switch: `<password>`, `<openpai cluster>`, `<connection_string>`, `<9292>`. In a URI or host it is an error',
    '(the URI points nowhere). Elsewhere (credentials, storage) it is a warning: the service deploys with that text as the',
    'value (a `<password>` on both sides even connects), which is not what you meant.',
    '- **Why:** paictl deploys the text literally. The deployment doc\'s `http://<master_node_ip>:<9292>` uses angle',
    'brackets as placeholder notation, so the real value is `http://10.0.0.1:9292`.',
    '- **Fix:** in `marketplace_api_uri` and the Marketplace plugin\'s `uri`, the whole URI this cluster needs, computed',
    'from `pylon` and `layout.yaml` (e.g. `https://<openpai cluster>/marketplace/plugin.js` becomes',
    '`https://10.0.0.1/marketplace/plugin.js`; the plugin URI is the relative `/marketplace/plugin.js` when the host is not',
    'known). A port in brackets inside a URI loses the brackets (`<9292>` becomes `9292`). Any other placeholder needs the',
    'real value.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-db:',
    '  # bad: passwd: <password>  (the password is the text "<password>")',
    '  passwd: mp-Secret-42      # good',
    '```',
  ],
  check(ctx) {
    const found: ScalarAt[] = [];
    for (const path of SCANNED) {
      const loc = ctx.doc.locate(path);
      if (loc) { scalars(loc.written, path, found); }
    }
    return found.flatMap(s => findingsIn(ctx, s));
  },
};
