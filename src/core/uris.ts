import type { ParsedDocument } from './document';
import { masterIp } from './layout';
import { isRecord } from './model';
import type { RuleContext } from './rule';
import { SWITCH_PATH } from './sections';
import { atLeast, type PaiVersion } from './version';

/**
 * The cluster's public endpoints and the marketplace URIs it needs (facts §4): https mode, public
 * host, pylon and direct ports, and the API / plugin URIs that work in this situation.
 */

export const API_URI_PATH = ['marketplace-webportal', 'marketplace_api_uri'] as const;
export const PYLON_API_PATH = '/marketplace/api';
export const PYLON_PLUGIN_PATH = '/marketplace/plugin.js';
export const DIRECT_PLUGIN_PATH = '/plugin.js';
export const DEFAULT_API_PORT = 9292;
export const DEFAULT_PLUGIN_PORT = 9293;

export type UriKind = 'api' | 'plugin';
export type UriForm = 'pylon' | 'direct';

export interface UriPair { api?: string; plugin?: string }

export interface Endpoints {
  version: PaiVersion;
  /** `cluster.common.marketplace` is the string 'true': pylon has the /marketplace routes. */
  marketplaceOn: boolean;
  /** `pylon.ssl` is a non-empty mapping. */
  https: boolean;
  scheme: 'http' | 'https';
  domain?: string;
  /** The first `pai-master: "true"` machine's hostip in layout.yaml. */
  master?: string;
  /** `pylon.domain`, else the master; undefined when neither is known. */
  publicHost?: string;
  /** The port pylon serves the cluster's scheme on (443 / `pylon.ssl.port` v1.8+, or `pylon.port`). */
  pylonPort: number;
  /** marketplace-restserver `server-port` (default 9292). */
  apiPort: number;
  /** marketplace-webportal `server-port` (default 9293). */
  pluginPort: number;
  /** `<scheme>://<publicHost>[:port]`, when the host is known. */
  pylonOrigin?: string;
  /** The URIs through pylon (valid only when marketplace is on), when the host is known. */
  pylon: UriPair;
  /** The direct URIs on the master (http only), when the master is known. */
  direct: UriPair;
  /** Every URI that works in this situation (empty when none can be computed without guessing). */
  accepted: { api: string[]; plugin: string[] };
  /** The one to write: through pylon when marketplace is on, else direct on http. */
  preferred: UriPair;
}

export interface EndpointsInput {
  doc: ParsedDocument;
  version: PaiVersion;
  /** The master hostip from layout.yaml, if known. */
  master?: string;
}

export interface ParsedUri {
  scheme: string;
  host: string;
  /** The port as written, if any. */
  port?: string;
  path: string;
  query: string;
  hash: string;
}

/** Text the `placeholder` rule reports, such as `<openpai cluster>` (its pattern): never checked here. */
export function looksLikePlaceholder(s: string): boolean {
  return /<[A-Za-z0-9_][A-Za-z0-9_ .-]{0,40}>/.test(s);
}

/** An integer port from a number or a numeric string. */
export function portValue(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) { return v; }
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) { return Number(v.trim()); }
  return undefined;
}

function hostValue(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') { return undefined; }
  const s = String(v).trim();
  return s === '' || looksLikePlaceholder(s) ? undefined : s.toLowerCase();
}

export function parseUri(text: string): ParsedUri | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(\[[^\]]*\]|[^/?#:[\]]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(text.trim());
  if (!m || m[2] === '') { return undefined; }
  return { scheme: m[1].toLowerCase(), host: m[2].toLowerCase(), port: m[3] || undefined, path: m[4], query: m[5] ?? '', hash: m[6] ?? '' };
}

export function defaultPort(scheme: string): number { return scheme === 'https' ? 443 : 80; }

export function effectivePort(uri: ParsedUri): number {
  return uri.port === undefined ? defaultPort(uri.scheme) : Number(uri.port);
}

/** `scheme://host[:port]`, leaving out the scheme's default port. */
export function origin(scheme: string, host: string, port: number): string {
  return port === defaultPort(scheme) ? `${scheme}://${host}` : `${scheme}://${host}:${port}`;
}

/** The endpoints model from a document, a version and (optionally) the layout master. */
export function computeEndpoints(input: EndpointsInput): Endpoints {
  const { doc, version } = input;
  const pylon = doc.valueAt(['pylon']);
  const ssl = isRecord(pylon) ? pylon.ssl : undefined;
  const https = isRecord(ssl) && Object.keys(ssl).length > 0;
  const scheme = https ? 'https' : 'http';
  const domain = isRecord(pylon) ? hostValue(pylon.domain) : undefined;
  const master = hostValue(input.master);
  const publicHost = domain ?? master;
  const httpsPort = atLeast(version, '1.8') && isRecord(ssl) ? portValue(ssl.port) ?? 443 : 443;
  const httpPort = (isRecord(pylon) ? portValue(pylon.port) : undefined) ?? 80;
  const pylonPort = https ? httpsPort : httpPort;
  const apiPort = portValue(doc.valueAt(['marketplace-restserver', 'server-port'])) ?? DEFAULT_API_PORT;
  const pluginPort = portValue(doc.valueAt(['marketplace-webportal', 'server-port'])) ?? DEFAULT_PLUGIN_PORT;
  const marketplaceOn = doc.valueAt(SWITCH_PATH) === 'true';
  const pylonOrigin = publicHost === undefined ? undefined : origin(scheme, publicHost, pylonPort);
  const pylonUris: UriPair = pylonOrigin === undefined ? {} : { api: `${pylonOrigin}${PYLON_API_PATH}`, plugin: `${pylonOrigin}${PYLON_PLUGIN_PATH}` };
  const direct: UriPair = master === undefined ? {} : { api: `http://${master}:${apiPort}`, plugin: `http://${master}:${pluginPort}${DIRECT_PLUGIN_PATH}` };
  const accepted = { api: [] as string[], plugin: [] as string[] };
  if (marketplaceOn) {
    if (pylonUris.api) { accepted.api.push(pylonUris.api); }
    if (pylonUris.plugin) { accepted.plugin.push(pylonUris.plugin); }
    accepted.plugin.push(PYLON_PLUGIN_PATH);
  }
  if (!https) {
    if (direct.api) { accepted.api.push(direct.api); }
    if (direct.plugin) { accepted.plugin.push(direct.plugin); }
  }
  const preferred: UriPair = marketplaceOn
    ? { api: pylonUris.api, plugin: pylonUris.plugin ?? PYLON_PLUGIN_PATH }
    : https ? {} : { ...direct };
  return {
    version, marketplaceOn, https, scheme, domain, master, publicHost, pylonPort, apiPort, pluginPort,
    pylonOrigin, pylon: pylonUris, direct, accepted, preferred,
  };
}

function computeFromContext(ctx: RuleContext): Endpoints {
  return computeEndpoints({ doc: ctx.doc, version: ctx.version, master: masterIp(ctx) });
}

/** The endpoints model of a check, computed once. */
export function endpointsOf(ctx: RuleContext): Endpoints {
  return ctx.once(computeFromContext);
}

// ---------------------------------------------------------------------------------------------
// Judging one written URI

export type UriProblem =
  /** Not an http(s) URL nor a root-relative path. */
  | 'not-a-uri'
  /** https cluster, http URI: the browser blocks it. */
  | 'mixed-content'
  /** https cluster, `http://<master>:<plugin port>/plugin.js`: pylon rewrites it to `/marketplace` in the webportal page. */
  | 'mixed-content-rewritten'
  /** A root-relative API URI: not a documented form. */
  | 'relative-api'
  /** A pylon-form URI while marketplace is off: pylon has no /marketplace routes. */
  | 'no-pylon-route'
  /** https on a cluster without pylon.ssl, or https to a direct (plain http) port. */
  | 'wrong-scheme'
  | 'wrong-port'
  | 'wrong-host'
  /** The master's IP through pylon while `pylon.domain` is the public name. */
  | 'alternate-host'
  /** A direct API URI with `/api` (the v1.4/1.5 default): the restserver has no /api prefix. */
  | 'api-suffix'
  | 'trailing-slash'
  | 'wrong-path'
  /** Not on this cluster's host (a CDN, GitHub Pages, a proxy): what is served there cannot be checked. */
  | 'other-host'
  /** The cluster's host on a port none of pylon or the marketplace services uses (a NodePort?). */
  | 'unusual-port'
  /** Through pylon, but outside `/marketplace`: served by something other than the marketplace. */
  | 'not-marketplace-route';

/** Problems where the URI may well work: nothing known says it does not, so no fix may be preferred. */
export function isUnverified(problem: UriProblem | undefined): boolean {
  return problem === 'other-host' || problem === 'unusual-port' || problem === 'not-marketplace-route';
}

export interface UriAssessment {
  kind: UriKind;
  value: string;
  relative: boolean;
  parsed?: ParsedUri;
  /** The form the URI was written in (what its path and port suggest). */
  form?: UriForm;
  problem?: UriProblem;
  /** A URI that works and is closest to what was written; undefined when it would be a guess. */
  suggestion?: string;
  /** `scheme://host` the URI reaches (the pylon origin for a root-relative one, when known). */
  reaches?: string;
}

const PATHS: Record<UriKind, Record<UriForm, string>> = {
  api: { pylon: PYLON_API_PATH, direct: '' },
  plugin: { pylon: PYLON_PLUGIN_PATH, direct: DIRECT_PLUGIN_PATH },
};

function directPort(ep: Endpoints, kind: UriKind): number {
  return kind === 'api' ? ep.apiPort : ep.pluginPort;
}

function formOf(ep: Endpoints, kind: UriKind, uri: ParsedUri): UriForm {
  const path = uri.path.replace(/\/+$/, '');
  if (path === PATHS[kind].pylon) { return 'pylon'; }
  const port = effectivePort(uri);
  if (port === directPort(ep, kind)) { return 'direct'; }
  const directish = kind === 'api' ? path === '' || path === '/api' : path === DIRECT_PLUGIN_PATH;
  return directish && port !== ep.pylonPort ? 'direct' : 'pylon';
}

function canonical(ep: Endpoints, kind: UriKind, form: UriForm, host: string): string {
  return form === 'pylon'
    ? `${origin(ep.scheme, host, ep.pylonPort)}${PATHS[kind].pylon}`
    : `http://${host}:${directPort(ep, kind)}${PATHS[kind].direct}`;
}

function pathProblem(kind: UriKind, form: UriForm, uri: ParsedUri): UriProblem | undefined {
  const expected = PATHS[kind][form];
  if (kind === 'api' && (uri.query !== '' || uri.hash !== '')) { return 'wrong-path'; }
  if (uri.path === expected) { return undefined; }
  if (kind === 'api' && uri.path === `${expected}/`) { return 'trailing-slash'; }
  if (kind === 'api' && form === 'direct' && /^\/api\/?$/.test(uri.path)) { return 'api-suffix'; }
  return 'wrong-path';
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
const MARKETPLACE_ROUTE = /^\/marketplace(?:\/|$)/;

/** The ports whose listener on the cluster's host is known: pylon's, the marketplace services' (configured and default). */
function knownPorts(ep: Endpoints): Set<number> {
  return new Set([ep.pylonPort, 80, 443, ep.apiPort, ep.pluginPort, DEFAULT_API_PORT, DEFAULT_PLUGIN_PORT]);
}

function isDirectPort(ep: Endpoints, port: number): boolean {
  return [ep.apiPort, ep.pluginPort, DEFAULT_API_PORT, DEFAULT_PLUGIN_PORT].includes(port);
}

/**
 * Why nothing can be said about a URI that is not one of this cluster's marketplace URIs: another
 * host, a port nothing known listens on, or a pylon path outside `/marketplace` (facts §4.3). The
 * alternative offered is the URI that works here, if any.
 */
function unverified(ep: Endpoints, kind: UriKind, uri: ParsedUri): UriProblem | undefined {
  const port = effectivePort(uri);
  const hosts = [ep.master, ep.domain, ep.publicHost].filter((h): h is string => h !== undefined);
  // Without the master, a URI on a direct port may be on the master: its host is not judged.
  const hostJudged = hosts.length > 0 && !(ep.master === undefined && isDirectPort(ep, port));
  if (hostJudged && !hosts.includes(uri.host) && !LOOPBACK.test(uri.host)) { return 'other-host'; }
  if (!knownPorts(ep).has(port)) { return 'unusual-port'; }
  const throughPylon = !isDirectPort(ep, port);
  if (throughPylon && !MARKETPLACE_ROUTE.test(uri.path)) {
    // `http://<master>/api`-like shapes on pylon's port keep their precise message only when meant as direct.
    return formOf(ep, kind, uri) === 'pylon' ? 'not-marketplace-route' : undefined;
  }
  return undefined;
}

/** The URI that works here, absolute where it can be; `host` stands in for a public host not known. */
function workingAlternative(ep: Endpoints, kind: UriKind, host: string | undefined): string | undefined {
  const preferred = ep.preferred[kind];
  if (preferred !== undefined && !preferred.startsWith('/')) { return preferred; }
  const pylonHost = ep.publicHost ?? host;
  if (ep.marketplaceOn) { return pylonHost === undefined ? preferred : canonical(ep, kind, 'pylon', pylonHost); }
  const directHost = ep.master ?? host;
  return ep.https || directHost === undefined ? undefined : canonical(ep, kind, 'direct', directHost);
}

/** Each URI of a check is judged once: five rules ask about the same two or three. */
const assessments = new WeakMap<Endpoints, Map<string, Readonly<UriAssessment>>>();

/** Judges a written API or plugin URI against the cluster; `problem` is unset when it works. */
export function assessUri(ep: Endpoints, kind: UriKind, value: string): Readonly<UriAssessment> {
  if (value.length > 1000) { return judgeUri(ep, kind, value); } // a pasted blob: not copied into a cache key
  let known = assessments.get(ep);
  if (!known) { known = new Map(); assessments.set(ep, known); }
  const key = `${kind}\u0000${value}`;
  let assessed = known.get(key);
  if (!assessed) { assessed = judgeUri(ep, kind, value); known.set(key, assessed); }
  return assessed;
}

function judgeUri(ep: Endpoints, kind: UriKind, value: string): UriAssessment {
  const text = value.trim();
  if (text.startsWith('/') && !text.startsWith('//')) { return assessRelative(ep, kind, value, text); }
  const uri = parseUri(text);
  if (!uri || uri.scheme !== 'http' && uri.scheme !== 'https') {
    return { kind, value, relative: false, problem: 'not-a-uri', suggestion: ep.preferred[kind] };
  }
  const form = formOf(ep, kind, uri);
  const judged: UriAssessment = { kind, value, relative: false, parsed: uri, form, reaches: `${uri.scheme}://${uri.host}` };
  if (ep.https && uri.scheme === 'http') {
    const rewritten = kind === 'plugin' && ep.marketplaceOn && form === 'direct' && uri.path === DIRECT_PLUGIN_PATH
      && uri.port === String(ep.pluginPort) && (ep.master === undefined || ep.master === uri.host);
    return withProblem(judged, rewritten ? 'mixed-content-rewritten' : 'mixed-content', ep.marketplaceOn ? ep.pylon[kind] : undefined);
  }
  const unknown = unverified(ep, kind, uri);
  if (unknown) { return withProblem(judged, unknown, workingAlternative(ep, kind, unknown === 'other-host' ? undefined : uri.host)); }
  if (form === 'pylon' && !ep.marketplaceOn) {
    return withProblem(judged, 'no-pylon-route', ep.https ? undefined : ep.direct[kind]);
  }
  if (form === 'direct' && uri.scheme === 'https') {
    return withProblem(judged, 'wrong-scheme', ep.preferred[kind]);
  }
  let problem: UriProblem | undefined;
  let host = uri.host;
  if (form === 'pylon') {
    if (uri.scheme !== ep.scheme) { problem = 'wrong-scheme'; }
    else if (effectivePort(uri) !== ep.pylonPort) { problem = 'wrong-port'; }
    if (ep.publicHost !== undefined && uri.host !== ep.publicHost) {
      problem ??= uri.host === ep.master ? 'alternate-host' : 'wrong-host';
      host = ep.publicHost;
    }
  } else {
    if (effectivePort(uri) !== directPort(ep, kind)) { problem = 'wrong-port'; }
    if (ep.master !== undefined && uri.host !== ep.master && uri.host !== ep.domain) {
      problem ??= 'wrong-host';
      host = ep.master;
    }
  }
  problem ??= pathProblem(kind, form, uri);
  if (!problem) { return judged; }
  return withProblem(judged, problem, canonical(ep, kind, form, host));
}

function assessRelative(ep: Endpoints, kind: UriKind, value: string, text: string): UriAssessment {
  const base: UriAssessment = { kind, value, relative: true, form: 'pylon', reaches: ep.pylonOrigin?.replace(/:\d+$/, '') };
  const path = text.replace(/[?#].*$/, '');
  if (!MARKETPLACE_ROUTE.test(path)) { return withProblem(base, 'not-marketplace-route', ep.preferred[kind]); }
  if (!ep.marketplaceOn) { return withProblem(base, 'no-pylon-route', ep.https ? undefined : ep.direct[kind]); }
  if (kind === 'api') { return withProblem(base, 'relative-api', ep.pylon.api); }
  if (path !== PYLON_PLUGIN_PATH) { return withProblem(base, 'wrong-path', PYLON_PLUGIN_PATH); }
  return base;
}

/** An assessment with a problem (spelled out: an object spread here cost more than the rest of assessUri). */
function withProblem(a: UriAssessment, problem: UriProblem, suggestion: string | undefined): UriAssessment {
  return { kind: a.kind, value: a.value, relative: a.relative, parsed: a.parsed, form: a.form, reaches: a.reaches, problem, suggestion };
}

/** Severity of a problem: most break the marketplace; a few only work in a way the admin did not mean. */
export function problemSeverity(ep: Endpoints, problem: UriProblem): 'error' | 'warning' | 'info' {
  switch (problem) {
    case 'other-host':
      return 'info';
    case 'unusual-port':
    case 'not-marketplace-route':
      return 'warning';
    case 'relative-api':
    case 'mixed-content-rewritten':
      return 'warning';
    case 'alternate-host':
      return ep.https ? 'error' : 'warning';
    default:
      return 'error';
  }
}
