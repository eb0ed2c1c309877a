import { isScalar } from 'yaml';
import { fix, quoteString, preferredQuote, setKey } from '../fix';
import { SWITCH_PATH } from '../model';
import type { Rule } from '../rule';

export const switchNotString: Rule = {
  code: 'switch-not-string',
  severity: 'error',
  premise: true,
  description: '`cluster.common.marketplace` is not a string: paictl compares it with the string \'true\'.',
  check(ctx) {
    const loc = ctx.doc.locate(SWITCH_PATH);
    const value = loc?.node;
    if (!loc || !isScalar(value) || typeof value.value === 'string' || value.value === null) { return []; }
    const written = String(value.source ?? value.value);
    const asString = written.toLowerCase() === 'true' ? 'true' : written.toLowerCase() === 'false' ? 'false' : written;
    const quoted = quoteString(asString, preferredQuote(ctx.doc));
    const on = asString === 'true';
    return [{
      range: ctx.doc.valueRange(SWITCH_PATH),
      message: on
        ? `\`marketplace: ${written}\` is a YAML boolean, but paictl and pylon compare it with the string 'true', so the marketplace stays OFF. Write \`marketplace: ${quoted}\`.`
        : `\`marketplace: ${written}\` is not a string; paictl compares it with the string 'true'. Write it as a quoted string (\`${quoted}\`).`,
      fixes: [fix(`Quote the value: marketplace: ${quoted}`, [setKey(ctx.doc, SWITCH_PATH, quoted)], true)],
      data: { expected: asString },
    }];
  },
};
