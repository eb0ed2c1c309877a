import { atLeast } from '../version';
import { compact, computed, describeOrigin, type ServiceContext } from './context';
import { webportalDefaults } from './defaults';
import { pyTruthy } from './py-value';
import { fileEntry, merged, written } from './sources';
import type { EffectiveEntry, ServiceValues } from './types';

const SERVICE = 'webportal';

/** src/webportal/config/webportal.py and webportal.yaml.template: the parts that concern the marketplace. */
export function webportal(ctx: ServiceContext, switchOn: boolean, pylonBase: () => { value: string | null; from: string }): ServiceValues {
  const { doc, version } = ctx;
  const defaults = webportalDefaults(version);
  const v16 = atLeast(version, '1.6');
  const marketplace = v16 ? merged(doc, SERVICE, 'marketplace', version, defaults) : undefined;
  const saveTemplate = v16 ? merged(doc, SERVICE, 'save-template', version, defaults) : undefined;
  const userPlugins = written(doc, SERVICE, 'plugins') ? fileEntry(doc, [SERVICE, 'plugins']) : undefined;
  const rendered = Array.isArray(userPlugins?.value) ? userPlugins.value.map(applyConfig) : [];
  let plugins: EffectiveEntry = userPlugins
    ? { value: rendered, origin: userPlugins.origin }
    : { value: [], origin: { kind: 'default', from: 'no default plugins' } };
  if (v16 && switchOn && marketplace && pyTruthy(marketplace.value)) {
    const base = pylonBase();
    const auto = { id: 'marketplace', title: 'Marketplace', uri: base.value === null ? null : `${base.value}/marketplace/plugin.js` };
    const rest = userPlugins ? ` + ${describeOrigin('webportal.plugins', userPlugins)}` : '';
    plugins = computed([auto, ...rendered], `the Marketplace entry webportal.yaml.template adds first (cluster.common.marketplace is 'true', ${describeOrigin('webportal.marketplace', marketplace)} is truthy; uri from ${base.from})${rest}`);
  }
  const saveEnv = v16 && saveTemplate
    ? computed(pyTruthy(saveTemplate.value) && switchOn ? 'true' : 'false', `${describeOrigin('save-template', saveTemplate)} is ${pyTruthy(saveTemplate.value) ? 'truthy' : 'falsy'} and cluster.common.marketplace is ${switchOn ? '' : 'not '}'true'`)
    : undefined;
  return compact({ marketplace, 'save-template': saveTemplate, SAVE_TEMPLATE: saveEnv, plugins });
}

/** webportal.py's apply_config: `{id, title, uri}` with `config` url-encoded onto the uri. */
function applyConfig(plugin: unknown): unknown {
  if (!plugin || typeof plugin !== 'object' || Array.isArray(plugin)) { return plugin; }
  const p = plugin as Record<string, unknown>;
  let uri = p.uri;
  if (typeof uri === 'string' && p.config && typeof p.config === 'object' && !Array.isArray(p.config)) {
    const query = Object.entries(p.config as Record<string, unknown>)
      .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map(x => `${quote(k)}=${quote(String(x))}`)).join('&');
    uri = `${uri.replace(/[?#].*$/, '')}?${query}`;
  }
  return { id: p.id ?? null, title: p.title ?? null, uri: uri ?? null };
}

function quote(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*~]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
