/**
 * Whether a push may go ahead: the same core check the editor shows, plus the files paictl needs in
 * the folder. Pure: the caller reads the files; unit-tested.
 */
import { check, type Finding, type PaiVersionOption, type SiblingName } from '../core';
import { atLeast, type PaiVersion, type VersionSource } from '../core/version';

export const CONFIG_FILE = 'services-configuration.yaml';

export interface GateInput {
  /** Absolute path of the config folder, for messages. */
  folder: string;
  /** Text of `<folder>/services-configuration.yaml`, undefined when it is missing. */
  configText: string | undefined;
  /** Reads `layout.yaml` / `config.yaml` of the folder (undefined when missing). */
  readSibling: (name: SiblingName) => string | undefined;
  paiVersion?: PaiVersionOption;
  disabledRules?: readonly string[];
}

export type GateDecision =
  | { kind: 'ok'; version: PaiVersion; warnings: number }
  /** paictl cannot succeed: no way to go on. */
  | { kind: 'missing'; files: string[]; message: string }
  /** The core found errors: the admin may look at them or push anyway. */
  | { kind: 'errors'; errors: Finding[]; message: string; detail: string };

const VERSION_WORDS: Record<VersionSource, string> = {
  'option': 'the openpai.paiVersion setting',
  'docker-registry.tag': 'cluster.docker-registry.tag',
  'config.yaml': "config.yaml's docker_image_tag",
  'default': 'no version in the files, so the latest is assumed',
};

function plural(n: number, word: string): string { return `${n} ${word}${n === 1 ? '' : 's'}`; }

export function gateDecision(input: GateInput): GateDecision {
  const fileName = `${input.folder.replace(/[\\/]+$/, '')}/${CONFIG_FILE}`;
  if (input.configText === undefined) {
    return { kind: 'missing', files: [CONFIG_FILE], message: `${fileName} does not exist: paictl pushes the folder's ${CONFIG_FILE}. Choose the folder that holds it (setting openpai.configFolder).` };
  }
  const result = check(input.configText, {
    fileName, readSibling: input.readSibling, paiVersion: input.paiVersion ?? 'auto', disabled: input.disabledRules ?? [],
  });
  const missing: string[] = [];
  if (input.readSibling('layout.yaml') === undefined) { missing.push('layout.yaml'); }
  const needsConfigYaml = atLeast(result.paiVersion, '1.7');
  if (needsConfigYaml && input.readSibling('config.yaml') === undefined) { missing.push('config.yaml'); }
  if (missing.length > 0) {
    const why = missing.map(f => f === 'layout.yaml'
      ? 'layout.yaml (paictl reads the master node from it and pushes it with every config push)'
      : `config.yaml (paictl v1.7+ refuses to push without it: "Some configuration files not found."; version ${result.paiVersion} from ${VERSION_WORDS[result.versionSource]})`);
    return {
      kind: 'missing', files: missing,
      message: `Not pushed: the config folder ${input.folder} lacks ${why.join(' and ')}. Put ${missing.length === 1 ? 'it' : 'them'} next to ${CONFIG_FILE}.`,
    };
  }
  const errors = result.findings.filter(f => f.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 5).map(f => `• line ${f.range.start.line + 1} [${f.code}]: ${f.message}`);
    if (errors.length > shown.length) { shown.push(`• … and ${plural(errors.length - shown.length, 'more error')}`); }
    return {
      kind: 'errors', errors,
      message: `${CONFIG_FILE} has ${plural(errors.length, 'error')} that will break the deployment or leave the marketplace off.`,
      detail: shown.join('\n'),
    };
  }
  return { kind: 'ok', version: result.paiVersion, warnings: result.findings.filter(f => f.severity === 'warning').length };
}
