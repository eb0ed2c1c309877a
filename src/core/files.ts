/** The files of an OpenPAI config folder, by the names paictl reads (facts §1). Written once here. */
export const SERVICES_FILE = 'services-configuration.yaml';
/** The deployment doc's spelling: paictl never reads it (the `file-name` rule). */
export const MISSPELLED_SERVICES_FILE = 'service-configuration.yaml';
export const LAYOUT_FILE = 'layout.yaml';
export const CONFIG_YAML_FILE = 'config.yaml';

/** The names the extension treats as a services configuration. */
export const SERVICES_FILE_NAMES: readonly string[] = [SERVICES_FILE, MISSPELLED_SERVICES_FILE];
/** The files read beside it (`config.yaml` from v1.7 is pushed too). */
export const SIBLING_FILES = [LAYOUT_FILE, CONFIG_YAML_FILE] as const;
