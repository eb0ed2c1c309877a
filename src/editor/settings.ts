/** The editor face's settings: `openpai.paiVersion`, `openpai.files`, `openpai.rules.disabled`, `openpai.validate.enable`. */
import * as vscode from 'vscode';
import { isPaiVersion, type PaiVersionOption } from '../core/version';

export interface EditorSettings {
  paiVersion: PaiVersionOption;
  /** Extra globs of files to check, beyond the two file names. */
  files: string[];
  /** Rule codes not to run. */
  disabled: string[];
  enabled: boolean;
}

export const SETTING_KEYS = ['openpai.paiVersion', 'openpai.files', 'openpai.rules.disabled', 'openpai.validate.enable'] as const;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const config = vscode.workspace.getConfiguration('openpai', scope);
  const version = config.get<string>('paiVersion', 'auto');
  return {
    paiVersion: isPaiVersion(version) ? version : 'auto',
    files: strings(config.get('files')),
    disabled: strings(config.get('rules.disabled')),
    enabled: config.get<boolean>('validate.enable', true) !== false,
  };
}

/** Part of a cache key: a check depends on these settings. */
export function checkSettingsKey(s: EditorSettings): string {
  return `${s.enabled ? 1 : 0}|${s.paiVersion}|${[...s.disabled].sort().join(',')}`;
}

export function affectsEditorSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return SETTING_KEYS.some(k => e.affectsConfiguration(k));
}
