/** A key's hover: the schema's docs plus, for the URI keys, what this cluster needs. Pure. */
import type { PathSegment } from '../core/document';
import { schemaInfoAt } from '../core/schema-docs';
import type { Endpoints } from '../core/uris';
import type { PaiVersion } from '../core/version';
import { keyMarkdown } from './keyDocs';
import { matchesPath } from '../core/paths';


function expectedLine(label: string, endpoints: Endpoints, kind: 'api' | 'plugin'): string | undefined {
  const accepted = endpoints.accepted[kind];
  const where = `${endpoints.https ? 'https' : 'http'}, marketplace ${endpoints.marketplaceOn ? 'on' : 'off'}, OpenPAI v${endpoints.version}`;
  if (accepted.length === 0) { return `**For this cluster** (${where}) no ${label} can be computed yet: ${endpoints.publicHost ? 'turn the marketplace on' : 'layout.yaml names no master and pylon.domain is not set'}.`; }
  return `**For this cluster** (${where}) the ${label} is ${accepted.map(u => `\`${u}\``).join(' or ')}.`;
}

export function hoverMarkdown(path: readonly PathSegment[], version: PaiVersion, endpoints: Endpoints): string | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') { return undefined; }
  const info = schemaInfoAt(path);
  if (!info) { return undefined; }
  const parts = [keyMarkdown(info, version)];
  if (matchesPath(path, ['marketplace-webportal', 'marketplace_api_uri'])) { parts.push(expectedLine('API URI', endpoints, 'api')!); }
  if (matchesPath(path, ['webportal', 'plugins', '*', 'uri'])) { parts.push(expectedLine('plugin URI', endpoints, 'plugin')!); }
  return parts.join('\n\n');
}
