/**
 * What paictl's layout parser and the services' parsers require of layout.yaml, located at
 * layout.yaml's own lines. Two views use it: checkLayout (a layout.yaml on its own) and the
 * layout-machines rule (findings in services-configuration.yaml); layout-master keeps its own words.
 */
import { isMap } from 'yaml';
import type { Range, RelatedLocation, Severity } from './finding';
import type { Layout, LayoutMachine } from './layout';
import { isRecord } from './model';

export type LayoutCode = 'layout-master' | 'layout-machines';

/** One problem of a layout, located in layout.yaml. */
export interface LayoutProblem {
  code: LayoutCode;
  severity: Severity;
  message: string;
  detail?: string;
  range: Range;
  related: RelatedLocation[];
}

export function machineName(m: LayoutMachine): string {
  return m.hostname ?? m.hostip ?? `machine-list[${m.index}]`;
}

function masterRange(layout: Layout, m: LayoutMachine): Range {
  return layout.sibling.doc.valueRange(['machine-list', m.index, 'pai-master']);
}

function nodeRange(layout: Layout, m: LayoutMachine): Range {
  return layout.sibling.doc.nodeRange(m.node) ?? layout.sibling.doc.range(0, 0);
}

function masterProblems(layout: Layout): LayoutProblem[] {
  const { doc, path: file } = layout.sibling;
  if (layout.masters.length === 0) {
    const booleans = layout.machines.filter(m => m.booleanMaster);
    if (booleans.length > 0) {
      return booleans.map(m => ({
        code: 'layout-master', severity: 'error', range: masterRange(layout, m), related: [],
        message: '`pai-master: true` is a YAML boolean, so paictl sees no master: write `pai-master: "true"` (with the quotes).',
        detail: 'paictl compares with the string "true", so the marketplace services fail with \'"pai-master=true" machine is required to deploy the marketplace-db service\'.',
      }));
    }
    return [{
      code: 'layout-master', severity: 'error', related: [],
      range: doc.has(['machine-list']) ? doc.keyRange(['machine-list']) : doc.range(0, 0),
      message: 'No machine has `pai-master: "true"`, so the marketplace services fail: mark the master with it.',
      detail: 'The marketplace services run on the master and fail with \'"pai-master=true" machine is required to deploy the marketplace-db service\'; from v1.5 the layout parser stops with "No master node specified".',
    }];
  }
  const out: LayoutProblem[] = [];
  const [first, ...others] = layout.masters;
  for (const m of others) {
    out.push({
      code: 'layout-master', severity: 'error', range: masterRange(layout, m),
      related: [{ file, range: masterRange(layout, first), message: `the first master: ${machineName(first)}` }],
      message: `A second machine with \`pai-master: "true"\` (${machineName(m)}): keep it on one machine only.`,
      detail: 'pylon and webportal need exactly one (\'1 and only 1 "pai-master=true" machine is required\'), and from v1.5 the layout parser stops with "Only one pai-master node supported".',
    });
  }
  if (first.hostip === undefined) {
    out.push({
      code: 'layout-master', severity: 'error', range: nodeRange(layout, first), related: [],
      message: `The master (${machineName(first)}) has no \`hostip\`, so every parser that reads it fails: add the master's \`hostip\`.`,
      detail: 'Those parsers fail with KeyError: \'hostip\', and the marketplace services take their database host and URIs from it.',
    });
  }
  return out;
}

function machineProblems(layout: Layout): LayoutProblem[] {
  const { doc, path: file } = layout.sibling;
  const out: LayoutProblem[] = [];
  const byName = new Map<string, LayoutMachine>();
  for (const m of layout.machines) {
    if (m.hostname === undefined) { continue; }
    const earlier = byName.get(m.hostname);
    if (!earlier) { byName.set(m.hostname, m); continue; }
    out.push({
      code: 'layout-machines', severity: 'error', range: doc.valueRange(['machine-list', m.index, 'hostname']),
      related: [{ file, range: doc.valueRange(['machine-list', earlier.index, 'hostname']), message: `first ${m.hostname}` }],
      message: `The hostname \`${m.hostname}\` is used twice, so every \`paictl service\` command fails: rename one.`,
      detail: `paictl's layout parser stops with "duplicate hostname [${m.hostname}] in kubernetes-configuration".`,
    });
  }
  const skus = doc.valueAt(['machine-sku']);
  if (!doc.has(['machine-sku'])) {
    out.push({
      code: 'layout-machines', severity: 'error', range: doc.range(0, 0), related: [],
      message: 'There is no `machine-sku`, so every service command fails: add it.',
      detail: 'paictl\'s layout parser reads it for every service command and fails with KeyError: \'machine-sku\'. List there the machine types the machine-list names.',
    });
    return out;
  }
  layout.machines.forEach(m => {
    const type = doc.valueAt(['machine-list', m.index, 'machine-type']);
    if (typeof type !== 'string' && typeof type !== 'number') { return; }
    if (isRecord(skus) && Object.prototype.hasOwnProperty.call(skus, String(type))) { return; }
    const known = isRecord(skus) ? Object.keys(skus) : [];
    out.push({
      code: 'layout-machines', severity: 'warning', range: doc.valueRange(['machine-list', m.index, 'machine-type']),
      related: [{ file, range: doc.keyRange(['machine-sku']), message: known.length > 0 ? `machine-sku has ${known.join(', ')}` : 'machine-sku names no machine type' }],
      message: `\`machine-type: ${String(type)}\` (${machineName(m)}) is not in \`machine-sku\`: name one from there, or add it.`,
      detail: `${known.length > 0 ? `machine-sku has ${known.join(', ')}. ` : ''}The installer's layout check refuses it ("machine-type should be defined in machine-sku"), and the GPU configuration and the scheduler read the machine's resources from its sku.`,
    });
  });
  return out;
}

/** The layout's problems, located in layout.yaml; none when its root is not a mapping. */
export function layoutProblems(layout: Layout): LayoutProblem[] {
  if (!isMap(layout.sibling.doc.root)) { return []; }
  return [...masterProblems(layout), ...machineProblems(layout)];
}

