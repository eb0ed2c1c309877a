import type { ParsedDocument } from './document';
import type { Siblings } from './siblings';
/** OpenPAI releases whose marketplace behaviour the rules know. */
export const PAI_VERSIONS = ['1.4', '1.5', '1.6', '1.7', '1.8'] as const;
export type PaiVersion = typeof PAI_VERSIONS[number];
export type PaiVersionOption = PaiVersion | 'auto';
export const LATEST_VERSION: PaiVersion = '1.8';
/** The first release with the marketplace services (pai da3abef49, "[Marketplace] Deploy scripts and config", in v1.4.0). */
export const FIRST_MARKETPLACE_VERSION: PaiVersion = '1.4';

export type VersionSource = 'option' | 'docker-registry.tag' | 'config.yaml' | 'default';
export type TagSource = Exclude<VersionSource, 'option' | 'default'>;

/**
 * What a Docker image tag says about the release:
 * - `known`: a release the rules know (`v1.8.0`, `1.6.1`, `v1.7`, and with a build suffix `v1.8.0-mycorp`);
 * - `newer`: a later release (`v1.9.0`, `v2.0.0`), checked as the latest known;
 * - `before-marketplace`: v1.3 or earlier, where pai has no marketplace services;
 * - `unreadable`: no release at all (`latest`, a commit hash, a custom name).
 */
export type TagReading =
  | { kind: 'known'; version: PaiVersion; release: string }
  | { kind: 'newer'; release: string }
  | { kind: 'before-marketplace'; release: string }
  | { kind: 'unreadable' };

export interface ReadTag {
  from: TagSource;
  /** The tag as written (numbers as PyYAML reads them, then as paictl prints them). */
  text: string;
  reading: TagReading;
}

export interface ResolvedVersion {
  /** The version the rules assume. */
  version: PaiVersion;
  source: VersionSource;
  /** The tag the version came from (source `docker-registry.tag` / `config.yaml`). */
  tag?: ReadTag;
  /** Tags that were written but name no release (then a later source, or the default, decided). */
  unreadable: ReadTag[];
  /** The release (e.g. `1.0`) when the tag names one before the marketplace: the version-specific rules do not run. */
  beforeMarketplace?: string;
}

export function isPaiVersion(v: unknown): v is PaiVersion {
  return typeof v === 'string' && (PAI_VERSIONS as readonly string[]).includes(v);
}

function tagText(tag: unknown): string | undefined {
  if (typeof tag === 'string') { return tag.trim(); }
  if (typeof tag === 'number') { return String(tag); }
  return undefined;
}

/**
 * Reads a tag. A suffix after the release (`v1.8.0-mycorp`, `v1.8.0+build.5`) still names the
 * release: a custom build is built from a release's code. `latest` names none.
 */
export function readTagText(text: string): TagReading {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+.].*)?$/i.exec(text);
  if (!m) { return { kind: 'unreadable' }; }
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const release = `${major}.${minor}`;
  if (isPaiVersion(release)) { return { kind: 'known', version: release, release }; }
  if (major > 1 || major === 1 && minor > 8) { return { kind: 'newer', release }; }
  return { kind: 'before-marketplace', release };
}

/** `v1.8.0`, `1.6.1`, `v1.7` -> the release band; anything else (`latest`, a hash, v1.3 or earlier) -> undefined. */
export function versionFromTag(tag: unknown): PaiVersion | undefined {
  const text = tagText(tag);
  if (text === undefined) { return undefined; }
  const reading = readTagText(text);
  return reading.kind === 'known' ? reading.version : reading.kind === 'newer' ? LATEST_VERSION : undefined;
}

/** Compares two versions: negative when a < b. */
export function compareVersions(a: PaiVersion, b: PaiVersion): number {
  return PAI_VERSIONS.indexOf(a) - PAI_VERSIONS.indexOf(b);
}

export function atLeast(v: PaiVersion, min: PaiVersion): boolean {
  return compareVersions(v, min) >= 0;
}

/**
 * The version to check as: the option, else the first tag that names a release
 * (`cluster.docker-registry.tag`, then config.yaml's `docker_image_tag`), else the latest.
 */
export function resolveVersion(option: PaiVersionOption | undefined, registryTag: unknown, configYamlTag: unknown): ResolvedVersion {
  const unreadable: ReadTag[] = [];
  if (option && option !== 'auto') { return { version: option, source: 'option', unreadable }; }
  for (const [from, value] of [['docker-registry.tag', registryTag], ['config.yaml', configYamlTag]] as const) {
    const text = tagText(value);
    if (text === undefined || text === '') { continue; }
    const tag: ReadTag = { from, text, reading: readTagText(text) };
    switch (tag.reading.kind) {
      case 'known': return { version: tag.reading.version, source: from, tag, unreadable };
      case 'newer': return { version: LATEST_VERSION, source: from, tag, unreadable };
      case 'before-marketplace': return { version: FIRST_MARKETPLACE_VERSION, source: from, tag, unreadable, beforeMarketplace: tag.reading.release };
      case 'unreadable': unreadable.push(tag); break;
    }
  }
  return { version: LATEST_VERSION, source: 'default', unreadable };
}

/** The version a document is checked as: the option, else the document's `cluster.docker-registry.tag`, else config.yaml's. */
export function versionOfDocument(option: PaiVersionOption | undefined, doc: ParsedDocument, siblings: Siblings): ResolvedVersion {
  return resolveVersion(
    option,
    doc.valueAt(['cluster', 'docker-registry', 'tag']),
    siblings.known ? siblings.get('config.yaml')?.doc.valueAt(['docker_image_tag']) : undefined,
  );
}
