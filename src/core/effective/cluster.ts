import { SWITCH_PATH } from '../model';
import type { ServiceContext } from './context';
import { fileEntry } from './sources';
import type { ServiceValues } from './types';

/** `cluster.common.marketplace`: not in src/cluster/config/cluster.yaml; the templates compare it with the string 'true'. */
export function cluster(ctx: ServiceContext): ServiceValues {
  const path = [...SWITCH_PATH];
  const entry = ctx.doc.has(path)
    ? fileEntry(ctx.doc, path)
    : { value: null, origin: { kind: 'default' as const, from: "not in src/cluster/config/cluster.yaml: renders empty, so the marketplace is off" } };
  return { 'common.marketplace': entry };
}

export function switchOn(values: ServiceValues): boolean {
  return values['common.marketplace'].value === 'true';
}
