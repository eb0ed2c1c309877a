import { isMap, isScalar, isSeq, type ParsedNode } from 'yaml';
import type { ParsedDocument } from './document';
import { pyyamlLoadFails } from './load';
import type { RuleContext } from './rule';
import type { Sibling } from './siblings';

export interface LayoutMachine {
  index: number;
  hostname?: string;
  hostip?: string;
  /** `pai-master: "true"` as paictl wants it (the string). */
  isMaster: boolean;
  /** `pai-master: true` (or `yes`, `on`) read by PyYAML as a boolean: paictl does not see a master here. */
  booleanMaster: boolean;
  /** The `pai-master` value as written, for messages. */
  masterText?: string;
  /** The machine-list item node, for ranges in layout.yaml. */
  node: ParsedNode;
}

export interface Layout {
  sibling: Sibling;
  machines: LayoutMachine[];
  masters: LayoutMachine[];
  /** The master paictl's marketplace parsers use: the first `pai-master: "true"` machine. */
  master?: LayoutMachine;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export function readLayout(sibling: Sibling): Layout {
  const doc: ParsedDocument = sibling.doc;
  const list = doc.nodeAt(['machine-list']);
  const machines: LayoutMachine[] = [];
  if (isSeq(list)) {
    list.items.forEach((item, index) => {
      const node = item as ParsedNode;
      if (!isMap(node)) { return; }
      const v = doc.valueAt(['machine-list', index]) as Record<string, unknown> | undefined;
      if (!v || typeof v !== 'object') { return; }
      const written = doc.locate(['machine-list', index, 'pai-master'])?.written;
      const offsets = isScalar(written) ? doc.nodeOffsets(written) : undefined;
      machines.push({
        index,
        masterText: offsets ? doc.text.slice(offsets[0], offsets[1]) : undefined,
        hostname: str(v.hostname),
        hostip: str(v.hostip),
        isMaster: v['pai-master'] === 'true',
        booleanMaster: v['pai-master'] === true,
        node,
      });
    });
  }
  const masters = machines.filter(m => m.isMaster);
  return { sibling, machines, masters, master: masters[0] };
}

/** A sibling's parse is kept while its text is unchanged (siblings.ts, one parse per path): so is what is read from it. */
const layouts = new WeakMap<ParsedDocument, Layout | null>();

function computeLayout(ctx: RuleContext): Layout | undefined {
  const sibling = ctx.siblings.get('layout.yaml');
  if (!sibling) { return undefined; }
  let layout = layouts.get(sibling.doc);
  if (layout === undefined) {
    // A layout.yaml PyYAML cannot load gives paictl no machines at all: nothing to reason about.
    layout = pyyamlLoadFails(sibling.doc) ? null : readLayout(sibling);
    layouts.set(sibling.doc, layout);
  }
  return layout ?? undefined;
}

/** The sibling layout.yaml, read once per check; undefined when absent, unloadable, or no reader was given. */
export function layoutOf(ctx: RuleContext): Layout | undefined {
  return ctx.once(computeLayout);
}

/** The master's `hostip` from layout.yaml, if known. */
export function masterIp(ctx: RuleContext): string | undefined {
  return layoutOf(ctx)?.master?.hostip;
}
