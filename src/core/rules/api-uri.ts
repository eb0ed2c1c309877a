import { fix, newScalarText, setKey } from '../fix';
import { intendsMarketplace, presentSections, SWITCH_PATH } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { uriFinding } from '../uri-findings';
import { API_URI_PATH, assessUri, DEFAULT_API_PORT, endpointsOf, looksLikePlaceholder, portValue, type Endpoints } from '../uris';
import { atLeast } from '../version';

const SHAPES = '`https://<host>/marketplace/api` through pylon, or `http://<master hostip>:9292` directly (http clusters only)';

/** The v1.4/1.5 parser's default: `http://<master hostip>:<api-port>/api`. */
function builtInDefault(ctx: RuleContext, ep: Endpoints): string {
  const port = portValue(ctx.doc.valueAt(['marketplace-webportal', 'api-port'])) ?? DEFAULT_API_PORT;
  return `http://${ep.master ?? '<master>'}:${port}/api`;
}

function missingOnOldVersion(ctx: RuleContext, ep: Endpoints): RuleFinding {
  const at = ctx.doc.has(['marketplace-webportal']) ? ['marketplace-webportal']
    : ctx.doc.has(SWITCH_PATH) ? [...SWITCH_PATH] : [presentSections(ctx)[0]];
  const expected = ep.preferred.api;
  return {
    range: ctx.doc.keyRange(at),
    message: `On v${ctx.version} \`marketplace_api_uri\` must be written: ${expected ? `add \`marketplace_api_uri: ${expected}\`` : 'its built-in default answers 404'}.`,
    detail: `Without it, marketplace-webportal defaults to \`${builtInDefault(ctx, ep)}\`, but marketplace-restserver has no /api prefix: every call from the plugin answers 404.`
      + (expected ? '' : ` Write ${SHAPES}.`),
    fixes: expected ? [fix(`Add marketplace_api_uri: ${expected}`, [setKey(ctx.doc, API_URI_PATH, newScalarText(ctx.doc, expected))], true)] : [],
    data: expected ? { expected } : undefined,
  };
}

export const apiUri: RegisteredRule = {
  code: 'api-uri',
  severity: 'error',
  fixable: true,
  description: '`marketplace-webportal.marketplace_api_uri` does not fit the cluster (scheme, host, port or path), or is missing on v1.4/1.5 where the built-in default answers 404.',
  docs: [
    '- **Catches:** a `marketplace-webportal.marketplace_api_uri` that does not fit the cluster: the scheme (https exactly',
    'when `pylon.ssl` is set), the host (`pylon.domain`, else the master\'s `hostip` in layout.yaml), the port, or the',
    'path. It also catches an empty value, a trailing slash, and the pylon form while the switch is off (no route, so 404).',
    'On v1.4/1.5 it also catches a **missing** value. A URI the tool cannot verify is not called wrong: one on another',
    'host (a CDN, a proxy) is **info**, one on a port where neither pylon nor a marketplace service listens (a NodePort',
    'such as 32767) or through pylon outside `/marketplace` is a **warning**, and the cluster\'s own URI is offered only as a',
    'choice.',
    '- **Why:** marketplace-restserver has no `/api` prefix (*marketplace* `rest_server/src/index.js`, `router.js`). `/api`',
    'exists only through pylon, which maps `/marketplace/api/<x>` to `http://<master>:9292/<x>` (`location.conf.template`).',
    'The v1.4/1.5 parser\'s default `http://<master>:9292/api` (`src/marketplace-webportal/config/marketplace_webportal.py`)',
    'therefore answers 404. The deployment doc\'s `http://<master_node_ip>:<9292>` means `http://10.0.0.1:9292`: no',
    'brackets, and no `/api` on the direct URI.',
    '- **Fix:** write the URI computed from the cluster. Your form (through pylon or direct) is kept wherever it can',
    'work, and so is your quoting. Without layout.yaml only the shape is judged, and there is no fix when the host is unknown.',
    'A fix is preferred (what `--fix` and fix-all apply) only when the written URI is known not to work; for an unverified',
    'URI it is only offered.',
    '- **Versions:** all. On v1.6+ you may leave the key out, and webportal derives `<pylon uri>/marketplace/api`.',
    '',
    '```yaml',
    'marketplace-webportal:',
    '  # bad: marketplace_api_uri: http://10.0.0.1:9292/api  (404)',
    '  marketplace_api_uri: https://pai.example.com/marketplace/api # good (https cluster), or http://10.0.0.1:9292 (http)',
    '```',
  ],
  check(ctx) {
    const ep = endpointsOf(ctx);
    const loc = ctx.doc.locate(API_URI_PATH);
    if (!loc) {
      return !atLeast(ctx.version, '1.6') && intendsMarketplace(ctx) ? [missingOnOldVersion(ctx, ep)] : [];
    }
    const value = ctx.doc.valueAt(API_URI_PATH);
    if (typeof value !== 'string' || value.trim() === '') {
      if (value !== null && value !== undefined && value !== '') { return []; } // non-strings: schema / unsafe-value
      const expected = ep.preferred.api;
      return [{
        range: value === null ? ctx.doc.keyRange(API_URI_PATH) : ctx.doc.valueRange(API_URI_PATH),
        message: `\`marketplace_api_uri\` is empty, so every API call fails: ${expected ? `write \`${expected}\`` : 'write the API\'s URI'}${atLeast(ctx.version, '1.6') ? ' or remove the key' : ''}.`,
        detail: `The plugin is given ${atLeast(ctx.version, '1.6') ? '`None`' : 'an empty URL'}.`
          + (expected ? '' : ` Write ${SHAPES}.`)
          + (atLeast(ctx.version, '1.6') ? ' Without the key, v1.6+ derives the URI.' : ''),
        fixes: expected ? [fix(`Set marketplace_api_uri: ${expected}`, [setKey(ctx.doc, API_URI_PATH, newScalarText(ctx.doc, expected))], true)] : [],
        data: expected ? { expected } : undefined,
      }];
    }
    if (looksLikePlaceholder(value)) { return []; }
    const assessed = assessUri(ep, 'api', value);
    if (!assessed.problem || assessed.problem === 'mixed-content' || assessed.problem === 'mixed-content-rewritten') { return []; }
    return [uriFinding(ctx, ep, assessed, API_URI_PATH, 'marketplace_api_uri')];
  },
};
