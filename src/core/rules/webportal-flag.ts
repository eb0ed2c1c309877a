import { fix, setKey } from '../fix';
import { pyValueOf } from '../pyyaml';
import type { RegisteredRule, RuleFinding } from '../rule';
import { atLeast } from '../version';

interface Flag { key: string; effect: string }

/** webportal keys its template tests for truthiness (v1.6+), where any non-empty string is true. */
const FLAGS: readonly Flag[] = [
  { key: 'marketplace', effect: 'webportal still adds the Marketplace sidebar entry (whenever cluster.common.marketplace is \'true\')' },
  { key: 'save-template', effect: 'the "save to template" button stays on' },
];

export const webportalFlag: RegisteredRule = {
  code: 'webportal-flag',
  severity: 'warning',
  fixable: true,
  description: '`webportal.marketplace` / `webportal.save-template` is a string: webportal tests truthiness, so "false" means on.',
  docs: [
    '- **Catches:** `webportal.marketplace` or `webportal.save-template` written as a string. A "false"-like string is a',
    'warning; any other string is info. A plain `no` or `off` is not a string for paictl (YAML 1.1 reads the boolean',
    'false), so it is fine.',
    '- **Why:** `src/webportal/deploy/webportal.yaml.template` tests them for truthiness, and every non-empty string is',
    'true. So `marketplace: "false"` still adds the automatic Marketplace entry. The defaults in',
    '`src/webportal/config/webportal.yaml` are booleans.',
    '- **Fix:** write the boolean (`false` or `true`).',
    '- **Versions:** v1.6+ (the keys do not exist before).',
    '',
    '```yaml',
    'webportal:',
    '  # bad: marketplace: "false"  (truthy, the entry is still added)',
    '  marketplace: false        # good',
    '```',
  ],
  check(ctx) {
    if (!atLeast(ctx.version, '1.6')) { return []; }
    const out: RuleFinding[] = [];
    for (const { key, effect } of FLAGS) {
      const path = ['webportal', key];
      const py = pyValueOf(ctx.doc.locate(path)?.node);
      // A plain `no` / `off` is already the boolean false for paictl (YAML 1.1): only real strings are a trap.
      if (py?.kind !== 'str') { continue; }
      const text = py.text;
      const meantOff = /^(?:false|no|off|0|)$/i.test(text.trim());
      const bool = meantOff ? 'false' : 'true';
      const truthy = text !== '';
      out.push({
        range: ctx.doc.valueRange(path),
        severity: meantOff && truthy ? 'warning' : 'info',
        message: meantOff && truthy
          ? `\`webportal.${key}\` is the string ${JSON.stringify(text)}, which webportal reads as true: write \`${key}: false\`.`
          : `\`webportal.${key}\` is the string ${JSON.stringify(text)}: write the boolean \`${key}: ${bool}\` to say what you mean.`,
        detail: meantOff && truthy
          ? `webportal's template treats any non-empty string as true, so ${effect}.`
          : `webportal tests it for truthiness (${truthy ? 'a non-empty string is true' : 'an empty string is false'}).`,
        fixes: [fix(`Write the boolean: ${key}: ${bool}`, [setKey(ctx.doc, path, bool)], true)],
      });
    }
    return out;
  },
};
