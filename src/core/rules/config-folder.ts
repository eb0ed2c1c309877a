import { firstLineRange } from '../anchors';
import type { RegisteredRule, RuleFinding } from '../rule';
import { atLeast } from '../version';

export const configFolder: RegisteredRule = {
  code: 'config-folder',
  severity: 'error',
  fixable: false,
  fileLevel: true,
  description: 'The config folder lacks `layout.yaml`, or (v1.7+) `config.yaml`: `paictl config push -p <folder>` fails.',
  docs: [
    '- **Catches:** the folder of the checked file has no `layout.yaml`, or, on v1.7+, no `config.yaml`. This rule only',
    'runs when the folder can be read (CLI, editor, or a `readSibling` you pass).',
    '- **Why:** `paictl config push -p <folder> -m service` needs these files. From v1.7 it stops at once with "Cannot',
    'find config.yaml in your config folder." (`deployment/confStorage/synchronization.py`). Before v1.7 it fails with an',
    'I/O error, and only after the cluster-id prompt.',
    '- **Fix:** none: `./paictl.py config pull -o <dir>` fetches both files. Before v1.7, `config.yaml` was kept in',
    '`~/pai-deploy/cluster-cfg/` on the dev box.',
    '- **Versions:** layout.yaml all; config.yaml v1.7+.',
  ],
  check(ctx) {
    if (!ctx.siblings.known) { return []; }
    const v17 = atLeast(ctx.version, '1.7');
    const out: RuleFinding[] = [];
    if (!ctx.siblings.get('layout.yaml')) {
      out.push({
        range: firstLineRange(ctx.doc),
        message: 'This folder has no `layout.yaml`, so `config push` fails: put the cluster\'s layout.yaml next to this file.',
        detail: v17
          ? '`paictl config push -p <folder> -m service` stops at once with "Cannot find layout.yaml in your config folder." `paictl.py config pull -o <dir>` fetches it.'
          : '`paictl config push -p <folder> -m service` fails with an I/O error, after you have answered the cluster-id prompt. `paictl.py config pull -o <dir>` fetches it.',
        data: { missing: 'layout.yaml' },
      });
    }
    if (v17 && !ctx.siblings.get('config.yaml')) {
      out.push({
        range: firstLineRange(ctx.doc),
        message: 'This folder has no `config.yaml`, so `config push` fails: copy the cluster\'s config.yaml here.',
        detail: `From v1.7.0 \`paictl config push\` stops at once with "Cannot find config.yaml in your config folder." Before v1.7.0 this file was kept in ~/pai-deploy/cluster-cfg/config.yaml on the dev-box machine. (Checked as OpenPAI v${ctx.version}; set the OpenPAI version if your cluster is older.)`,
        data: { missing: 'config.yaml' },
      });
    }
    return out;
  },
};
