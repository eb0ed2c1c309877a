import type { Endpoints, UriAssessment } from './uris';

/**
 * Human text for a URI problem: one sentence (what is wrong, what to write) and the explanation of
 * what pylon, the restserver or the browser will really do.
 */
export interface UriMessage {
  message: string;
  detail?: string;
}

function subject(a: UriAssessment): string {
  return a.kind === 'api' ? '`marketplace_api_uri`' : 'The plugin `uri`';
}

function hostSource(ep: Endpoints): string {
  return ep.domain !== undefined ? '`pylon.domain`' : 'the master\'s `hostip` in layout.yaml';
}

/** The sentence's end: `: write \`<suggestion>\`.`, or `otherwise` (which starts with its own punctuation). */
function act(a: UriAssessment, otherwise = '.'): string {
  return a.suggestion === undefined ? otherwise : `: write \`${a.suggestion}\`.`;
}

function service(a: UriAssessment): string {
  return a.kind === 'api' ? 'marketplace-restserver' : 'marketplace-webportal';
}

function directPort(ep: Endpoints, a: UriAssessment): number {
  return a.kind === 'api' ? ep.apiPort : ep.pluginPort;
}

function what(a: UriAssessment): string {
  return a.kind === 'api' ? 'the API' : 'the plugin';
}

function clusterHosts(ep: Endpoints): string {
  const names = [ep.domain && `\`${ep.domain}\` (\`pylon.domain\`)`, ep.master && `the master \`${ep.master}\``].filter(Boolean);
  return names.join(', ');
}

function alternative(a: UriAssessment): string {
  return a.suggestion === undefined ? '' : ` The URI this cluster serves itself is \`${a.suggestion}\`.`;
}

const ROUTES = 'pylon has /marketplace routes only when `cluster.common.marketplace` is \'true\': write `marketplace: \'true\'` under `cluster.common` and restart pylon to turn it on.';

export function uriProblemMessage(ep: Endpoints, a: UriAssessment): UriMessage {
  const v = `\`${a.value}\``;
  const uri = a.parsed;
  const written = uri?.port ?? (uri?.scheme === 'https' ? 443 : 80);
  switch (a.problem) {
    case 'not-a-uri':
      return a.kind === 'api'
        ? { message: `${subject(a)} is not an http(s) URL${act(a)}`, detail: `${v}: the plugin calls \`<uri>/items\` from the browser.` }
        : { message: `${subject(a)} is neither an http(s) URL nor a root-relative path${act(a)}`, detail: `${v}: webportal loads it with a <script> tag.` };
    case 'mixed-content': {
      const blocked = a.kind === 'api' ? 'the plugin\'s calls to this API' : 'this plugin script';
      const message = `${subject(a)} is http on an https cluster`
        + (a.suggestion !== undefined ? act(a) : ep.marketplaceOn ? ': use the https URI through pylon.' : ': turn the marketplace on and use the https URI.');
      const how = a.suggestion !== undefined ? ''
        : ep.marketplaceOn
          ? ` The https URI through pylon is \`https://<host>${a.kind === 'api' ? '/marketplace/api' : '/marketplace/plugin.js'}\`.`
          : ` On https only the pylon route works, and ${ROUTES}`;
      return { message, detail: `The cluster serves https (\`pylon.ssl\` is set), so browsers block ${blocked} (${v}) on the https webportal page as mixed content.${how}` };
    }
    case 'mixed-content-rewritten':
      return {
        message: `${subject(a)} is http and loads only through pylon's rewrite${act(a)}`,
        detail: `On this https cluster pylon rewrites the literal \`http://<master>:${ep.pluginPort}\` to \`/marketplace\` in the webportal page; served any other way the browser blocks ${v} as mixed content.`,
      };
    case 'relative-api':
      return {
        message: `${subject(a)} is root-relative: write the absolute URI through pylon${a.suggestion === undefined ? '.' : `, \`${a.suggestion}\`.`}`,
        detail: `No OpenPAI doc or template uses that form for the API (the plugin calls \`<uri>/items\` from the browser).`,
      };
    case 'no-pylon-route': {
      const message = a.suggestion !== undefined
        ? `pylon has no /marketplace routes while the marketplace is off: use \`${a.suggestion}\`, or turn it on.`
        : ep.https
          ? 'pylon has no /marketplace routes while the marketplace is off, and on https only pylon works: turn it on.'
          : 'pylon has no /marketplace routes while the marketplace is off: use the direct URI, or turn it on.';
      const direct = a.suggestion === undefined && !ep.https ? ` The direct URI is \`http://<master hostip>:${directPort(ep, a)}${a.kind === 'api' ? '' : '/plugin.js'}\`.` : '';
      return { message, detail: `${v} goes through pylon, but \`cluster.common.marketplace\` is not 'true', so pylon answers 404: ${ROUTES}${direct}` };
    }
    case 'wrong-scheme':
      return a.form === 'direct'
        ? { message: `${subject(a)} uses https, but ${service(a)}'s own port serves only http${act(a, ': go through pylon for https.')}`, detail: 'https goes through pylon (`https://<host>/marketplace/...`).' }
        : { message: `${subject(a)} uses https, but \`pylon.ssl\` is not set${act(a, ': use http.')}`, detail: `Without \`pylon.ssl\`, pylon serves only http (port ${ep.pylonPort}).` };
    case 'wrong-port':
      return a.form === 'direct'
        ? { message: `${subject(a)} uses port ${written}, but ${service(a)} listens on ${directPort(ep, a)}${act(a)}`, detail: `${service(a)} listens on its \`server-port\`.` }
        : {
          message: `${subject(a)} uses port ${written}, but pylon serves ${ep.scheme} on ${ep.pylonPort}${act(a)}`,
          detail: `pylon's ${ep.scheme} port is ${ep.https ? '`pylon.ssl.port` (default 443)' : '`pylon.port` (default 80)'}.`,
        };
    case 'wrong-host':
      return a.form === 'direct'
        ? { message: `The marketplace services run on the master \`${ep.master}\`, not on \`${uri?.host}\`${act(a)}`, detail: 'The master is the `pai-master: "true"` machine of layout.yaml, at its `hostip`.' }
        : { message: `The cluster's public host is \`${ep.publicHost}\`, not \`${uri?.host}\`${act(a)}`, detail: `The public host comes from ${hostSource(ep)}.` };
    case 'alternate-host':
      return ep.https
        ? { message: `${subject(a)} uses the master's IP, but pylon's certificate is for \`${ep.domain}\`${act(a)}`, detail: `\`pylon.domain\` is \`${ep.domain}\`: pylon's certificate is issued for the domain, so the browser rejects ${v}.` }
        : { message: `${subject(a)} uses the master's IP, not \`${ep.domain}\`${act(a)}`, detail: `\`pylon.domain\` is \`${ep.domain}\`: ${v} works, but the webportal is served under the domain.` };
    case 'api-suffix':
      return {
        message: `${subject(a)} ends in \`/api\`, a path marketplace-restserver does not serve${act(a)}`,
        detail: `The plugin calls \`${a.value.replace(/\/+$/, '')}/items\` and gets 404 (the same mistake as the v1.4/1.5 built-in default). /api exists only through pylon, as /marketplace/api.`,
      };
    case 'trailing-slash':
      return {
        message: `${subject(a)} ends with a slash, so every API call gets 404${act(a)}`,
        detail: `The plugin appends \`/items\` to ${v}, so it calls \`…//items\`, which the restserver does not route.`,
      };
    case 'wrong-path':
      if (a.kind === 'api') {
        return a.form === 'direct'
          ? { message: `${subject(a)} has a path, but the direct API URI has none${act(a)}`, detail: `The direct API URI is \`http://<master>:${ep.apiPort}\` (the plugin appends \`/items\`).` }
          : { message: `${subject(a)} has a path pylon does not route${act(a)}`, detail: 'pylon routes the marketplace API at `/marketplace/api` (no query, no trailing slash).' };
      }
      return a.form === 'direct'
        ? { message: `${subject(a)} has a path marketplace-webportal does not serve${act(a)}`, detail: 'marketplace-webportal serves the plugin at `/plugin.js`.' }
        : { message: `${subject(a)} has a path pylon does not route${act(a)}`, detail: 'pylon serves the plugin at `/marketplace/plugin.js`.' };
    case 'other-host':
      return {
        message: `${subject(a)} points outside this cluster: keep it only if it serves ${what(a)} for this cluster.`,
        detail: `${v} is on \`${uri?.host}\`, not on this cluster (${clusterHosts(ep)}): this tool cannot check what is served there.${alternative(a)}`,
      };
    case 'unusual-port':
      return {
        message: `${subject(a)} uses port ${uri?.port}, where no marketplace service listens: keep it only if it serves ${what(a)}.`,
        detail: `Neither pylon (${ep.pylonPort}) nor ${service(a)} (${directPort(ep, a)}) listens there: something else (a NodePort service?) must serve ${v}, and this tool cannot check what.${alternative(a)}`,
      };
    case 'not-marketplace-route':
      return {
        message: `${subject(a)} goes through pylon outside /marketplace: keep it only if it serves ${what(a)}.`,
        detail: `There pylon serves PAI's own services, not the marketplace (its routes are /marketplace/api and /marketplace/plugin.js): this tool cannot check what is served at ${v}.${alternative(a)}`,
      };
    default:
      return { message: `${subject(a)} does not fit the cluster${act(a)}` };
  }
}
