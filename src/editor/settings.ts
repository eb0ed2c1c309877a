/** The editor face's view of the settings (core/settings.ts): `openpai.paiVersion`, `openpai.files`, `openpai.rules.disabled`, `openpai.validate.enable`. */
import * as vscode from 'vscode';
import { readSettings as readCoreSettings, settingKey, SETTINGS_SECTION, type OpenPaiSettings } from '../core/settings';
import type { PaiVersionOption } from '../core/version';

export interface EditorSettings {
  paiVersion: PaiVersionOption;
  /** Extra globs of files to check, beyond the two file names. */
  files: string[];
  /** Rule codes not to run. */
  disabled: string[];
  enabled: boolean;
}

export const SETTING_KEYS = (['paiVersion', 'files', 'rulesDisabled', 'validateEnable'] as const).map(settingKey);

/** Every setting, for `scope` (a resource: the folder settings apply). The face's one read of VS Code's configuration. */
export function readAllSettings(scope?: vscode.Uri): OpenPaiSettings {
  return readCoreSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope));
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const s = readAllSettings(scope);
  return { paiVersion: s.paiVersion, files: s.files, disabled: s.rulesDisabled, enabled: s.validateEnable };
}

/** Writes `openpai.<key>` (e.g. `paiVersion`). */
export async function writeSetting(key: string, value: unknown, target: vscode.ConfigurationTarget): Promise<void> {
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(key, value, target);
}

/** Part of a cache key: a check depends on these settings. */
export function checkSettingsKey(s: EditorSettings): string {
  return `${s.enabled ? 1 : 0}|${s.paiVersion}|${[...s.disabled].sort().join(',')}`;
}

export function affectsEditorSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return SETTING_KEYS.some(k => e.affectsConfiguration(k));
}
