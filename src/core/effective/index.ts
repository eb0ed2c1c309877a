import { ParsedDocument } from '../document';
import { Siblings, type SiblingReader } from '../siblings';
import { versionOfDocument, type PaiVersionOption } from '../version';
import { cluster, switchOn } from './cluster';
import type { ServiceContext } from './context';
import { marketplaceDb } from './marketplace-db';
import { marketplaceRestserver } from './marketplace-restserver';
import { marketplaceWebportal } from './marketplace-webportal';
import { pylon, pylonBase } from './pylon';
import { masterEntry } from './sources';
import type { EffectiveConfig } from './types';
import { webportal } from './webportal';

export * from './types';

export interface ExplainOptions {
  fileName?: string;
  /** `auto` (default): cluster.docker-registry.tag, then config.yaml's docker_image_tag, as `check` does. */
  paiVersion?: PaiVersionOption;
  readSibling?: SiblingReader;
  /** Show passwords and connection strings (masked by default). */
  showSecrets?: boolean;
}

/**
 * The values paictl deploys each marketplace service with (and the marketplace parts of pylon and
 * webportal), each with where it comes from. Never throws on any input text.
 */
export function explain(text: string, options: ExplainOptions = {}): EffectiveConfig {
  return explainDocument(new ParsedDocument(text, options.fileName ?? ''), options);
}

export function explainDocument(doc: ParsedDocument, options: ExplainOptions = {}): EffectiveConfig {
  const siblings = new Siblings(options.fileName ?? doc.fileName, options.readSibling);
  const { version, source } = versionOfDocument(options.paiVersion, doc, siblings);
  const ctx: ServiceContext = { doc, version, master: masterEntry(siblings), maskSecrets: !options.showSecrets };
  const clusterValues = cluster(ctx);
  const on = switchOn(clusterValues);
  const db = marketplaceDb(ctx);
  const restserver = marketplaceRestserver(ctx, db);
  // pylon routes to the webportal's uri, and the webportal's default API URI is built on pylon's: both uris depend on the master only.
  const pluginUri = marketplaceWebportal(ctx, { pylonBase: () => ({ value: null, from: '' }) }).uri;
  const pylonValues = pylon(ctx, on, restserver.uri, pluginUri);
  const base = () => pylonBase(pylonValues);
  const mwp = marketplaceWebportal(ctx, { pylonBase: base });
  return {
    paiVersion: version,
    versionSource: source,
    services: {
      'marketplace-db': db,
      'marketplace-restserver': restserver,
      'marketplace-webportal': mwp,
      pylon: pylonValues,
      webportal: webportal(ctx, on, base),
      cluster: clusterValues,
    },
  };
}
export { renderEffective, type RenderedLine, type RenderedLink, type RenderNames } from './render';
