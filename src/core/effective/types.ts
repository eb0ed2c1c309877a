import { CLUSTER_SECTION, MARKETPLACE_SECTIONS, PYLON_SECTION, WEBPORTAL_SECTION } from '../sections';
import type { PaiVersion, VersionSource } from '../version';

/** Where an effective value comes from. */
export type OriginKind = 'file' | 'layout' | 'config' | 'default' | 'computed';

export interface Origin {
  kind: OriginKind;
  /** 1-based line in the file the kind names (services-configuration.yaml, layout.yaml or config.yaml). */
  line?: number;
  /** What it was taken or computed from, for a reader: a key, a defaults file, a formula. */
  from?: string;
}

export interface EffectiveEntry {
  /** The value as paictl's Python holds it (PyYAML reading), or null when it cannot be known. */
  value: unknown;
  origin: Origin;
}

/** The service names paictl uses (its `src/<service>` folders and top-level sections). */
export const EFFECTIVE_SERVICES = [...MARKETPLACE_SECTIONS, PYLON_SECTION, WEBPORTAL_SECTION, CLUSTER_SECTION] as const;
export type EffectiveService = typeof EFFECTIVE_SERVICES[number];

export type ServiceValues = Record<string, EffectiveEntry>;

export interface EffectiveConfig {
  paiVersion: PaiVersion;
  versionSource: VersionSource;
  services: Record<EffectiveService, ServiceValues>;
}

/** What every service's computation needs. */
export interface EffectiveInput {
  version: PaiVersion;
  /** Values the other services resolved to (computed in EFFECTIVE_SERVICES order). */
  resolved: Partial<Record<EffectiveService, ServiceValues>>;
  /** Masks passwords and connection strings. */
  maskSecrets: boolean;
}

export const MASK = '********';

/** The git tag whose code a version band follows. */
export function tagOf(version: PaiVersion): string { return `v${version}.0`; }
