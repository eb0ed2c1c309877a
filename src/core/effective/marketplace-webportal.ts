import { atLeast } from '../version';
import { MARKETPLACE_WEBPORTAL_SECTION } from '../sections';
import { compact, computed, masterUri, secret, type ServiceContext } from './context';
import { marketplaceWebportalDefaults } from './defaults';
import { fileEntry, merged, written } from './sources';
import type { EffectiveEntry, ServiceValues } from './types';

const SERVICE = MARKETPLACE_WEBPORTAL_SECTION;

export interface WebportalInputs {
  /** The v1.6+ template's base for the default API URI (pylon uri-https or uri). */
  pylonBase: () => { value: string | null; from: string };
}

/** src/marketplace-webportal/config/marketplace_webportal.py and its template. */
export function marketplaceWebportal(ctx: ServiceContext, inputs: WebportalInputs): ServiceValues {
  const { doc, version } = ctx;
  const defaults = marketplaceWebportalDefaults();
  const serverPort = merged(doc, SERVICE, 'server-port', version, defaults)!;
  const apiPort = merged(doc, SERVICE, 'api-port', version, defaults)!;
  const overwritten = written(doc, SERVICE, 'uri') ? `; the uri on line ${fileEntry(doc, [SERVICE, 'uri']).origin.line} is overwritten` : '';
  const uri = computed(masterUri(ctx, serverPort.value), `'http://{master hostip}:{server-port}'${overwritten}`);
  let apiUri: EffectiveEntry;
  if (written(doc, SERVICE, 'marketplace_api_uri')) {
    apiUri = fileEntry(doc, [SERVICE, 'marketplace_api_uri']);
  } else if (atLeast(version, '1.6')) {
    const base = inputs.pylonBase();
    apiUri = computed(base.value === null ? null : `${base.value}/marketplace/api`, `'{base}/marketplace/api' with base = ${base.from} (marketplace-webportal.yaml.template, as marketplace_api_uri is absent)`);
  } else {
    apiUri = computed(
      masterUri(ctx, apiPort.value) === null ? null : `${masterUri(ctx, apiPort.value)}/api`,
      "'http://{master hostip}:{api-port}/api' (marketplace_webportal.py, as marketplace_api_uri is absent); the restserver has no /api prefix",
    );
  }
  const token = written(doc, SERVICE, 'npm-install-token') ? secret(ctx, fileEntry(doc, [SERVICE, 'npm-install-token'])) : undefined;
  return compact({
    'server-port': serverPort,
    'api-port': atLeast(version, '1.6') ? { ...apiPort, origin: { ...apiPort.origin, from: `${apiPort.origin.from ?? ''} (read but unused from v1.6.0)`.trim() } } : apiPort,
    uri,
    marketplace_api_uri: apiUri,
    'npm-install-token': token,
  });
}
