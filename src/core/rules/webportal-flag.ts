import { fix, setKey } from '../fix';
import { pyValueOf } from '../pyyaml';
import type { Rule, RuleFinding } from '../rule';
import { atLeast } from '../version';

interface Flag { key: string; effect: string }

/** webportal keys its template tests for truthiness (v1.6+), where any non-empty string is true. */
const FLAGS: readonly Flag[] = [
  { key: 'marketplace', effect: 'webportal still adds the Marketplace sidebar entry (whenever cluster.common.marketplace is \'true\')' },
  { key: 'save-template', effect: 'the "save to template" button stays on' },
];

export const webportalFlag: Rule = {
  code: 'webportal-flag',
  severity: 'warning',
  fixable: true,
  description: '`webportal.marketplace` / `webportal.save-template` is a string: webportal tests truthiness, so "false" means on.',
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
