import { isScalar } from 'yaml';
import type { YamlPath } from '../document';
import type { TextEdit } from '../finding';
import { fix, scalarText, setKey } from '../fix';
import { isRecord, marketplaceOn, presentSections, SWITCH_PATH } from '../model';
import { marketplaceEntries } from '../plugins';
import { pyTruthy, pyValueOf } from '../pyyaml';
import type { RegisteredRule, RuleContext } from '../rule';
import { renameKeyEdit } from '../schema-placement';
import { suggestKeys } from '../schema-suggest';
import { API_URI_PATH, assessUri, endpointsOf, isUnverified, type UriKind } from '../uris';
import { atLeast } from '../version';

const COMMON: YamlPath = ['cluster', 'common'];

/** A key of cluster.common that was meant to be the switch: the deployment doc's `market`, or a near miss. */
function misspelledSwitch(ctx: RuleContext): string | undefined {
  const common = ctx.doc.valueAt(COMMON);
  if (!isRecord(common)) { return undefined; }
  return Object.keys(common).find(k => k !== 'marketplace' && (k.toLowerCase() === 'market' || suggestKeys(k, ['marketplace']).length > 0));
}

/** Renames the misspelled key to `marketplace` and makes its value the string 'true'. */
function renameEdits(ctx: RuleContext, key: string, value: string): TextEdit[] | undefined {
  const path = [...COMMON, key];
  const rename = renameKeyEdit(ctx.doc, path, 'marketplace');
  if (!rename) { return undefined; }
  return ctx.doc.valueAt(path) === 'true' ? [rename] : [rename, setKey(ctx.doc, path, value)];
}

/**
 * The direct URIs written when every marketplace URI is one that works without pylon: on http, the
 * browser calls `http://<master>:<restserver server-port>` and loads `http://<master>:<webportal
 * server-port>/plugin.js` itself (marketplace_webportal.py:23; the restserver enables CORS). A missing
 * API URI does not count: v1.4/1.5's default answers 404, v1.6+'s goes through pylon.
 */
function directUris(ctx: RuleContext): string[] | undefined {
  const ep = endpointsOf(ctx);
  // Custom URIs (another host, a NodePort, a path outside /marketplace) do not use pylon's routes either.
  const works = (kind: UriKind, value: unknown): value is string => {
    if (typeof value !== 'string') { return false; }
    const a = assessUri(ep, kind, value);
    return a.problem === undefined ? a.form === 'direct' : isUnverified(a.problem);
  };
  const api = ctx.doc.valueAt(API_URI_PATH);
  const plugins = marketplaceEntries(ctx).map(e => ctx.doc.valueAt([...e.path, 'uri']));
  if (!works('api', api) || plugins.length === 0 || !plugins.every(p => works('plugin', p))) { return undefined; }
  return [api, ...(plugins as string[])];
}

export const switchOff: RegisteredRule = {
  code: 'switch-off',
  severity: 'error',
  fixable: true,
  premise: true,
  supersedes: ['schema'],
  description: 'A marketplace section is configured but `cluster.common.marketplace` is not \'true\': pylon exposes no /marketplace routes.',
  docs: [
    '- **Catches:** a marketplace section is written, but `cluster.common.marketplace` is absent, null, or some other',
    'string (`\'True\'`, `\'yes\'`). An explicit off (`\'false\'`, or `false`, `no`, `off`, `0`) is only a warning. A value',
    'PyYAML reads as true (`true`, `yes`, `on`, `1`) belongs to `switch-not-string`. The deployment doc\'s',
    '`cluster.common.market` (or another near miss of `marketplace`) is named as the cause, in this one finding (the',
    'schema\'s unknown-key finding on the same key is left out). On http, when `marketplace_api_uri` and every Marketplace',
    'plugin `uri` are the direct ones (`http://<master>:<restserver server-port>`,',
    '`http://<master>:<webportal server-port>/plugin.js`), the marketplace works without the switch: then it is only a',
    'warning that pylon\'s routes are off, and turning the switch on is offered but not preferred.',
    '- **Why:** the switch does not decide whether the services deploy: `paictl service start` starts them anyway',
    '(`deployment/paiLibrary/paiService/service_management_configuration.py`). It decides whether pylon gets the',
    '`/marketplace/api` and `/marketplace/plugin.js` routes (`src/pylon/deploy/pylon-config/location.conf.template`); the',
    'direct URIs bypass pylon (the browser loads the plugin and calls the restserver, which enables CORS, itself;',
    '`src/marketplace-webportal/config/marketplace_webportal.py:23`). On',
    'v1.6+ it also decides whether webportal adds the sidebar entry. pylon reads the switch only when it starts: **after',
    'you change it, push and restart pylon** (and webportal). The deployment doc restarts only webportal.',
    '- **Fix:** rename `market` (the near miss) to `marketplace: \'true\'` where there is one; otherwise write',
    '`marketplace: \'true\'` under `cluster.common`, creating that section if needed.',
    '- **Versions:** all (the sidebar part is v1.6+).',
    '',
    '```yaml',
    'cluster:',
    '  common:',
    '    cluster-type: k8s',
    '    marketplace: \'true\'     # good: without this line pylon has no /marketplace routes',
    'marketplace-db: {}',
    '```',
  ],
  check(ctx) {
    const sections = presentSections(ctx);
    if (sections.length === 0 || marketplaceOn(ctx)) { return []; }
    const loc = ctx.doc.locate(SWITCH_PATH);
    const value = loc?.node;
    const py = pyValueOf(value);
    // A boolean or number meant as on (`true`, `yes`, `1`) is switch-not-string's finding.
    if (py && py.kind !== 'str' && py.kind !== 'null' && py.kind !== 'invalid' && pyTruthy(py)) { return []; }
    const present = loc !== undefined && py?.kind !== 'null';
    const written = present && isScalar(value) ? ctx.doc.text.slice(...(ctx.doc.nodeOffsets(value) ?? [0, 0])) : undefined;
    // `false`, `'false'`, `no`, `off`, `0`: off on purpose.
    const explicitOff = py !== undefined && (py.kind === 'str' ? py.text.toLowerCase() === 'false' : py.kind !== 'null' && !pyTruthy(py));
    const newValue = scalarText(ctx.doc, 'true', isScalar(loc?.written) ? loc?.written : undefined);
    const state = written === undefined
      ? '`cluster.common.marketplace` is not set'
      : explicitOff
        ? `\`cluster.common.marketplace\` is \`${written}\``
        : `\`cluster.common.marketplace\` is \`${written}\`, not the string 'true'`;
    const v16 = atLeast(ctx.version, '1.6');
    const typo = written === undefined ? misspelledSwitch(ctx) : undefined;
    const typoEdits = typo ? renameEdits(ctx, typo, newValue) : undefined;
    if (typo && typoEdits) {
      return [{
        range: ctx.doc.keyRange([...COMMON, typo]),
        message: `\`cluster.common.${typo}\` is not the switch, so the marketplace is off: rename it to \`marketplace: ${newValue}\`.`,
        detail: `paictl reads only \`cluster.common.marketplace\`${typo === 'market' ? ' (the deployment doc\'s `market` is a typo)' : ''}, so pylon exposes no /marketplace routes${v16 ? ' and webportal adds no Marketplace sidebar entry' : ''}. After the rename, push and restart pylon${v16 ? ' and webportal' : ''}.`,
        fixes: [fix(`Rename ${typo} to marketplace: ${newValue}`, typoEdits, true)],
      }];
    }
    const names = sections.length > 1 ? `${sections.slice(0, -1).join(', ')} and ${sections[sections.length - 1]}` : sections[0];
    const deploys = `The ${names} ${sections.length > 1 ? 'services still deploy' : 'service still deploys'}`;
    const turnOn = fix(`Turn the marketplace on: cluster.common.marketplace: ${newValue}`, [setKey(ctx.doc, SWITCH_PATH, newValue)], true);
    const direct = directUris(ctx);
    if (direct) {
      return [{
        range: present ? ctx.doc.valueRange(SWITCH_PATH) : ctx.doc.keyRange([sections[0]]),
        severity: 'warning',
        message: 'The marketplace switch is off, which the direct URIs written here do not need: pylon\'s routes stay closed.',
        detail: `${state}, so pylon has no /marketplace routes${v16 ? ' and webportal adds no Marketplace sidebar entry of its own' : ''}. The URIs written here (${[...new Set(direct)].map(u => `\`${u}\``).join(', ')}) do not use those routes: the browser reaches the marketplace through them directly. To serve it through pylon instead, write \`marketplace: ${newValue}\` under \`cluster.common\`, use the /marketplace URIs, push, and restart pylon${v16 ? ' and webportal' : ''}.`,
        fixes: [{ ...turnOn, preferred: false }],
      }];
    }
    return [{
      range: present ? ctx.doc.valueRange(SWITCH_PATH) : ctx.doc.keyRange([sections[0]]),
      severity: explicitOff ? 'warning' : 'error',
      message: `${state}, so the marketplace is off: ${present ? 'set it to' : 'write'} \`${present ? newValue : `marketplace: ${newValue}`}\`.`,
      detail: `${deploys}, but pylon exposes no /marketplace routes (no /marketplace/api, no /marketplace/plugin.js)${v16 ? ' and webportal adds no Marketplace sidebar entry' : ''}${explicitOff ? `; only the direct URIs (http://<master>:${endpointsOf(ctx).apiPort} and http://<master>:${endpointsOf(ctx).pluginPort}/plugin.js, http clusters only) can reach them` : ''}. Write \`marketplace: ${newValue}\` under \`cluster.common\`, push, and restart pylon${v16 ? ' and webportal' : ''}.`,
      fixes: [turnOn],
    }];
  },
};
