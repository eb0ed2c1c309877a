import { fix, quoteString, preferredQuote, setKey } from '../fix';
import { SWITCH_PATH } from '../model';
import { describePy, pyTruthy, pyValueOf } from '../pyyaml';
import type { RegisteredRule } from '../rule';

export const switchNotString: RegisteredRule = {
  code: 'switch-not-string',
  severity: 'error',
  fixable: true,
  premise: true,
  description: '`cluster.common.marketplace` is a YAML boolean or number meant as on (`true`, `yes`, `on`, `1`): paictl compares it with the string \'true\'.',
  docs: [
    '- **Catches:** `cluster.common.marketplace` written as a YAML boolean or number meant as on (`true`, `yes`, `on`,',
    '`1`). A false-like one (`false`, `no`, `off`, `0`) is `switch-off`\'s: the marketplace is off as written.',
    '- **Why:** pylon (`src/pylon/deploy/pylon.yaml.template`) and, from v1.6, webportal',
    '(`src/webportal/deploy/webportal.yaml.template`) compare it with the **string** `\'true\'`. A boolean is never',
    'equal to it, so the marketplace stays off without any message. pai\'s own docs say to "include the quotation marks"',
    '(`docs/manual/cluster-admin/how-to-set-up-marketplace.md`).',
    '- **Fix:** quote the value in the file\'s quote style: `marketplace: \'true\'`.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'cluster:',
    '  common:',
    '    # bad: marketplace: true  (a boolean, the marketplace stays OFF)',
    '    marketplace: \'true\'     # good',
    '```',
  ],
  check(ctx) {
    const loc = ctx.doc.locate(SWITCH_PATH);
    const py = pyValueOf(loc?.node);
    // A string is compared as it is; a false-like value is switch-off's (the marketplace is off as meant).
    if (!loc || !py || py.kind === 'str' || py.kind === 'null' || py.kind === 'invalid' || !pyTruthy(py)) { return []; }
    const written = ctx.doc.text.slice(...(ctx.doc.nodeOffsets(loc.node) ?? [0, 0]));
    const quoted = quoteString('true', preferredQuote(ctx.doc));
    return [{
      range: ctx.doc.valueRange(SWITCH_PATH),
      message: `\`marketplace: ${written}\` is not the string 'true', so the marketplace stays off: write \`marketplace: ${quoted}\`.`,
      detail: `For paictl it is ${py.kind === 'bool' ? `a YAML boolean${written.toLowerCase() === 'true' ? '' : ` (PyYAML, YAML 1.1, reads \`${written}\` as true)`}` : describePy(py)}, but paictl and pylon compare it with the string 'true'.`,
      fixes: [fix(`Quote the value: marketplace: ${quoted}`, [setKey(ctx.doc, SWITCH_PATH, quoted)], true)],
      data: { expected: 'true' },
    }];
  },
};
