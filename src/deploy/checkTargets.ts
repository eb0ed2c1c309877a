/**
 * Which URIs Check Marketplace requests: the ones the cluster will really use. Pure; the core's
 * endpoint model (core/uris.ts) supplies the defaults paictl derives on v1.6+.
 */
import * as l10n from '@vscode/l10n';
import { check, type PaiVersionOption, type SiblingName } from '../core';
import { readLayout } from '../core/layout';
import { isRecord } from '../core/model';
import { keyPath } from '../core/paths';
import { pluginEntries, webportalAddsMarketplace } from '../core/plugins';
import { API_URI_PATH, computeEndpoints, DEFAULT_PLUGIN_PORT, portValue } from '../core/uris';
import { atLeast } from '../core/version';

export interface CheckTarget {
  uri: string;
  /** Where the URI came from, in words (shown with the result). */
  source: string;
}

export interface CheckTargets {
  api?: CheckTarget;
  plugin?: CheckTarget;
  /** Why a target could not be found (shown instead of a result). */
  missing: string[];
}

export function checkTargets(configText: string, fileName: string, readSibling: (name: SiblingName) => string | undefined, paiVersion: PaiVersionOption = 'auto'): CheckTargets {
  const result = check(configText, { fileName, readSibling, paiVersion, rules: [] });
  const doc = result.document;
  const layoutText = readSibling('layout.yaml');
  const layoutSibling = layoutText === undefined ? undefined : check(layoutText, { fileName: 'layout.yaml', rules: [] }).document;
  const master = layoutSibling ? readLayout({ name: 'layout.yaml', path: 'layout.yaml', doc: layoutSibling }).master?.hostip : undefined;
  const ep = computeEndpoints({ doc, version: result.paiVersion, master });
  const v16 = atLeast(result.paiVersion, '1.6');
  const out: CheckTargets = { missing: [] };

  const writtenApi = doc.valueAt(API_URI_PATH);
  if (typeof writtenApi === 'string' && writtenApi.trim() !== '') {
    out.api = { uri: writtenApi.trim(), source: 'marketplace-webportal.marketplace_api_uri' };
  } else if (v16 && ep.pylon.api) {
    out.api = { uri: ep.pylon.api, source: 'the v1.6+ default (pylon URI + /marketplace/api)' };
  } else if (ep.preferred.api) {
    out.api = { uri: ep.preferred.api, source: 'the URI this cluster needs' };
  } else {
    out.missing.push(l10n.t('No API URI: set marketplace-webportal.marketplace_api_uri, or mark the master in layout.yaml (pai-master: "true", hostip) so it can be derived.'));
  }

  const port = portValue(doc.valueAt(['marketplace-webportal', 'server-port'])) ?? DEFAULT_PLUGIN_PORT;
  const entry = pluginEntries(doc, port).find(e => e.isMarketplace && isRecord(e.value) && typeof e.value.uri === 'string');
  const absolute = (uri: string) => uri.startsWith('/') && !uri.startsWith('//') && ep.pylonOrigin ? `${ep.pylonOrigin}${uri}` : uri;
  if (entry && isRecord(entry.value) && typeof entry.value.uri === 'string') {
    out.plugin = { uri: absolute(entry.value.uri.trim()), source: keyPath(['webportal', 'plugins', entry.index, 'uri']) };
  } else if (v16 && ep.marketplaceOn && webportalAddsMarketplace(doc) && ep.pylon.plugin) {
    out.plugin = { uri: ep.pylon.plugin, source: 'the entry v1.6+ webportal adds itself' };
  } else if (ep.preferred.plugin && !ep.preferred.plugin.startsWith('/')) {
    out.plugin = { uri: ep.preferred.plugin, source: 'the URI this cluster needs' };
  } else {
    out.missing.push(l10n.t('No plugin URI: add the Marketplace entry to webportal.plugins, or mark the master in layout.yaml so it can be derived.'));
  }
  if (out.plugin && out.plugin.uri.startsWith('/')) {
    out.missing.push(l10n.t("The plugin URI {0} is relative and the cluster's host is unknown (no pylon.domain, no master in layout.yaml).", out.plugin.uri));
    delete out.plugin;
  }
  return out;
}
