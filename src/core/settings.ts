/**
 * The extension's settings (`openpai.*`), read in one place: each with its key, its default (as
 * package.json's contributes.configuration declares it: test/unit/core/settings.test.ts fails on drift)
 * and how a value of the wrong type is read. Pure: the faces hand in VS Code's configuration
 * (editor/settings.ts, deploy/settings.ts); the CLI has flags instead.
 *
 * The program paths are machine-scoped and restricted in untrusted workspaces (package.json), so VS
 * Code's own `get` never returns a workspace's value for them: they are read like the others.
 */
import { isPaiVersion, type PaiVersionOption } from './version';

export const SETTINGS_SECTION = 'openpai';

export interface OpenPaiSettings {
  /** `openpai.paiVersion`: `auto`, or the version the checks assume. */
  paiVersion: PaiVersionOption;
  /** `openpai.files`: extra globs of files to check, beyond the two file names. */
  files: string[];
  /** `openpai.rules.disabled`: rule codes not to run. */
  rulesDisabled: string[];
  /** `openpai.validate.enable`: false shows no checks in the editor (a push is still checked). */
  validateEnable: boolean;
  /** `openpai.configFolder`, as written (absolute, `~/…`, `${workspaceFolder}` or relative). */
  configFolder: string;
  /** `openpai.paictl.path`: paictl.py; empty to look in the workspace and on PATH. */
  paictlPath: string;
  /** `openpai.paictl.python`: the interpreter that runs paictl.py. */
  paictlPython: string;
  /** `openpai.paictl.kubeconfig`: paictl's `-c` and kubectl's `--kubeconfig`; empty for the default. */
  paictlKubeconfig: string;
  /** `openpai.kubectl.path`. */
  kubectlPath: string;
  /** `openpai.deploy.offerCompare`: Push and Deploy ask first, with Compare with Cluster First. */
  deployOfferCompare: boolean;
  /** `openpai.deploy.statusAfterSeconds`: while the marketplace's `service start` runs longer, ask Kubernetes why; 0 is off. */
  deployStatusAfterSeconds: number;
}

interface SettingSpec<T> {
  /** The key under `openpai.`. */
  key: string;
  default: T;
  /** The value as the extension uses it; the default when it is absent or of another type. */
  read(raw: unknown): T;
  /** A program path: machine-scoped and restricted in untrusted workspaces. */
  machine?: true;
}

const text = (key: string, fallback: string, machine?: true): SettingSpec<string> =>
  ({ key, default: fallback, read: v => typeof v === 'string' ? v : fallback, ...(machine ? { machine } : {}) });
const strings = (key: string): SettingSpec<string[]> =>
  ({ key, default: [], read: v => Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [] });

export const SETTINGS: { readonly [K in keyof OpenPaiSettings]: SettingSpec<OpenPaiSettings[K]> } = {
  paiVersion: { key: 'paiVersion', default: 'auto', read: v => typeof v === 'string' && isPaiVersion(v) ? v : 'auto' },
  files: strings('files'),
  rulesDisabled: strings('rules.disabled'),
  validateEnable: { key: 'validate.enable', default: true, read: v => v !== false },
  configFolder: text('configFolder', ''),
  paictlPath: text('paictl.path', '', true),
  paictlPython: text('paictl.python', 'python', true),
  paictlKubeconfig: text('paictl.kubeconfig', '', true),
  kubectlPath: text('kubectl.path', 'kubectl', true),
  deployOfferCompare: { key: 'deploy.offerCompare', default: true, read: v => v !== false },
  deployStatusAfterSeconds: { key: 'deploy.statusAfterSeconds', default: 60, read: v => typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 60 },
};

/** The full key: `openpai.paictl.path`. */
export function settingKey(name: keyof OpenPaiSettings): string {
  return `${SETTINGS_SECTION}.${SETTINGS[name].key}`;
}

const NAMES = Object.keys(SETTINGS) as (keyof OpenPaiSettings)[];

/** Every setting's full key. */
export const SETTING_KEYS: readonly string[] = NAMES.map(settingKey);
/** The program-path settings (machine-scoped, restricted). */
export const MACHINE_SETTING_KEYS: readonly string[] = NAMES.filter(n => SETTINGS[n].machine).map(settingKey);

/** What the faces hand in: VS Code's `WorkspaceConfiguration` for the `openpai` section. */
export interface SettingsSource { get(key: string): unknown }

export function readSettings(source: SettingsSource): OpenPaiSettings {
  const read = <K extends keyof OpenPaiSettings>(name: K): OpenPaiSettings[K] => {
    const spec = SETTINGS[name];
    return spec.read(source.get(spec.key) ?? spec.default);
  };
  return Object.fromEntries(NAMES.map(n => [n, read(n)])) as unknown as OpenPaiSettings;
}
