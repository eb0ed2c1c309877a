/** OpenPAI releases whose marketplace behaviour the rules know. */
export const PAI_VERSIONS = ['1.4', '1.5', '1.6', '1.7', '1.8'] as const;
export type PaiVersion = typeof PAI_VERSIONS[number];
export type PaiVersionOption = PaiVersion | 'auto';
export const LATEST_VERSION: PaiVersion = '1.8';

export type VersionSource = 'option' | 'docker-registry.tag' | 'config.yaml' | 'default';

export interface ResolvedVersion {
  version: PaiVersion;
  source: VersionSource;
}

export function isPaiVersion(v: unknown): v is PaiVersion {
  return typeof v === 'string' && (PAI_VERSIONS as readonly string[]).includes(v);
}

/** `v1.8.0`, `1.6.1`, `v1.7` -> the release band; anything else (`latest`, a hash) -> undefined. */
export function versionFromTag(tag: unknown): PaiVersion | undefined {
  if (typeof tag !== 'string') { return undefined; }
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(tag.trim());
  if (!m) { return undefined; }
  const v = `${m[1]}.${m[2]}`;
  if (isPaiVersion(v)) { return v; }
  if (Number(m[1]) === 1 && Number(m[2]) > 8) { return LATEST_VERSION; }
  return undefined;
}

/** Compares two versions: negative when a < b. */
export function compareVersions(a: PaiVersion, b: PaiVersion): number {
  return PAI_VERSIONS.indexOf(a) - PAI_VERSIONS.indexOf(b);
}

export function atLeast(v: PaiVersion, min: PaiVersion): boolean {
  return compareVersions(v, min) >= 0;
}

export function resolveVersion(option: PaiVersionOption | undefined, registryTag: unknown, configYamlTag: unknown): ResolvedVersion {
  if (option && option !== 'auto') { return { version: option, source: 'option' }; }
  const fromRegistry = versionFromTag(registryTag);
  if (fromRegistry) { return { version: fromRegistry, source: 'docker-registry.tag' }; }
  const fromConfig = versionFromTag(configYamlTag);
  if (fromConfig) { return { version: fromConfig, source: 'config.yaml' }; }
  return { version: LATEST_VERSION, source: 'default' };
}
