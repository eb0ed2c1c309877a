import { CREDENTIAL_FIELDS } from '../credentials';
import { RESTSERVER_SECTION } from '../sections';
import { atLeast } from '../version';
import { compact, computed, describeOrigin, masterUri, secret, through, type ServiceContext } from './context';
import { marketplaceRestserverDefaults, REST_SERVER_PORT } from './defaults';
import { pyJsonDumps } from './py-value';
import { fileEntry, merged, written } from './sources';
import { MASK, type EffectiveEntry, type ServiceValues } from './types';

const SERVICE = RESTSERVER_SECTION;
const TEMPLATE = 'src/marketplace-restserver/deploy/marketplace-restserver.yaml.template';

/** The restserver keys the v1.6+ template falls back from, to marketplace-db's. */
const DB_FALLBACKS = CREDENTIAL_FIELDS.map(f => [f.restserverKey, f.dbKey] as const);

/**
 * src/marketplace-restserver/config/marketplace_restserver.py (the same v1.4.0..v1.8.0) and its
 * template: v1.4/1.5 have their own db defaults; v1.6+ fall back to marketplace-db's values.
 */
export function marketplaceRestserver(ctx: ServiceContext, db: ServiceValues): ServiceValues {
  const { doc, version } = ctx;
  const defaults = marketplaceRestserverDefaults(version);
  const get = (key: string): EffectiveEntry | undefined => merged(doc, SERVICE, key, version, defaults);
  const out: Record<string, EffectiveEntry | undefined> = {};
  for (const [own, dbKey] of DB_FALLBACKS) {
    let entry = get(own);
    if (!entry && atLeast(version, '1.6')) {
      entry = through(db[dbKey], `marketplace-db.${dbKey}: the template's fallback when ${own} is absent (${TEMPLATE} at v${version}.0)`);
    }
    out[own] = own === 'db_password' && entry ? secret(ctx, entry) : entry;
  }
  const serverPort = get('server-port')!;
  out['server-port'] = serverPort;
  out.db_host = written(doc, SERVICE, 'db_host')
    ? fileEntry(doc, [SERVICE, 'db_host'])
    : computed(ctx.master.value, `${describeOrigin('the master hostip', ctx.master)}, as db_host is absent`);
  const overwritten = written(doc, SERVICE, 'uri') ? `; the uri on line ${fileEntry(doc, [SERVICE, 'uri']).origin.line} is overwritten` : '';
  out.uri = computed(masterUri(ctx, serverPort.value), `'http://{master hostip}:{server-port}'${overwritten}`);
  const storage = get('azure_storage');
  if (storage) {
    const shown = ctx.maskSecrets ? { ...storage, value: maskConnectionStrings(storage.value) } : storage;
    out.azure_storage = shown;
    out.azure_storage_json = computed(pyJsonDumps(shown.value), 'json.dumps(azure_storage); overwrites any azure_storage_json written');
  }
  if (atLeast(version, '1.6')) {
    out.idp_url = written(doc, SERVICE, 'idp_url') ? fileEntry(doc, [SERVICE, 'idp_url']) : restServerUri(ctx);
  }
  return compact(out);
}

/** rest-server's `uri`, the v1.6+ template's IDP_URL when idp_url is absent. */
function restServerUri(ctx: ServiceContext): EffectiveEntry {
  const port = written(ctx.doc, 'rest-server', 'server-port') ? fileEntry(ctx.doc, ['rest-server', 'server-port']) : undefined;
  const portText = port ? describeOrigin('rest-server.server-port', port) : `rest-server.server-port (default ${REST_SERVER_PORT})`;
  return computed(masterUri(ctx, port ? port.value : REST_SERVER_PORT), `rest-server.uri = 'http://{master hostip}:{server-port}' from ${portText}, as idp_url is absent`);
}

/** Connection strings hidden; a placeholder such as `<connection_string>` is no secret and stays. */
function maskConnectionStrings(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) { return v; }
  const storage = v as Record<string, unknown>;
  const strings = storage.connection_strings;
  if (!Array.isArray(strings)) { return typeof strings === 'string' && strings !== '' ? { ...storage, connection_strings: MASK } : storage; }
  return { ...storage, connection_strings: strings.map(s => typeof s === 'string' && /^<[^>]*>$/.test(s) ? s : MASK) };
}
