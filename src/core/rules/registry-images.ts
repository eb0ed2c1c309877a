import { intendsMarketplace } from '../model';
import type { RegisteredRule } from '../rule';
import type { PaiVersion } from '../version';

const DOMAIN_PATH = ['cluster', 'docker-registry', 'domain'] as const;

/**
 * The images v1.6+ templates name outright, whatever `cluster.docker-registry` says
 * (src/marketplace-{restserver,webportal}/deploy/*.yaml.template:21 at v1.6.0, v1.7.0, v1.8.0).
 */
const FIXED_IMAGES: Partial<Record<PaiVersion, readonly string[]>> = {
  '1.6': ['openpai/pai-marketplace-restserver:v1.6.0', 'openpai/pai-marketplace-webportal:v1.6.0'],
  '1.7': ['openpai/pai-marketplace-restserver:v1.7.0', 'openpai/pai-marketplace-webportal:v1.7.0'],
  '1.8': ['openpai/pai-marketplace-restserver:v1.8.0', 'openpai/pai-marketplace-webportal:v1.8.0'],
};

/** Names that are Docker Hub (cluster.py treats `public` as Docker Hub when it logs in). */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'public']);

export const registryImages: RegisteredRule = {
  code: 'registry-images',
  severity: 'warning',
  fixable: false,
  description: 'v1.6+ with a private `cluster.docker-registry.domain`: the marketplace restserver and webportal images are still pulled from Docker Hub by fixed names, which must be mirrored.',
  docs: [
    '- **Catches:** v1.6+ with the marketplace meant to run and a `cluster.docker-registry.domain` that is not Docker Hub.',
    '- **Why:** from v1.6 the restserver and webportal templates name their images outright, with',
    '`imagePullPolicy: Always`: `openpai/pai-marketplace-restserver:v1.6.0` and `openpai/pai-marketplace-webportal:v1.6.0`',
    '(`:v1.7.0` on v1.7, `:v1.8.0` on v1.8; `src/marketplace-*/deploy/*.yaml.template:21`). Only marketplace-db follows',
    '`cluster.docker-registry`. A cluster that cannot reach Docker Hub gets ImagePullBackOff for both, and paictl\'s',
    'readiness wait runs for hours.',
    '- **Fix:** none in the file. Mirror the two images under exactly those names (for example a Docker Hub mirror in the',
    'master\'s Docker `registry-mirrors`), or edit the `image:` lines in the paictl checkout\'s templates.',
    '- **Versions:** v1.6+ (v1.4/1.5 build the images into your registry).',
    '',
    '```yaml',
    'cluster:',
    '  docker-registry:',
    '    domain: docker.io      # silent; a private domain needs the two images mirrored',
    '```',
  ],
  check(ctx) {
    const images = FIXED_IMAGES[ctx.version];
    if (!images || !intendsMarketplace(ctx) || !ctx.doc.has(DOMAIN_PATH)) { return []; }
    const domain = ctx.doc.valueAt(DOMAIN_PATH);
    if (typeof domain !== 'string' || domain.trim() === '' || DOCKER_HUB.has(domain.trim().toLowerCase())) { return []; }
    const list = images.map(i => `\`${i}\``).join(' and ');
    return [{
      range: ctx.doc.valueRange(DOMAIN_PATH),
      message: 'marketplace-restserver and -webportal still pull from Docker Hub, not this registry: mirror their images.',
      detail: `On v${ctx.version} paictl takes marketplace-db from \`${domain}\`, but the restserver and webportal templates name ${list} outright (Docker Hub, \`imagePullPolicy: Always\`): the master pulls them by those names on every start. On a cluster that cannot reach Docker Hub they stay in ImagePullBackOff and paictl waits for them. Mirror ${list} under exactly those names (a Docker Hub mirror in the master's Docker \`registry-mirrors\`), or change the \`image:\` lines in src/marketplace-restserver/deploy/marketplace-restserver.yaml.template and src/marketplace-webportal/deploy/marketplace-webportal.yaml.template of the paictl checkout to your registry's copies.`,
      data: { images: [...images] },
    }];
  },
};
