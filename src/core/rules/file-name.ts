import { firstLineRange } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { Rule } from '../rule';
import { MISSPELLED_SERVICES_FILE, SERVICES_FILE } from '../files';
import { baseName } from '../paths';

export const EXPECTED_NAME = SERVICES_FILE;

/** Near-misses of the one name paictl reads: singular, `.yml`, underscores, other letter case. */
function isNearMiss(name: string): boolean {
  if (name === EXPECTED_NAME) { return false; }
  const normal = name.toLowerCase().replace(/_/g, '-').replace(/\.yml$/, '.yaml');
  return normal === EXPECTED_NAME || normal === MISSPELLED_SERVICES_FILE;
}

export const fileName: Rule = {
  code: 'file-name',
  severity: 'error',
  fixable: true,
  fileLevel: true,
  description: 'The file is not named `services-configuration.yaml` (e.g. the deployment doc\'s `service-configuration.yaml`): paictl never reads it.',
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
