import type { Endpoints, UriAssessment } from './uris';

/** Human text for a URI problem: what pylon, the restserver or the browser will really do. */

function subject(a: UriAssessment): string {
  return a.kind === 'api' ? '`marketplace_api_uri`' : 'The Marketplace plugin `uri`';
}

function hostSource(ep: Endpoints): string {
  return ep.domain !== undefined ? '`pylon.domain`' : 'the master\'s `hostip` in layout.yaml';
}

function instead(a: UriAssessment): string {
  return a.suggestion === undefined ? '' : ` Write \`${a.suggestion}\`.`;
}

function service(a: UriAssessment): string {
  return a.kind === 'api' ? 'marketplace-restserver' : 'marketplace-webportal';
}

function directPort(ep: Endpoints, a: UriAssessment): number {
  return a.kind === 'api' ? ep.apiPort : ep.pluginPort;
}

function what(a: UriAssessment): string {
  return a.kind === 'api' ? 'the marketplace API (the plugin calls `<uri>/items`)' : 'the marketplace plugin script';
}

function clusterHosts(ep: Endpoints): string {
  const names = [ep.domain && `\`${ep.domain}\` (\`pylon.domain\`)`, ep.master && `the master \`${ep.master}\``].filter(Boolean);
  return names.join(', ');
}

function alternative(a: UriAssessment): string {
  return a.suggestion === undefined ? '' : ` The URI this cluster serves itself is \`${a.suggestion}\`.`;
}

export function uriProblemMessage(ep: Endpoints, a: UriAssessment): string {
  const v = `\`${a.value}\``;
  const uri = a.parsed;
  switch (a.problem) {
    case 'not-a-uri':
      return a.kind === 'api'
        ? `${subject(a)} ${v} is not an http(s) URL: the plugin calls \`<uri>/items\` from the browser.${instead(a)}`
        : `${subject(a)} ${v} is neither an http(s) URL nor a root-relative path: webportal loads it with a <script> tag.${instead(a)}`;
    case 'mixed-content': {
      const blocked = a.kind === 'api' ? 'the plugin\'s calls to this API' : 'this plugin script';
      const how = a.suggestion !== undefined
        ? ` Use the https URI through pylon: \`${a.suggestion}\`.`
        : ep.marketplaceOn
          ? ` Use the https URI through pylon (\`https://<host>${a.kind === 'api' ? '/marketplace/api' : '/marketplace/plugin.js'}\`).`
          : ' On https only the pylon route works, and pylon has /marketplace routes only when `cluster.common.marketplace` is \'true\': turn it on (and restart pylon), then use the https URI.';
      return `The cluster serves https (\`pylon.ssl\` is set) but ${v} is http: browsers block ${blocked} on the https webportal page as mixed content.${how}`;
    }
    case 'mixed-content-rewritten':
      return `${v} is http on an https cluster. It loads only because pylon rewrites the literal \`http://<master>:${ep.pluginPort}\` to \`/marketplace\` in the webportal page; served any other way the browser blocks it as mixed content.${instead(a)}`;
    case 'relative-api':
      return `${subject(a)} ${v} is root-relative: no OpenPAI doc or template uses that form for the API (the plugin calls \`<uri>/items\` from the browser). Write the absolute URI through pylon.${instead(a)}`;
    case 'no-pylon-route':
      return `${v} goes through pylon, but \`cluster.common.marketplace\` is not 'true', so pylon has no /marketplace routes and it answers 404.`
        + (a.suggestion !== undefined
          ? ` Use the direct URI \`${a.suggestion}\`, or turn the marketplace on (and restart pylon).`
          : ep.https
            ? ' On https the pylon route is the only one that works: turn the marketplace on (and restart pylon).'
            : ` Use the direct URI (\`http://<master hostip>:${directPort(ep, a)}${a.kind === 'api' ? '' : '/plugin.js'}\`), or turn the marketplace on (and restart pylon).`);
    case 'wrong-scheme':
      return a.form === 'direct'
        ? `${v} uses https on ${service(a)}'s port, which serves plain http only; https goes through pylon.${instead(a)}`
        : `${v} uses https, but \`pylon.ssl\` is not set: pylon serves only http (port ${ep.pylonPort}).${instead(a)}`;
    case 'wrong-port':
      return a.form === 'direct'
        ? `${service(a)} listens on port ${directPort(ep, a)} (its \`server-port\`), not ${uri?.port ?? (uri?.scheme === 'https' ? 443 : 80)}.${instead(a)}`
        : `pylon serves ${ep.scheme} on port ${ep.pylonPort}${ep.https && ep.pylonPort !== 443 ? ' (`pylon.ssl.port`)' : ep.https ? '' : ' (`pylon.port`)'}, not ${uri?.port ?? (uri?.scheme === 'https' ? 443 : 80)}.${instead(a)}`;
    case 'wrong-host':
      return a.form === 'direct'
        ? `The marketplace services run on the master (\`${ep.master}\` in layout.yaml), not on \`${uri?.host}\`.${instead(a)}`
        : `The cluster's public host is \`${ep.publicHost}\` (${hostSource(ep)}), not \`${uri?.host}\`.${instead(a)}`;
    case 'alternate-host':
      return ep.https
        ? `${v} uses the master's IP, but \`pylon.domain\` is \`${ep.domain}\`: pylon's certificate is issued for the domain, so the browser rejects the IP.${instead(a)}`
        : `${v} uses the master's IP while \`pylon.domain\` is \`${ep.domain}\`: it works, but the webportal is served under the domain.${instead(a)}`;
    case 'api-suffix':
      return `${v} ends in \`/api\`, but marketplace-restserver has no /api prefix: the plugin calls \`${a.value.replace(/\/+$/, '')}/items\` and gets 404 (the same mistake as the v1.4/1.5 built-in default). /api exists only through pylon, as /marketplace/api.${instead(a)}`;
    case 'trailing-slash':
      return `${v} ends with a slash: the plugin appends \`/items\`, so it calls \`…//items\`, which the restserver does not route (404).${instead(a)}`;
    case 'wrong-path':
      if (a.kind === 'api') {
        return a.form === 'direct'
          ? `${v}: the direct API URI is \`http://<master>:${ep.apiPort}\` with no path (the plugin appends \`/items\`).${instead(a)}`
          : `${v}: pylon routes the marketplace API at \`/marketplace/api\` (no query, no trailing slash).${instead(a)}`;
      }
      return a.form === 'direct'
        ? `${v}: marketplace-webportal serves the plugin at \`/plugin.js\`.${instead(a)}`
        : `${v}: pylon serves the plugin at \`/marketplace/plugin.js\`.${instead(a)}`;
    case 'other-host':
      return `${v} is on \`${uri?.host}\`, not on this cluster (${clusterHosts(ep)}): this tool cannot check what is served there. If it serves ${what(a)} for this cluster, it can stay.${alternative(a)}`;
    case 'unusual-port':
      return `${v} uses port ${uri?.port} on the cluster's host, where neither pylon (${ep.pylonPort}) nor ${service(a)} (${directPort(ep, a)}) listens: something else (a NodePort service?) must serve it, and this tool cannot check what. If it serves ${what(a)}, it can stay.${alternative(a)}`;
    case 'not-marketplace-route':
      return `${v} goes through pylon outside /marketplace, where pylon serves PAI's own services, not the marketplace (its routes are /marketplace/api and /marketplace/plugin.js): this tool cannot check what is served there. If it serves ${what(a)}, it can stay.${alternative(a)}`;
    default:
      return `${v} does not fit the cluster.${instead(a)}`;
  }
}
