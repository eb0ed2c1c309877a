/**
 * Whether a push may go ahead: the same core check the editor shows, plus the files paictl needs in
 * the folder. Pure: the caller reads the files; unit-tested.
 */
import * as l10n from '@vscode/l10n';
import { check, type Finding, type PaiVersionOption, type SiblingName } from '../core';
import { atLeast, versionFromTag, type PaiVersion, type VersionSource } from '../core/version';
import { checkOptions } from '../core/check-options';
import { SERVICES_FILE } from '../core/files';

/** The templates paictl deploys come from its own checkout: `<paictl folder>/version/PAI.VERSION` (pai_version.py). */
export const PAICTL_VERSION_FILE = 'version/PAI.VERSION';

export interface PaictlVersion {
  /** As written in the file, e.g. `v1.8.0`. */
  tag: string;
  version: PaiVersion;
}

/** The text of PAI.VERSION as a version; undefined when it names none we know. */
export function paictlVersionOf(text: string | undefined): PaictlVersion | undefined {
  const tag = text?.trim().split(/\s+/)[0];
  const version = versionFromTag(tag);
  return tag && version ? { tag, version } : undefined;
}

export const CONFIG_FILE = SERVICES_FILE;

export interface GateInput {
  /** Absolute path of the config folder, for messages. */
  folder: string;
  /** Text of `<folder>/services-configuration.yaml`, undefined when it is missing. */
  configText: string | undefined;
  /** Reads `layout.yaml` / `config.yaml` of the folder (undefined when missing). */
  readSibling: (name: SiblingName) => string | undefined;
  paiVersion?: PaiVersionOption;
  /** openpai.rules.disabled: honoured, except that `syntax` always runs (core/check-options.ts). */
  disabledRules?: readonly string[];
  /** The version of the paictl that will push (its PAI.VERSION): the config is checked as that version. */
  paictlVersion?: PaictlVersion;
}

export type GateDecision =
  | { kind: 'ok'; version: PaiVersion; warnings: number; versionWarning?: string }
  /** paictl cannot succeed: no way to go on. */
  | { kind: 'missing'; files: string[]; message: string }
  /** The core found errors: the admin may look at them or push anyway. */
  | { kind: 'errors'; errors: Finding[]; message: string; detail: string; versionWarning?: string };

function versionWords(source: VersionSource): string {
  switch (source) {
    case 'option': return l10n.t('the openpai.paiVersion setting');
    case 'docker-registry.tag': return 'cluster.docker-registry.tag';
    case 'config.yaml': return l10n.t("config.yaml's docker_image_tag");
    case 'default': return l10n.t('no version in the files, so the latest is assumed');
  }
}

export function gateDecision(input: GateInput): GateDecision {
  const fileName = `${input.folder.replace(/[\\/]+$/, '')}/${CONFIG_FILE}`;
  if (input.configText === undefined) {
    return { kind: 'missing', files: [CONFIG_FILE], message: l10n.t("{0} does not exist: paictl pushes the folder's {1}. Choose the folder that holds it (setting openpai.configFolder).", fileName, CONFIG_FILE) };
  }
  const asWritten = check(input.configText, { fileName, readSibling: input.readSibling, paiVersion: input.paiVersion ?? 'auto', rules: [] });
  const deploys = input.paictlVersion;
  // A push is checked whatever openpai.validate.enable says, with the rules the user sees (never without syntax).
  const result = check(input.configText, checkOptions({
    fileName, readSibling: input.readSibling, paiVersion: input.paiVersion, disabled: input.disabledRules, deploys: deploys?.version,
  }, 'push'));
  const before = asWritten.releaseBeforeMarketplace;
  const writtenFor = before ?? asWritten.paiVersion;
  const versionWarning = deploys && (before !== undefined || deploys.version !== asWritten.paiVersion)
    ? l10n.t('paictl will deploy the {0} templates (its {1} says {2}), but the config is for v{3} ({4}); the files were checked as {0}. Use a paictl checkout of the cluster\'s version, or update cluster.docker-registry.tag.',
      `v${deploys.version}`, PAICTL_VERSION_FILE, deploys.tag, writtenFor, versionWords(asWritten.paiVersionSource))
    : undefined;
  const note = versionWarning ? { versionWarning } : {};
  const missing: string[] = [];
  if (input.readSibling('layout.yaml') === undefined) { missing.push('layout.yaml'); }
  const needsConfigYaml = atLeast(result.paiVersion, '1.7');
  if (needsConfigYaml && input.readSibling('config.yaml') === undefined) { missing.push('config.yaml'); }
  if (missing.length > 0) {
    const why = missing.map(f => f === 'layout.yaml'
      ? l10n.t('layout.yaml (paictl reads the master node from it and pushes it with every config push)')
      : l10n.t('config.yaml (paictl v1.7+ refuses to push without it: "Some configuration files not found."; version {0} from {1})', result.paiVersion, deploys ? l10n.t("paictl's {0}", PAICTL_VERSION_FILE) : versionWords(result.paiVersionSource)));
    return {
      kind: 'missing', files: missing,
      message: missing.length === 1
        ? l10n.t('Not pushed: the config folder {0} lacks {1}. Put it next to {2}.', input.folder, why[0], CONFIG_FILE)
        : l10n.t('Not pushed: the config folder {0} lacks {1} and {2}. Put them next to {3}.', input.folder, why[0], why[1], CONFIG_FILE),
    };
  }
  if (before !== undefined && !deploys) {
    // Only `syntax` ran (core/check.ts): a push would go ahead on a file nobody checked for the marketplace.
    return {
      kind: 'errors', errors: result.findings.filter(f => f.severity === 'error'),
      message: l10n.t('The config names OpenPAI v{0}, which has no marketplace services: paictl v{0} cannot deploy them.', before),
      detail: l10n.t('The version comes from {0}; the marketplace services exist from v1.4 on, so only the YAML syntax was checked. If the cluster runs v1.4 or later, correct cluster.docker-registry.tag or set openpai.paiVersion.', versionWords(asWritten.paiVersionSource)),
    };
  }
  const errors = result.findings.filter(f => f.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 5).map(f => `• ${l10n.t('line {0} [{1}]: {2}', f.range.start.line + 1, f.code, f.message)}`);
    const more = errors.length - shown.length;
    if (more > 0) { shown.push(`• ${more === 1 ? l10n.t('… and 1 more error') : l10n.t('… and {0} more errors', more)}`); }
    return {
      kind: 'errors', errors,
      message: errors.length === 1
        ? l10n.t('{0} has 1 error that will break the deployment or leave the marketplace off.', CONFIG_FILE)
        : l10n.t('{0} has {1} errors that will break the deployment or leave the marketplace off.', CONFIG_FILE, errors.length),
      detail: shown.join('\n'),
      ...note,
    };
  }
  return { kind: 'ok', version: result.paiVersion, warnings: result.findings.filter(f => f.severity === 'warning').length, ...note };
}
