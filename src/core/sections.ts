/**
 * The names of the config's top-level sections, which are also paictl's service names (its
 * `src/<service>` folders, the `-n` list of `paictl service start`), and the switch. Written once here
 * (facts §2); package.json's activation events and snippets/marketplace.json are checked against them
 * (test/unit/core/sections.test.ts).
 */
import { keyPath } from './paths';

export const DB_SECTION = 'marketplace-db';
export const RESTSERVER_SECTION = 'marketplace-restserver';
export const MARKETPLACE_WEBPORTAL_SECTION = 'marketplace-webportal';

/** The marketplace sections and services, prerequisites first (the order `paictl service start -n` takes). */
export const MARKETPLACE_SECTIONS = [DB_SECTION, RESTSERVER_SECTION, MARKETPLACE_WEBPORTAL_SECTION] as const;
export type MarketplaceSection = typeof MARKETPLACE_SECTIONS[number];

export const WEBPORTAL_SECTION = 'webportal';
export const PYLON_SECTION = 'pylon';
export const REST_SERVER_SECTION = 'rest-server';
export const CLUSTER_SECTION = 'cluster';

/** The marketplace switch: on only when it is the string 'true' (pylon compares strings). */
export const SWITCH_PATH = [CLUSTER_SECTION, 'common', 'marketplace'] as const;
/** The switch as messages write it: `cluster.common.marketplace`. */
export const SWITCH_NAME = keyPath(SWITCH_PATH);
