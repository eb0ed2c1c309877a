import { atLeast } from '../version';
import { compact, computed, describeOrigin, type ServiceContext } from './context';
import { pylonDefaults } from './defaults';
import { pyStr, pyTruthy } from './py-value';
import { merged, written } from './sources';
import type { EffectiveEntry, ServiceValues } from './types';

const SERVICE = 'pylon';

/** src/pylon/config/pylon.py: `uri`, `uri-https` (with `ssl.port` from v1.8.0) are computed. */
export function pylon(ctx: ServiceContext, switchOn: boolean, restserverUri: EffectiveEntry, pluginUri: EffectiveEntry): ServiceValues {
  const { doc, version } = ctx;
  const defaults = pylonDefaults();
  const port = merged(doc, SERVICE, 'port', version, defaults)!;
  const domain = written(doc, SERVICE, 'domain') ? merged(doc, SERVICE, 'domain', version, {}) : undefined;
  let ssl = written(doc, SERVICE, 'ssl') ? merged(doc, SERVICE, 'ssl', version, {}) : undefined;
  const v18 = atLeast(version, '1.8');
  if (ssl && v18) {
    const value = ssl.value && typeof ssl.value === 'object' && !Array.isArray(ssl.value) ? { port: 443, ...ssl.value } : ssl.value;
    ssl = { value, origin: { ...ssl.origin, from: `${ssl.origin.from} (port 443 unless written)` } };
  }
  const host = domain ?? ctx.master;
  const hostName = domain ? describeOrigin('pylon.domain', domain) : describeOrigin('the master hostip', ctx.master);
  const hostValue = host.value === null && !domain ? null : pyStr(host.value);
  const uri = computed(hostValue === null ? null : `http://${hostValue}:${pyStr(port.value)}`, `'http://{host}:{port}', host = ${hostName}`);
  const sslPort = v18 ? (ssl && ssl.value && typeof ssl.value === 'object' ? (ssl.value as Record<string, unknown>).port : 443) : undefined;
  const uriHttps = computed(
    hostValue === null ? null : v18 ? `https://${hostValue}:${pyStr(sslPort)}` : `https://${hostValue}`,
    v18 ? `'https://{host}:{ssl.port}' (ssl.port 443 unless written), host = ${hostName}` : `'https://{host}', host = ${hostName}`,
  );
  const off = "not set: cluster.common.marketplace is not 'true', so pylon has no /marketplace routes";
  return compact({
    port,
    domain,
    ssl,
    uri,
    'uri-https': uriHttps,
    https: computed(ssl !== undefined && pyTruthy(ssl.value), "'ssl' in pylon and pylon['ssl'] (the marketplace templates pick uri-https)"),
    MARKETPLACE_API_URI: switchOn ? computed(restserverUri.value, 'marketplace-restserver.uri (pylon.yaml.template; the /marketplace/api route)') : computed(null, off),
    MARKETPLACE_WEBPORTAL_PLUGIN: switchOn ? computed(pluginUri.value, 'marketplace-webportal.uri (pylon.yaml.template; the /marketplace route)') : computed(null, off),
  });
}

/** The base the v1.6+ templates put before `/marketplace/...`: uri-https when ssl is present and truthy, else uri. */
export function pylonBase(values: ServiceValues): { value: string | null; from: string } {
  const https = values.https.value === true;
  return https
    ? { value: values['uri-https'].value as string | null, from: 'pylon uri-https (pylon.ssl is set)' }
    : { value: values.uri.value as string | null, from: 'pylon uri (no pylon.ssl)' };
}
