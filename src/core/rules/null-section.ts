import { isScalar } from 'yaml';
import { fix, setKey } from '../fix';
import { MARKETPLACE_SECTIONS } from '../model';
import type { RegisteredRule, RuleFinding } from '../rule';

export const nullSection: RegisteredRule = {
  code: 'null-section',
  severity: 'error',
  fixable: true,
  description: 'A marketplace section with no value (e.g. every key commented out) crashes every `paictl service` command.',
  docs: [
    '- **Catches:** `marketplace-db:`, `marketplace-restserver:` or `marketplace-webportal:` with no value, for example',
    'when every key under it is commented out.',
    '- **Why:** the parser\'s `service_type` check and its `dict(defaults, **section)` merge raise a TypeError on `None`.',
    'Every parser runs on every `paictl service start|stop|delete|refresh`',
    '(`deployment/paiLibrary/paiService/service_management_configuration.py`), so **every** service command fails, for',
    'every service. `config push` does not notice, so the failure appears at the next service command.',
    '- **Fix:** write `marketplace-db: {}` (the defaults). Comments under the key stay.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-db: {}',
    '#  user: mp',
    '#  passwd: mp-Secret-42',
    '```',
  ],
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
