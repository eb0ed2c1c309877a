import { isMap } from 'yaml';
import type { Range, RelatedLocation } from '../finding';
import { layoutOf, type LayoutMachine } from '../layout';
import { machineName } from '../layout-problems';
import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';

function masterValueRange(sibling: { doc: RuleContext['doc'] }, m: LayoutMachine): Range {
  return sibling.doc.valueRange(['machine-list', m.index, 'pai-master']);
}

export const layoutMaster: RegisteredRule = {
  code: 'layout-master',
  severity: 'error',
  fixable: false,
  description: 'The sibling layout.yaml has no machine with `pai-master: "true"` (a boolean is not seen), more than one, or a master without `hostip`.',
  docs: [
    '- **Catches:** a sibling layout.yaml with no machine marked `pai-master: "true"`, with more than one such machine, or',
    'with a master that has no `hostip`. A YAML boolean (`pai-master: true`, or `yes`/`on`, which PyYAML also reads as',
    'true) does not count, and the finding points at it. A layout.yaml PyYAML cannot load gives no finding here.',
    '- **Why:** every parser tests `host.get(\'pai-master\') == \'true\'`, a string (`src/marketplace-*/config/*.py`,',
    '`src/pylon/config/pylon.py`). Without a master the marketplace parsers fail with \'"pai-master=true" machine is',
    'required to deploy the marketplace-db service\'. pylon and webportal want exactly one, and from v1.5',
    '`deployment/clusterObjectModel/mainParser/layout.py` stops with "Only one pai-master node supported". The master\'s',
    '`hostip` becomes the DB host and the direct URIs. A master with no `hostip` key makes every parser that reads it',
    'raise `KeyError: \'hostip\'` (`src/marketplace-db/config/marketplace_db.py:20`, `src/pylon/config/pylon.py:37`, v1.5+',
    '`layout.py:43`), and all parsers run on every service command, so **every** `paictl service` command fails. A',
    '`hostip:` left empty is read as None, and the services point at "None".',
    '- **Fix:** none in this file: edit layout.yaml.',
    '- **Versions:** all.',
    '',
    '```yaml',
    '# layout.yaml',
    'machine-list:',
    '  - hostname: pai-master',
    '    hostip: 10.0.0.1',
    '    pai-master: "true"      # good; `true` without quotes is not a master',
    '```',
  ],
  check(ctx) {
    if (!mentionsMarketplace(ctx)) { return []; }
    const layout = layoutOf(ctx);
    if (!layout || !isMap(layout.sibling.doc.root)) { return []; }
    const sibling = layout.sibling;
    const range = marketplaceAnchor(ctx);
    const file = sibling.path;
    if (layout.masters.length === 0) {
      const booleans = layout.machines.filter(m => m.booleanMaster);
      if (booleans.length > 0) {
        const first = booleans[0];
        const at = masterValueRange(sibling, first);
        return [{
          range,
          message: `layout.yaml marks ${machineName(first)} with the boolean \`pai-master: ${first.masterText ?? 'true'}\`: write \`pai-master: "true"\` (with the quotes).`,
          detail: 'PyYAML reads it as true, but paictl compares with the string "true", so it sees no master: the marketplace services fail with \'"pai-master=true" machine is required to deploy the marketplace-db service\'.',
          related: booleans.map((m): RelatedLocation => ({ file, range: masterValueRange(sibling, m), message: `\`pai-master: ${m.masterText ?? 'true'}\` here is a boolean; write "true"` })),
          data: { file, range: at, newText: '"true"' },
        }];
      }
      const list = sibling.doc.has(['machine-list']) ? sibling.doc.keyRange(['machine-list']) : sibling.doc.range(0, 0);
      return [{
        range,
        message: 'layout.yaml has no machine with `pai-master: "true"`: mark the master in its machine-list with it.',
        detail: 'The marketplace services run on the master and fail with \'"pai-master=true" machine is required to deploy the marketplace-db service\'.',
        related: [{ file, range: list, message: 'no machine here has pai-master: "true"' }],
      }];
    }
    const out: RuleFinding[] = [];
    if (layout.masters.length > 1) {
      out.push({
        range,
        message: `layout.yaml marks ${layout.masters.length} machines with \`pai-master: "true"\`: keep it on one machine only.`,
        detail: `The masters are ${layout.masters.map(machineName).join(', ')}. pylon and webportal need exactly one ('1 and only 1 "pai-master=true" machine is required'), and from v1.5 the layout parser stops with "Only one pai-master node supported"; the marketplace services would use only the first.`,
        related: layout.masters.map((m): RelatedLocation => ({ file, range: masterValueRange(sibling, m), message: `master: ${machineName(m)}` })),
      });
    }
    const master = layout.masters[0];
    if (master.hostip === undefined) {
      const keyWritten = sibling.doc.has(['machine-list', master.index, 'hostip']);
      out.push({
        range,
        message: keyWritten
          ? `The master's \`hostip\` is empty in layout.yaml (${machineName(master)}): write the master's IP there.`
          : `The master in layout.yaml (${machineName(master)}) has no \`hostip\`, so every \`paictl service\` command fails: add it.`,
        detail: keyWritten
          ? 'paictl reads None, so the marketplace services take "None" as the database host and in their URIs (and pylon proxies to http://None:…).'
          : 'Every parser that reads the master (marketplace-db, -restserver, -webportal, pylon, webportal, rest-server; from v1.5 the layout parser too) does `host[\'hostip\']` and raises KeyError: \'hostip\', and all parsers run on every service command, for every service.',
        related: [{ file, range: sibling.doc.nodeRange(master.node) ?? sibling.doc.range(0, 0), message: 'the master without hostip' }],
      });
    }
    return out;
  },
};
