import type { Range, RelatedLocation } from '../finding';
import { marketplaceAnchor } from '../anchors';
import { mentionsMarketplace } from '../model';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { FIRST_MARKETPLACE_VERSION, LATEST_VERSION, PAI_VERSIONS, type ReadTag } from '../version';

const REGISTRY_TAG = ['cluster', 'docker-registry', 'tag'] as const;
const HOW_TO_SET = 'set the version with `openpai.paiVersion` (editor) or `--pai-version` (CLI)';
const DIFFERS = 'The marketplace differs across releases (v1.4/1.5 need `marketplace_api_uri` and a Marketplace plugin entry written by hand, v1.6+ derive both)';

function tagName(tag: ReadTag): string {
  return tag.from === 'docker-registry.tag' ? `\`cluster.docker-registry.tag: ${tag.text}\`` : `config.yaml's \`docker_image_tag: ${tag.text}\``;
}

/** Where a finding about a tag goes: on the tag in this file, or on the marketplace with the config.yaml line related. */
function at(ctx: RuleContext, tag: ReadTag, note: string): { range: Range; related: RelatedLocation[] } {
  if (tag.from === 'docker-registry.tag') { return { range: ctx.doc.valueRange(REGISTRY_TAG), related: [] }; }
  const config = ctx.siblings.get('config.yaml');
  return {
    range: marketplaceAnchor(ctx),
    related: config ? [{ file: config.path, range: config.doc.valueRange(['docker_image_tag']), message: note }] : [],
  };
}

export const paiVersion: RegisteredRule = {
  code: 'pai-version',
  severity: 'info',
  fixable: false,
  description: 'The OpenPAI version is not stated (no tag, or `latest`), or the tag names a release the marketplace rules do not cover (before v1.4: the version-specific rules are skipped).',
  everyVersion: true,
  docs: [
    '- **Catches:** a file about the marketplace whose OpenPAI version was not stated, or is stated as a release these',
    'checks do not cover. Info when no tag is written, or the tag names no release (`latest`, a commit hash, a custom',
    'name): the finding says which version the file was checked as. Info for a release newer than v1.8 (checked as v1.8).',
    '**Warning** for a release before v1.4 (`v1.0.0`, `v0.14.0`): only `syntax` runs then.',
    '- **Why:** the marketplace differs across releases (v1.4/1.5 need `marketplace_api_uri` and a plugin entry written',
    'by hand; v1.6+ derive both), so a guessed version changes verdicts. pai has no marketplace services before v1.4.0:',
    '`src/marketplace-db`, `-restserver` and `-webportal` came with da3abef49 "[Marketplace] Deploy scripts and config"',
    '(absent at tag v1.3.0, present at v1.4.0). The marketplace of v1.3 and earlier is deployed apart from paictl',
    '(*marketplace* `docs/admin/deploy_v1.3.0_previous.md`), so every rule that models pai\'s marketplace services, its',
    'switch, pylon routes, webportal plugins or the config folder would judge something paictl of that release does not',
    'do. Those rules are skipped; only `syntax` (PyYAML\'s parse, the same in every release) and this rule run.',
    '- **Reading a tag:** `v1.8.0`, `1.8.0`, `v1.8` and numbers name v1.8. A suffix after the release (`v1.8.0-mycorp`,',
    '`v1.8.0+build.5`) still names it, silently: a custom build is built from a release\'s code, and the summary names',
    'the tag as the source. `latest` (paictl\'s default for `cluster.docker-registry.tag`) names none.',
    '- **Fix:** none: set `openpai.paiVersion` (editor) or `--pai-version` (CLI), which also silences this rule, or',
    'correct the tag.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'cluster:',
    '  docker-registry:',
    '    tag: latest     # info: checked as v1.8. Good: tag: v1.5.0 (or --pai-version 1.5)',
    '```',
  ],
  check(ctx) {
    const resolved = ctx.resolvedVersion;
    if (resolved.source === 'option' || !mentionsMarketplace(ctx)) { return []; }
    const { tag } = resolved;
    if (tag && resolved.beforeMarketplace !== undefined) {
      return [{
        ...at(ctx, tag, `v${resolved.beforeMarketplace}: before the marketplace services`),
        severity: 'warning',
        message: `The tag names OpenPAI v${resolved.beforeMarketplace}, before the marketplace services, so only the YAML syntax was checked.`,
        detail: `${tagName(tag)}: pai has no marketplace services before v${FIRST_MARKETPLACE_VERSION}.0 (marketplace-db, -restserver and -webportal came with it); the marketplace of v1.3 and earlier is deployed apart from paictl (openpaimarketplace docs/admin/deploy_v1.3.0_previous.md). If the cluster runs v${FIRST_MARKETPLACE_VERSION} or later, correct the tag or ${HOW_TO_SET}.`,
        data: { release: resolved.beforeMarketplace, from: tag.from },
      }];
    }
    if (tag && tag.reading.kind === 'newer') {
      return [{
        ...at(ctx, tag, `v${tag.reading.release}: newer than v${LATEST_VERSION}`),
        message: `The tag names OpenPAI v${tag.reading.release}, newer than these checks know: the file was checked as v${LATEST_VERSION}.`,
        detail: `${tagName(tag)}: the checks know v${PAI_VERSIONS[0]} to v${LATEST_VERSION}. If the cluster runs an older release, ${HOW_TO_SET}.`,
        data: { release: tag.reading.release, from: tag.from },
      }];
    }
    const out: RuleFinding[] = resolved.unreadable.map(bad => ({
      ...at(ctx, bad, `\`${bad.text}\` names no release`),
      message: `\`${bad.text}\` names no OpenPAI release: ${tag ? `the version (v${ctx.version}) was read from ${tag.from === 'docker-registry.tag' ? 'the tag' : 'config.yaml'}` : `checked as v${ctx.version}, the latest; set the version`}.`,
      detail: `${tagName(bad)} names no release, so the version cannot be read from it${tag ? `; ${tagName(tag)} names v${ctx.version}` : ''}. ${DIFFERS}: ${HOW_TO_SET}.`,
      data: { from: bad.from, tag: bad.text },
    }));
    if (resolved.source === 'default' && out.length === 0) {
      out.push({
        range: ctx.doc.has(['cluster', 'docker-registry']) ? ctx.doc.keyRange(['cluster', 'docker-registry']) : marketplaceAnchor(ctx),
        message: `No OpenPAI version in the files, so this was checked as v${ctx.version}, the latest: set the version.`,
        detail: `There is no \`cluster.docker-registry.tag\`${ctx.siblings.known ? ', and no `docker_image_tag` in config.yaml' : ''}. ${DIFFERS}: ${HOW_TO_SET}.`,
      });
    }
    return out;
  },
};
