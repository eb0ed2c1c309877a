/** The language status item's words, as pure functions (unit-tested without VS Code). */
import type { Finding } from '../core/finding';
import type { PaiVersion } from '../core/version';
import type { VersionSource } from '../core/version';

export interface StatusInput {
  version: PaiVersion;
  versionSource: VersionSource;
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
  detail: string;
  level: StatusLevel;
}

const SOURCE_WORDS: Record<VersionSource, string> = {
  'option': 'set by the openpai.paiVersion setting',
  'docker-registry.tag': 'read from cluster.docker-registry.tag',
  'config.yaml': "read from config.yaml's docker_image_tag",
  'default': 'no version found in the files: assuming the latest',
};

function plural(n: number, word: string): string { return `${n} ${word}${n === 1 ? '' : 's'}`; }

/** E.g. `OpenPAI v1.8 · https · 2 problems`. */
export function statusView(input: StatusInput): StatusView {
  const head = `OpenPAI v${input.version} · ${input.https ? 'https' : 'http'}`;
  const detail = `Version ${SOURCE_WORDS[input.versionSource]}`;
  if (input.validationOff) { return { text: `${head} · checks off`, detail: 'openpai.validate.enable is false', level: 'info' }; }
  if (input.tooLarge) { return { text: `${head} · too large to check`, detail, level: 'warning' }; }
  const errors = input.findings.filter(f => f.severity === 'error').length;
  const warnings = input.findings.filter(f => f.severity === 'warning').length;
  const total = input.findings.length;
  const problems = total === 0 ? 'no problems' : plural(total, 'problem');
  return { text: `${head} · ${problems}`, detail, level: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info' };
}
