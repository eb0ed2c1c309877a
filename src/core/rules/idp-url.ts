import { fix, scalarText, setKey } from '../fix';
import type { RegisteredRule, RuleFinding } from '../rule';
import { parseUri } from '../uris';
import { atLeast } from '../version';

const IDP_PATH = ['marketplace-restserver', 'idp_url'] as const;
const TOKEN_CHECK = '/api/v2/tokens/check';
/** The REST API's own path at the end of the URL: `/api`, `/api/v2` (any `vN`), with or without trailing slashes. */
const API_SUFFIX = /\/api(?:\/v\d+)?\/*$/i;
/** What the restserver's token check works with: the rest-server's origin, or pylon's `/rest-server` route. */
const KNOWN_GOOD_PATHS = ['', '/rest-server'];

/** The URL the restserver asks: v1.7+ joins with npm url-join (one slash between parts), v1.6.0 concatenates. */
function tokenCheckUrl(idpUrl: string, joins: boolean): string {
  return joins ? `${idpUrl.replace(/\/+$/, '')}${TOKEN_CHECK}` : `${idpUrl}${TOKEN_CHECK}`;
}

export const idpUrl: RegisteredRule = {
  code: 'idp-url',
  severity: 'error',
  fixable: true,
  description: 'v1.6+ `marketplace-restserver.idp_url` ends in the REST API\'s own path (`/api`, `/api/v2`), or on v1.6 in a slash after the origin: every authenticated call fails.',
  docs: [
    '- **Catches:** a v1.6+ `marketplace-restserver.idp_url` whose path ends in `/api` or `/api/v2` (with or without a',
    'trailing slash). On v1.6 also a slash right after the origin (`http://10.0.0.1:9186/`).',
    '- **Why:** the restserver checks every token at `<idp_url>/api/v2/tokens/check`. From v1.7 it joins the two with',
    'npm `url-join`, which keeps both paths: `…/api` becomes `…/api/api/v2/tokens/check`. v1.6.0 appends the text as it',
    'is, so a trailing slash gives `//api/v2/…`, which the rest-server\'s router does not match (*marketplace*',
    '`rest_server/src/middlewares/token.js`). Every call that needs a login then fails with "Something wrong with token',
    'idp api". The value is the rest-server\'s base URL. The default is `rest-server.uri`, `http://<master>:9186`',
    '(`src/marketplace-restserver/deploy/marketplace-restserver.yaml.template`). Through pylon it is',
    '`https://<host>/rest-server`, which pylon routes to the rest-server\'s `/api` (`location.conf.template`).',
    '- **Fix:** strip the suffix. The fix is preferred when what is left is one of those two forms.',
    '- **Versions:** v1.6+ (before, `idp_url` is not read: see `ignored-key`).',
    '',
    '```yaml',
    'marketplace-restserver:',
    '  idp_url: https://pai.example.com/rest-server   # good; `…/rest-server/api` asks /api/api/v2/…',
    '```',
  ],
  check(ctx) {
    if (!atLeast(ctx.version, '1.6')) { return []; }
    const written = ctx.doc.valueAt(IDP_PATH);
    if (typeof written !== 'string') { return []; }
    const value = written.trim();
    const uri = parseUri(value);
    if (!uri || uri.query !== '' || uri.hash !== '') { return []; }
    const joins = atLeast(ctx.version, '1.7');
    const suffix = API_SUFFIX.exec(uri.path)?.[0]
      // v1.6.0 concatenates, so `http://<master>:9186/` asks `//api/v2/…`, which the rest-server's router does not match.
      ?? (!joins && uri.path !== '' && /^\/+$/.test(uri.path) ? uri.path : undefined);
    if (suffix === undefined) { return []; }
    const fixed = value.slice(0, value.length - suffix.length);
    const rest = uri.path.slice(0, uri.path.length - suffix.length);
    const knownGood = KNOWN_GOOD_PATHS.includes(rest);
    const node = ctx.doc.locate(IDP_PATH)?.written;
    const text = scalarText(ctx.doc, fixed, node);
    const how = joins ? 'joins it with `/api/v2/tokens/check` (npm url-join, rest_server/src/middlewares/token.js)' : 'appends `/api/v2/tokens/check` to it (rest_server/src/middlewares/token.js)';
    const finding: RuleFinding = {
      range: ctx.doc.valueRange(IDP_PATH),
      message: `\`idp_url\` ends ${/^\/+$/.test(suffix) ? 'with a slash' : `in \`${suffix}\``}, so every login check fails: ${knownGood ? `write \`${fixed}\`` : 'write the rest-server\'s base URL'}.`,
      detail: `The marketplace restserver ${how}, so it checks every token at \`${tokenCheckUrl(value, joins)}\`, a path the PAI rest-server does not serve: every call that needs a login fails ("Something wrong with token idp api"). \`idp_url\` is the rest-server's base URL: \`http://<master>:<rest-server server-port>\` (the default, 9186) or \`https://<host>/rest-server\` through pylon.`,
      fixes: [fix(`Set idp_url: ${text}`, [setKey(ctx.doc, IDP_PATH, text)], knownGood)],
    };
    return [finding];
  },
};
