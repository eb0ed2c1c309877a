import { atLeast, type PaiVersion } from '../version';

/**
 * The default files paictl merges each user section over (`src/<service>/config/<service>.yaml`),
 * without `service_type`. Read from microsoft/pai at v1.4.0..v1.8.0.
 */
export function marketplaceDbDefaults(): Record<string, unknown> {
  // identical v1.4.0..v1.8.0
  return { user: 'user', passwd: 'passwd', db: 'marketplace', port: 9291, 'max-connection': 1000, 'data-path': '/mnt/marketplace' };
}

export function marketplaceRestserverDefaults(version: PaiVersion): Record<string, unknown> {
  if (atLeast(version, '1.6')) {
    // v1.6.0+: db_user, db_password, db and db_port are commented out; the template falls back to marketplace-db's
    return { 'server-port': 9292, azure_storage: { type: 'blob', storage_account: 'openpaimarketplace', connection_strings: [] }, azure_storage_json: '' };
  }
  return {
    db_user: 'user', db_password: 'passwd', db: 'marketplace', db_port: 9291, 'server-port': 9292,
    azure_storage: { type: 'blob', storage_account: 'openpaimarketplace', connection_strings: ['<connection_string>'] },
    azure_storage_json: '',
  };
}

export function marketplaceWebportalDefaults(): Record<string, unknown> {
  // identical v1.4.0..v1.8.0 (marketplace_api_uri only as a comment)
  return { 'api-port': 9292, 'server-port': 9293 };
}

export function pylonDefaults(): Record<string, unknown> {
  return { port: 80, 'webhdfs-legacy-port': 50070, 'deploy-service': false };
}

export function webportalDefaults(version: PaiVersion): Record<string, unknown> {
  const base: Record<string, unknown> = { 'server-port': 9286, 'enable-job-transfer': false };
  return atLeast(version, '1.6') ? { ...base, marketplace: true, 'save-template': true } : base;
}

/** src/rest-server/config/rest-server.yaml, v1.4.0..v1.8.0. */
export const REST_SERVER_PORT = 9186;
