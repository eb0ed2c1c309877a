/**
 * Where a setting is edited. The paictl settings are machine-scoped: in a remote window (SSH, a
 * container, code-server) they live in the Remote tab, and the User tab shows them empty and
 * unwritable. Pure; unit-tested against package.json's scopes.
 */
import { MACHINE_SETTING_KEYS } from '../core/settings';

export const MACHINE_SETTINGS: readonly string[] = MACHINE_SETTING_KEYS;

export interface SettingsEditor { command: string; args: { query: string } }

/** The settings editor command for `setting`; `remoteName` is vscode.env.remoteName. */
export function settingsEditor(setting: string, remoteName: string | undefined): SettingsEditor {
  const args = { query: setting };
  if (MACHINE_SETTINGS.includes(setting)) {
    return { command: remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings', args };
  }
  return { command: 'workbench.action.openWorkspaceSettings', args };
}
