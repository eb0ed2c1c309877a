/** The language status items for checked files, and their commands (pick the version, open the rule settings). */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { SETTINGS, settingKey } from '../core/settings';
import { PAI_VERSIONS, type PaiVersionOption } from '../core/version';
import type { DocumentCache } from './documentCache';
import { CONFIG_FILE_NAMES } from './fileMatcher';
import { readSettings, writeSetting } from './settings';
import { statusView, type StatusLevel } from './statusText';

export const SELECT_VERSION_COMMAND = 'openpai.selectVersion';
export const OPEN_RULE_SETTINGS_COMMAND = 'openpai.openRuleSettings';

const LEVELS: Record<StatusLevel, vscode.LanguageStatusSeverity> = {
  error: vscode.LanguageStatusSeverity.Error,
  warning: vscode.LanguageStatusSeverity.Warning,
  info: vscode.LanguageStatusSeverity.Information,
};

export function documentSelector(extraGlobs: readonly string[]): vscode.DocumentFilter[] {
  return [
    ...CONFIG_FILE_NAMES.map(name => ({ pattern: `**/${name}` })),
    ...extraGlobs.map(glob => ({ pattern: glob.includes('/') ? glob : `**/${glob}` })),
  ];
}

export class StatusItems implements vscode.Disposable {
  private status: vscode.LanguageStatusItem | undefined;
  private rules: vscode.LanguageStatusItem | undefined;
  /** The last text shown, for tests (a language status item's text cannot be read back from the UI). */
  lastText = '';

  constructor(private readonly cache: DocumentCache) {
    this.recreate();
  }

  /** Builds the items for the current file globs (call after `openpai.files` changes). */
  recreate(): void {
    this.status?.dispose();
    this.rules?.dispose();
    const active = vscode.window.activeTextEditor?.document;
    const selector = documentSelector(active ? this.cache.settingsFor(active.uri).files : []);
    this.status = vscode.languages.createLanguageStatusItem('openpai.status', selector);
    this.status.name = 'OpenPAI';
    this.status.command = { title: l10n.t('Change'), command: SELECT_VERSION_COMMAND, tooltip: l10n.t('Choose the OpenPAI version the checks assume') };
    this.rules = vscode.languages.createLanguageStatusItem('openpai.rules', selector);
    this.rules.name = l10n.t('OpenPAI rules');
    this.rules.command = { title: l10n.t('Configure'), command: OPEN_RULE_SETTINGS_COMMAND, tooltip: l10n.t('Turn OpenPAI rules on or off') };
    this.update(false);
  }

  /** Shows the active document's state; with `check` false (at activation) only a check already made is used. */
  update(check = true): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!this.status || !this.rules || !document || !this.cache.isConfigDocument(document)) { return; }
    const entry = this.cache.peek(document) ?? (check ? this.cache.get(document) : undefined);
    if (!entry) { return; }
    const result = entry.result;
    const view = statusView({
      version: result?.paiVersion ?? (entry.settings.paiVersion === 'auto' ? '1.8' : entry.settings.paiVersion),
      versionSource: result?.paiVersionSource ?? (entry.settings.paiVersion === 'auto' ? 'default' : 'option'),
      ...(result?.releaseBeforeMarketplace !== undefined ? { releaseBeforeMarketplace: result.releaseBeforeMarketplace } : {}),
      https: entry.endpoints()?.https ?? false,
      findings: result?.findings ?? [],
      tooLarge: entry.tooLarge !== undefined,
      validationOff: !entry.settings.enabled,
    });
    this.lastText = view.text;
    this.status.text = view.text;
    this.status.detail = view.detail;
    this.status.command = { title: l10n.t('Change'), command: SELECT_VERSION_COMMAND, tooltip: view.tooltip };
    this.status.severity = LEVELS[view.level];
    const disabled = entry.settings.disabled.length;
    this.rules.text = disabled === 0 ? l10n.t('All OpenPAI rules on') : disabled === 1 ? l10n.t('1 OpenPAI rule off') : l10n.t('{0} OpenPAI rules off', disabled);
  }

  dispose(): void {
    this.status?.dispose();
    this.rules?.dispose();
  }
}

/** Writes `openpai.paiVersion`: the given value, or the one picked in a quick pick. Returns what was written. */
export async function selectVersion(value?: unknown): Promise<PaiVersionOption | undefined> {
  const options: PaiVersionOption[] = ['auto', ...PAI_VERSIONS];
  let chosen: PaiVersionOption | undefined = options.find(o => o === value);
  if (!chosen) {
    const current = readSettings().paiVersion;
    const picked = await vscode.window.showQuickPick(options.map(o => ({
      label: o === 'auto' ? 'auto' : `v${o}`,
      value: o,
      description: o === current ? l10n.t('current') : undefined,
      detail: o === 'auto' ? l10n.t("From cluster.docker-registry.tag, else config.yaml's docker_image_tag, else the latest") : undefined,
    })), { title: l10n.t('OpenPAI version the checks assume') });
    chosen = picked?.value;
  }
  if (!chosen) { return undefined; }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await writeSetting(SETTINGS.paiVersion.key, chosen, target);
  return chosen;
}

export async function openRuleSettings(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openSettings', settingKey('rulesDisabled'));
}
