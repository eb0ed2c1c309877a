/**
 * Check Marketplace: asks the API URI's root (the restserver answers `Welcome to marketplace!`) and
 * the plugin URI (marketplace-webportal serves JavaScript), and says what each answer means.
 * Uses node's http/https only; no `vscode`. Unit-tested against a server on 127.0.0.1.
 */
import * as l10n from '@vscode/l10n';
import * as http from 'http';
import * as https from 'https';

export const API_GREETING = 'Welcome to marketplace!';
const MAX_BODY = 64 * 1024;

export interface HttpAnswer {
  ok: true;
  status: number;
  contentType: string;
  body: string;
  /** The URL that answered, after redirects (pylon sends /marketplace/api to /marketplace/api/). */
  finalUrl: string;
  redirects: string[];
}

export type FailureKind = 'bad-uri' | 'dns' | 'refused' | 'timeout' | 'tls' | 'network' | 'redirects';
export interface HttpFailure { ok: false; kind: FailureKind; message: string; finalUrl: string; redirects: string[] }
export type HttpResult = HttpAnswer | HttpFailure;

export interface GetOptions { timeoutMs?: number; maxRedirects?: number }

function failureKind(e: NodeJS.ErrnoException): FailureKind {
  const code = e.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') { return 'dns'; }
  if (code === 'ECONNREFUSED') { return 'refused'; }
  if (code === 'ETIMEDOUT') { return 'timeout'; }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) || /certificate|ssl|tls/i.test(e.message)) { return 'tls'; }
  return 'network';
}

function getOnce(url: URL, timeoutMs: number): Promise<{ status: number; location?: string; contentType: string; body: string } | { error: FailureKind; message: string }> {
  return new Promise(resolve => {
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (v: Parameters<typeof resolve>[0]) => { if (!settled) { settled = true; clearTimeout(timer); resolve(v); } };
    const req = client.get(url, { headers: { 'User-Agent': 'openpai-marketplace-tools', Accept: '*/*' } }, res => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < MAX_BODY) { body += chunk; } else { res.destroy(); done(answer()); }
      });
      const answer = () => ({
        status: res.statusCode ?? 0,
        location: typeof res.headers.location === 'string' ? res.headers.location : undefined,
        contentType: String(res.headers['content-type'] ?? ''),
        body: body.slice(0, MAX_BODY),
      });
      res.on('end', () => done(answer()));
      res.on('error', e => done({ error: failureKind(e), message: e.message }));
    });
    const timer = setTimeout(() => {
      done({ error: 'timeout', message: l10n.t('no answer within {0} s', Math.round(timeoutMs / 1000)) });
      req.destroy();
    }, timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => done({ error: failureKind(e), message: e.message }));
  });
}

/** GET with redirects followed (at most `maxRedirects`), a whole-request timeout per hop. */
export async function httpGet(uri: string, options: GetOptions = {}): Promise<HttpResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const redirects: string[] = [];
  let url: URL;
  try { url = new URL(uri); } catch { return { ok: false, kind: 'bad-uri', message: l10n.t('{0} is not an absolute URL', JSON.stringify(uri)), finalUrl: uri, redirects }; }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, kind: 'bad-uri', message: l10n.t('{0} is not an http(s) URL', uri), finalUrl: uri, redirects };
  }
  for (;;) {
    const r = await getOnce(url, timeoutMs);
    if ('error' in r) { return { ok: false, kind: r.error, message: r.message, finalUrl: url.href, redirects }; }
    if ([301, 302, 303, 307, 308].includes(r.status) && r.location) {
      if (redirects.length >= maxRedirects) { return { ok: false, kind: 'redirects', message: l10n.t('more than {0} redirects', maxRedirects), finalUrl: url.href, redirects }; }
      redirects.push(url.href);
      url = new URL(r.location, url);
      continue;
    }
    return { ok: true, status: r.status, contentType: r.contentType, body: r.body, finalUrl: url.href, redirects };
  }
}

export interface CheckReport {
  /** 'api' or 'plugin'. */
  what: 'api' | 'plugin';
  uri: string;
  passed: boolean;
  /** One or two sentences in plain words: what answered and what it means. */
  text: string;
}

function failureWords(r: HttpFailure): string {
  const host = (() => { try { return new URL(r.finalUrl).host; } catch { return r.finalUrl; } })();
  switch (r.kind) {
    case 'bad-uri': return `${r.message}.`;
    case 'dns': return l10n.t('the host name in {0} does not resolve from this machine ({1}).', r.finalUrl, r.message);
    case 'refused': return l10n.t('nothing listens at {0} (connection refused): pylon, or the service if the URI points at it directly, is not running there or the port is wrong.', host);
    case 'timeout': return l10n.t('{0} gave {1}: a firewall drops the request, or the host is down.', host, r.message);
    case 'tls': return l10n.t('the HTTPS connection to {0} failed ({1}); with a self-signed certificate, browsers ask the user to accept it first, and this check cannot tell more.', host, r.message);
    case 'redirects': return l10n.t('{0} redirects too often ({1}).', r.finalUrl, r.message);
    case 'network': return l10n.t('the request to {0} failed: {1}.', r.finalUrl, r.message);
  }
}

function statusWords(status: number, finalUrl: string, what: string): string {
  if (status === 404) { return l10n.t("{0} answered 404 Not Found: pylon has no /marketplace route (cluster.common.marketplace was not the string 'true' when pylon last started; push it and restart pylon), or the URI's path is wrong.", finalUrl); }
  if (status === 502 || status === 503 || status === 504) { return l10n.t('{0} answered {1}: pylon could not reach {2}; it is not running or not ready yet (start the marketplace services).', finalUrl, status, what); }
  return l10n.t('{0} answered HTTP {1}.', finalUrl, status);
}

function via(r: HttpAnswer): string {
  return r.redirects.length === 0 ? '' : ` ${r.redirects.length === 1 ? l10n.t('(after a redirect)') : l10n.t('(after {0} redirects)', r.redirects.length)}`;
}

/** The restserver's root answers `Welcome to marketplace!` (through pylon: `<cluster>/marketplace/api/`). */
export function describeApi(uri: string, r: HttpResult): CheckReport {
  const api = (words: string) => l10n.t('Marketplace API {0}: {1}', uri, words);
  if (!r.ok) { return { what: 'api', uri, passed: false, text: api(failureWords(r)) }; }
  if (r.status === 200 && r.body.includes(API_GREETING)) {
    return { what: 'api', uri, passed: true, text: api(l10n.t('the restserver answers "{0}"{1}.', API_GREETING, via(r))) };
  }
  if (r.status === 200) {
    const html = /html/i.test(r.contentType) || /^\s*</.test(r.body);
    return {
      what: 'api', uri, passed: false,
      text: api(html
        ? l10n.t('{0} answered 200 but not with "{1}": an HTML page (the PAI webportal answers, so the /marketplace/api route is missing or the path is wrong).', r.finalUrl, API_GREETING)
        : l10n.t('{0} answered 200 but not with "{1}".', r.finalUrl, API_GREETING)),
    };
  }
  return { what: 'api', uri, passed: false, text: api(statusWords(r.status, r.finalUrl, 'marketplace-restserver')) };
}

/** marketplace-webportal serves `plugin.js` as JavaScript; an HTML page means another route answered. */
export function describePlugin(uri: string, r: HttpResult): CheckReport {
  const plugin = (words: string) => l10n.t('Marketplace plugin {0}: {1}', uri, words);
  if (!r.ok) { return { what: 'plugin', uri, passed: false, text: plugin(failureWords(r)) }; }
  const html = /html/i.test(r.contentType) || /^\s*</.test(r.body);
  if (r.status === 200 && !html && (/javascript|ecmascript/i.test(r.contentType) || r.body.trim() !== '')) {
    return { what: 'plugin', uri, passed: true, text: plugin(l10n.t('marketplace-webportal serves the plugin script{0}.', via(r))) };
  }
  if (r.status === 200) {
    return {
      what: 'plugin', uri, passed: false,
      text: plugin(html
        ? l10n.t('{0} answered 200 with an HTML page, not JavaScript: the /marketplace route is missing (pylon not restarted after the switch changed?) or the path is wrong.', r.finalUrl)
        : l10n.t('{0} answered 200 with an empty body, not JavaScript: the /marketplace route is missing (pylon not restarted after the switch changed?) or the path is wrong.', r.finalUrl)),
    };
  }
  return { what: 'plugin', uri, passed: false, text: plugin(statusWords(r.status, r.finalUrl, 'marketplace-webportal')) };
}

export async function checkApi(uri: string, options?: GetOptions): Promise<CheckReport> {
  return describeApi(uri, await httpGet(uri, options));
}

export async function checkPlugin(uri: string, options?: GetOptions): Promise<CheckReport> {
  return describePlugin(uri, await httpGet(uri, options));
}
