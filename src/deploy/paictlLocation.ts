/**
 * Where paictl and its interpreter are, from the settings, the workspace and the dev-box default.
 * Pure: file system questions come through `FsProbe`, so unit tests use a fake.
 */
import * as l10n from '@vscode/l10n';
import * as path from 'path';
import { SETTINGS } from '../core/settings';

export const DEVBOX_PAICTL = '/pai/paictl.py';
export const DEFAULT_PYTHON = SETTINGS.paictlPython.default;

export interface FsProbe {
  isFile(p: string): boolean;
  isExecutable(p: string): boolean;
}

export interface PaictlSettings {
  /** openpai.paictl.path ('' when unset). */
  paictlPath: string;
  /** openpai.paictl.python ('' when unset). */
  python: string;
  /** openpai.paictl.kubeconfig ('' when unset). */
  kubeconfig: string;
}

export interface ResolveInput {
  settings: PaictlSettings;
  /** paictl.py files found in the workspace, any order. */
  workspacePaictl: readonly string[];
  /** $PATH and $HOME of the extension host. */
  envPath: string;
  home: string;
  platform?: string;
}

export type SettingKey = 'openpai.paictl.path' | 'openpai.paictl.python' | 'openpai.paictl.kubeconfig' | 'openpai.configFolder';

export interface Paictl {
  python: string;
  paictl: string;
  kubeconfig?: string;
  /** Where paictl.py came from, for messages. */
  paictlSource: 'setting' | 'workspace' | 'dev-box default';
}

export interface PaictlProblem {
  setting: SettingKey;
  message: string;
}

export function expandHome(p: string, home: string): string {
  return p === '~' ? home : p.startsWith('~/') ? path.join(home, p.slice(2)) : p;
}

/** The nearest paictl.py to the workspace root (fewest folders deep, then by name). */
export function preferredWorkspacePaictl(found: readonly string[]): string | undefined {
  return [...found].sort((a, b) => a.split(/[\\/]/).length - b.split(/[\\/]/).length || a.localeCompare(b))[0];
}

/** An interpreter name looked up on $PATH, or an absolute path; undefined when not found. */
export function findExecutable(name: string, envPath: string, fs: FsProbe, platform: string = process.platform): string | undefined {
  if (name.includes('/') || (platform === 'win32' && name.includes('\\'))) {
    return fs.isExecutable(name) ? name : undefined;
  }
  const exts = platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  for (const dir of envPath.split(platform === 'win32' ? ';' : ':').filter(Boolean)) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (fs.isExecutable(candidate)) { return candidate; }
    }
  }
  return undefined;
}

export function resolvePaictl(input: ResolveInput, fs: FsProbe): Paictl | PaictlProblem {
  const s = input.settings;
  const platform = input.platform ?? process.platform;
  const python = s.python.trim() === '' ? DEFAULT_PYTHON : expandHome(s.python.trim(), input.home);
  if (!findExecutable(python, input.envPath, fs, platform)) {
    const where = python.includes('/')
      ? l10n.t('{0} does not exist or is not executable', python)
      : l10n.t('no "{0}" on the PATH of this VS Code ({1})', python, input.envPath || l10n.t('empty PATH'));
    return {
      setting: 'openpai.paictl.python',
      message: l10n.t('Cannot run paictl: {0}. paictl is a Python 2.7 script (the dev-box has it as "python"); set openpai.paictl.python to the interpreter that runs it.', where),
    };
  }
  let paictl: string;
  let paictlSource: Paictl['paictlSource'];
  if (s.paictlPath.trim() !== '') {
    paictl = expandHome(s.paictlPath.trim(), input.home);
    paictlSource = 'setting';
    if (!path.isAbsolute(paictl)) {
      return { setting: 'openpai.paictl.path', message: l10n.t('openpai.paictl.path must be an absolute path to paictl.py (it is "{0}").', s.paictlPath) };
    }
    if (!fs.isFile(paictl)) {
      return { setting: 'openpai.paictl.path', message: l10n.t('Cannot run paictl: openpai.paictl.path names {0}, which does not exist.', paictl) };
    }
  } else {
    const inWorkspace = preferredWorkspacePaictl(input.workspacePaictl);
    paictl = inWorkspace ?? DEVBOX_PAICTL;
    paictlSource = inWorkspace ? 'workspace' : 'dev-box default';
    if (!fs.isFile(paictl)) {
      return {
        setting: 'openpai.paictl.path',
        message: l10n.t("Cannot run paictl: there is no paictl.py in the workspace and none at {0} (where the dev-box has it). Set openpai.paictl.path to your pai checkout's paictl.py.", DEVBOX_PAICTL),
      };
    }
  }
  const kubeconfig = s.kubeconfig.trim() === '' ? undefined : expandHome(s.kubeconfig.trim(), input.home);
  if (kubeconfig !== undefined && !fs.isFile(kubeconfig)) {
    return { setting: 'openpai.paictl.kubeconfig', message: l10n.t("Cannot run paictl: openpai.paictl.kubeconfig names {0}, which does not exist. Clear it to use paictl's default ~/.kube/config.", kubeconfig) };
  }
  return { python, paictl, kubeconfig, paictlSource };
}

export function isProblem(r: Paictl | PaictlProblem): r is PaictlProblem {
  return 'setting' in r;
}
