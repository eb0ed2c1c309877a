import { isMap, isPair, isScalar, isSeq, type ParsedNode } from 'yaml';
import type { YamlPath } from '../document';
import { edit, fix, scalarText, setKey } from '../fix';
import { MARKETPLACE_SECTIONS, SWITCH_PATH } from '../model';
import { dotted } from '../paths';
import { marketplaceEntries } from '../plugins';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { isSecretPath, MASK } from '../secret';
import { API_URI_PATH, endpointsOf, type UriKind } from '../uris';

/** The parts of the file where the deployment doc's `<...>` placeholders end up. */
const SCANNED: readonly YamlPath[] = [...MARKETPLACE_SECTIONS.map(s => [s]), ['webportal', 'plugins'], SWITCH_PATH];

const PLACEHOLDER = /<([A-Za-z0-9_][A-Za-z0-9_ .-]{0,40})>/g;

interface ScalarAt { path: YamlPath; node: ParsedNode }

function scalars(node: ParsedNode | null | undefined, path: YamlPath, out: ScalarAt[]): void {
  if (!node) { return; }
  if (isScalar(node)) { out.push({ path, node }); return; }
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) { continue; }
      const key = isScalar(item.key) ? String(item.key.value) : '?';
      scalars(item.value as ParsedNode | null, [...path, key], out);
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
  const offsets = ctx.doc.nodeOffsets(node);
  if (typeof value !== 'string' || !offsets) { return []; }
  const source = ctx.doc.text.slice(offsets[0], offsets[1]);
  const out: RuleFinding[] = [];
  for (const m of source.matchAll(PLACEHOLDER)) {
    const placeholder = m[0];
    if (!value.includes(placeholder)) { continue; }
    const start = offsets[0] + (m.index ?? 0);
    const end = start + placeholder.length;
    const inner = m[1];
    const uri = isUriLike(path, value);
    const where = `\`${dotted(path)}\``;
    // Part of a password is still a secret: the whole value is masked by check(), this part here.
    const shown = isSecretPath(path) ? MASK : placeholder;
    if (/^\d+$/.test(inner) && value.includes('://')) {
      out.push({
        range: ctx.doc.range(start, end),
        severity: 'error',
        message: `${where} holds \`${placeholder}\`: the angle brackets are the deployment doc's placeholder notation, so the URI is invalid as written. Write the port without them: \`${inner}\`.`,
        fixes: [fix(`Drop the placeholder brackets: ${inner}`, [edit(ctx.doc, start, end, inner)], true)],
        data: { placeholder, replacement: inner },
      });
      continue;
    }
    const whole = uri ? computedUri(ctx, path) : undefined;
    const fixes = whole ? [fix(`Set ${String(path[path.length - 1])}: ${whole}`, [setKey(ctx.doc, path, scalarText(ctx.doc, whole, node))], true)] : [];
    const computed = whole ? ` For this cluster the whole URI is \`${whole}\`.` : '';
    out.push({
      range: ctx.doc.range(start, end),
      severity: uri ? 'error' : 'warning',
      message: uri
        ? `${where} still holds the deployment doc's placeholder \`${shown}\`: paictl deploys it literally, so this URI points nowhere. Replace \`${shown}\` with the real value.${computed}`
        : `${where} still holds the deployment doc's placeholder \`${shown}\`: paictl deploys it literally (the value becomes the text "${shown}"). Replace it with the real value.`,
      fixes,
      data: { placeholder: shown },
    });
  }
  return out;
}

export const placeholder: Rule = {
  code: 'placeholder',
  severity: 'error',
  fixable: true,
  description: 'A marketplace value still holds a deployment-doc placeholder: in a URI or host (error: it points nowhere) such as `<openpai cluster>`, elsewhere (warning: deployed as that text) such as `<password>`.',
  check(ctx) {
    const found: ScalarAt[] = [];
    for (const path of SCANNED) {
      const loc = ctx.doc.locate(path);
      if (loc) { scalars(loc.written, path, found); }
    }
    return found.flatMap(s => findingsIn(ctx, s));
  },
};
