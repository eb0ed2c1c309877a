/**
 * Comparing a config folder with the cluster's copy (what `paictl config pull -o <temp>` wrote there):
 * which files differ, which diffs to open, and what Push and Deploy ask first. Pure; unit-tested.
 */
import * as l10n from '@vscode/l10n';
import { CONFIG_YAML_FILE, LAYOUT_FILE, SERVICES_FILE } from '../core/files';

/** The files `config push -m service` replaces on the cluster (pai v1.8.0 configCmd.py push_list), in the order shown. */
export const COMPARED_FILES = [SERVICES_FILE, LAYOUT_FILE, CONFIG_YAML_FILE] as const;
export type ComparedName = typeof COMPARED_FILES[number];

export interface ComparedFile {
  file: ComparedName;
  /** The cluster's copy and the folder's file on disk are not the same text (or only one of them exists). */
  differs: boolean;
  /** `config pull` wrote it: the cluster stores it. */
  onCluster: boolean;
  /** The config folder has it. */
  inFolder: boolean;
}

/** The texts on both sides, file by file; a file on neither side is left out. */
export function compareFiles(cluster: (name: ComparedName) => string | undefined, local: (name: ComparedName) => string | undefined): ComparedFile[] {
  const out: ComparedFile[] = [];
  for (const file of COMPARED_FILES) {
    const c = cluster(file);
    const l = local(file);
    if (c === undefined && l === undefined) { continue; }
    out.push({ file, differs: c !== l, onCluster: c !== undefined, inFolder: l !== undefined });
  }
  return out;
}

/** The diff editors to open, the first one shown last so it ends up in front. */
export function diffsToOpen(compared: readonly ComparedFile[]): ComparedFile[] {
  return compared.filter(c => c.differs).reverse();
}

/** The diff editor's title: the cluster's copy on the left, the folder's file on the right. */
export function diffTitle(c: ComparedFile, clusterId: string): string {
  if (!c.onCluster) { return l10n.t('{0}: not on cluster "{1}" ↔ this folder', c.file, clusterId); }
  if (!c.inFolder) { return l10n.t('{0}: cluster "{1}" ↔ not in this folder', c.file, clusterId); }
  return l10n.t('{0}: cluster "{1}" ↔ this folder', c.file, clusterId);
}

function named(c: ComparedFile): string {
  if (!c.onCluster) { return l10n.t('{0} (not on the cluster)', c.file); }
  if (!c.inFolder) { return l10n.t('{0} (not in the folder)', c.file); }
  return c.file;
}

/**
 * One sentence for the admin. `unsaved`: compared files open with unsaved edits (the diff shows them,
 * but the comparison and paictl use the saved file).
 */
export function compareSummary(compared: readonly ComparedFile[], folder: string, unsaved: readonly string[] = []): string {
  const differing = compared.filter(c => c.differs);
  const note = unsaved.length ? ` ${l10n.t('Unsaved changes in {0} are not compared: paictl pushes the saved file.', unsaved.join(', '))}` : '';
  if (differing.length === 0) {
    return l10n.t('The cluster holds the same {0} as {1}: a push changes none of them.', compared.map(c => c.file).join(', '), folder) + note;
  }
  const names = differing.map(named).join(', ');
  return (differing.length === 1
    ? l10n.t("1 file differs from the cluster's copy: {0}. The diff editor shows the cluster's copy on the left.", names)
    : l10n.t("{0} files differ from the cluster's copy: {1}. The diff editors show the cluster's copy on the left.", differing.length, names)) + note;
}

export interface PushOffer { text: string; detail: string; go: string; compare: string }

/** Whether Push or Deploy asks first: only when a person runs it (no `{ clusterId }`), the setting is on, and no earlier modal already asked. */
export function offersCompare(o: { scripted: boolean; setting: boolean; alreadyConfirmed: boolean }): boolean {
  return !o.scripted && o.setting && !o.alreadyConfirmed;
}

/** The confirmation before a push: go on, or compare with the cluster first. */
export function pushOffer(title: string, folder: string, deploys: boolean): PushOffer {
  return {
    text: deploys
      ? l10n.t('{0}: push {1} to the cluster and restart the marketplace services?', title, folder)
      : l10n.t('{0}: push {1} to the cluster?', title, folder),
    detail: l10n.t("paictl replaces the configuration stored in the cluster (services-configuration.yaml, layout.yaml and, from v1.7, config.yaml) with this folder's. Compare with Cluster First pulls the cluster's copy and shows what will change. (The setting openpai.deploy.offerCompare turns this question off; a call that passes the cluster id never asks.)"),
    go: deploys ? l10n.t('Deploy') : l10n.t('Push'),
    compare: l10n.t('Compare with Cluster First'),
  };
}

export interface ContinueOffer { level: 'info' | 'warning'; text: string; button: string }

/** After the comparison (its summary, or why the pull failed): a button to go on with the push. */
export function continueOffer(title: string, outcome: { status: 'succeeded' | 'failed'; summary: string }, button: string): ContinueOffer {
  return outcome.status === 'succeeded'
    ? { level: 'info', text: `${outcome.summary} ${l10n.t('Go on with {0}?', title)}`, button }
    : { level: 'warning', text: `${outcome.summary} ${l10n.t('Go on with {0} anyway?', title)}`, button };
}
