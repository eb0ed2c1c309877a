import { isScalar } from 'yaml';
import { fix, setKey } from '../fix';
import { MARKETPLACE_SECTIONS } from '../model';
import type { Rule, RuleFinding } from '../rule';

export const nullSection: Rule = {
  code: 'null-section',
  severity: 'error',
  fixable: true,
  description: 'A marketplace section with no value (e.g. every key commented out) crashes every `paictl service` command.',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const name of MARKETPLACE_SECTIONS) {
      const loc = ctx.doc.locate([name]);
      if (!loc || !(loc.node === null || isScalar(loc.node) && loc.node.value === null)) { continue; }
      out.push({
        range: ctx.doc.keyRange([name]),
        message: `\`${name}:\` is null, so every \`paictl service\` command fails: write \`${name}: {}\`.`,
        detail: `paictl's ${name} parser fails on it with a TypeError, and because every service's parser runs on every \`paictl service start|stop|delete|refresh\`, those commands fail for EVERY service, not only the marketplace. \`config push\` does not notice, so it shows up at the next service command. \`${name}: {}\` keeps the defaults; or uncomment at least one key.`,
        fixes: [fix(`Write \`${name}: {}\``, [setKey(ctx.doc, [name], '{}')], true)],
      });
    }
    return out;
  },
};
