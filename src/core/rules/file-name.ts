import { firstLineRange } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule } from '../rule';
import { MISSPELLED_SERVICES_FILE, SERVICES_FILE } from '../files';
import { baseName } from '../paths';

export const EXPECTED_NAME = SERVICES_FILE;

/** Near-misses of the one name paictl reads: singular, `.yml`, underscores, other letter case. */
function isNearMiss(name: string): boolean {
  if (name === EXPECTED_NAME) { return false; }
  const normal = name.toLowerCase().replace(/_/g, '-').replace(/\.yml$/, '.yaml');
  return normal === EXPECTED_NAME || normal === MISSPELLED_SERVICES_FILE;
}

export const fileName: RegisteredRule = {
  code: 'file-name',
  severity: 'error',
  fixable: true,
  fileLevel: true,
  description: 'The file is not named `services-configuration.yaml` (e.g. the deployment doc\'s `service-configuration.yaml`): paictl never reads it.',
  docs: [
    '- **Catches:** marketplace config in a file named like `service-configuration.yaml` (the deployment doc\'s spelling),',
    '`services-configuration.yml`, `services_configuration.yaml`, or the right name in other letter case.',
    '- **Why:** paictl reads only `<folder>/services-configuration.yaml`, plural',
    '(`deployment/clusterObjectModel/cluster_object_model.py`, `deployment/configCmd.py`,',
    '`deployment/confStorage/upload.py`). The deployment doc says **service-configuration.yaml** throughout, and that is',
    'wrong. The singular name appears only in paictl\'s own log messages.',
    '- **Fix:** in VS Code, a quick fix renames the file (when no `services-configuration.yaml` is beside it). On the',
    'command line: `mv service-configuration.yaml services-configuration.yaml`.',
    '- **Versions:** all.',
  ],
  check(ctx) {
    const name = baseName(ctx.fileName);
    if (!isNearMiss(name) || !mentionsMarketplace(ctx)) { return []; }
    const singular = name.toLowerCase().startsWith('service-') || name.toLowerCase().startsWith('service_');
    return [{
      range: firstLineRange(ctx.doc),
      message: `paictl never reads a file named \`${name}\`: rename it to \`${EXPECTED_NAME}\`.`,
      detail: `paictl reads only \`${EXPECTED_NAME}\` from the config folder, so \`config push\` ignores everything in this file (and fails if the folder has no \`${EXPECTED_NAME}\`).${singular ? ' The deployment doc\'s spelling `service-configuration.yaml` is wrong.' : ''}`,
      data: { rename: EXPECTED_NAME },
    }];
  },
};
