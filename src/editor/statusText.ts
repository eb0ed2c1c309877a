/** The language status item's words, as pure functions (unit-tested without VS Code). */
import * as l10n from '@vscode/l10n';
import type { Finding } from '../core/finding';
import type { PaiVersion } from '../core/version';
import type { VersionSource } from '../core/version';

export interface StatusInput {
  version: PaiVersion;
  versionSource: VersionSource;
  /** The release the tag names when it is before the marketplace (e.g. `1.0`): shown instead of `version`. */
  releaseBeforeMarketplace?: string;
  /** Whether the cluster serves https (`pylon.ssl` is a non-empty mapping). */
  https: boolean;
  findings: readonly Pick<Finding, 'severity'>[];
  /** The file was too large to check at typing speed. */
  tooLarge?: boolean;
  /** `openpai.validate.enable` is false. */
  validationOff?: boolean;
}

export type StatusLevel = 'error' | 'warning' | 'info';

export interface StatusView {
  text: string;
  /** Short, beside the text in the hover (a long one pushes the item's link out of the window). */
  detail: string;
  /** The whole sentence, on the link's tooltip. */
  tooltip: string;
  level: StatusLevel;
}

function shortSource(source: VersionSource): string {
  switch (source) {
    case 'option': return l10n.t('from the setting');
    case 'docker-registry.tag': return l10n.t('from the tag');
    case 'config.yaml': return l10n.t('from config.yaml');
    case 'default': return l10n.t('assumed');
  }
}

function versionDetail(source: VersionSource): string {
  switch (source) {
    case 'option': return l10n.t('Version set by the openpai.paiVersion setting');
    case 'docker-registry.tag': return l10n.t('Version read from cluster.docker-registry.tag');
    case 'config.yaml': return l10n.t("Version read from config.yaml's docker_image_tag");
    case 'default': return l10n.t('No version found in the files: assuming the latest');
  }
}

function problems(n: number): string {
  return n === 0 ? l10n.t('no problems') : n === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', n);
}

/** E.g. `OpenPAI v1.8 · https · 2 problems`. */
export function statusView(input: StatusInput): StatusView {
  const version = input.releaseBeforeMarketplace === undefined
    ? `v${input.version}`
    : l10n.t('v{0} (no marketplace)', input.releaseBeforeMarketplace);
  const head = `OpenPAI ${version} · ${input.https ? 'https' : 'http'}`;
  const detail = shortSource(input.versionSource);
  const tooltip = l10n.t('{0}. Choose the OpenPAI version the checks assume.', versionDetail(input.versionSource));
  if (input.validationOff) { return { text: `${head} · ${l10n.t('checks off')}`, detail: l10n.t('openpai.validate.enable is false'), tooltip, level: 'info' }; }
  if (input.tooLarge) { return { text: `${head} · ${l10n.t('too large to check')}`, detail, tooltip, level: 'warning' }; }
  const errors = input.findings.filter(f => f.severity === 'error').length;
  const warnings = input.findings.filter(f => f.severity === 'warning').length;
  const total = input.findings.length;
  return { text: `${head} · ${problems(total)}`, detail, tooltip, level: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info' };
}
