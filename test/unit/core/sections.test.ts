/** The domain names are written once (src/core/sections.ts, src/core/files.ts); the copies outside code follow them. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES_FILE_NAMES } from '../../../src/core/files';
import { MARKETPLACE_SECTIONS, SWITCH_NAME, SWITCH_PATH } from '../../../src/core/sections';
import { paictlArgs } from '../../../src/deploy/paictlArgs';
import { podsArgs } from '../../../src/deploy/kubectl/args';

const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[] };
const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets/marketplace.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

describe('domain names (core/sections.ts)', () => {
  it('the switch is cluster.common.marketplace', () => {
    assert.deepEqual([...SWITCH_PATH], ['cluster', 'common', 'marketplace']);
    assert.equal(SWITCH_NAME, 'cluster.common.marketplace');
  });

  it('package.json activates on exactly the services file names', () => {
    assert.deepEqual(manifest.activationEvents.filter(e => e.startsWith('workspaceContains:')), SERVICES_FILE_NAMES.map(n => `workspaceContains:**/${n}`));
  });

  it('snippets/marketplace.json has one snippet per marketplace section, named and prefixed by it, and the all-three snippet in start order', () => {
    for (const section of MARKETPLACE_SECTIONS) {
      const s = snippets[`${section} section`];
      assert.ok(s, `no "${section} section" snippet`);
      assert.equal(s.prefix, section);
      assert.equal(s.body[0], `${section}:`);
    }
    const topLevel = (body: string[]) => body.filter(l => /^[\w-]+:/.test(l)).map(l => l.slice(0, l.indexOf(':')));
    assert.deepEqual(topLevel(snippets['marketplace sections (all three)'].body), [...MARKETPLACE_SECTIONS]);
    const named = Object.values(snippets).flatMap(s => topLevel(s.body)).filter(k => k.startsWith('marketplace-'));
    assert.deepEqual(named.filter(k => !(MARKETPLACE_SECTIONS as readonly string[]).includes(k)), []);
  });

  it('paictl starts and kubectl lists the marketplace services by the section names', () => {
    const start = paictlArgs('start-marketplace', { configFolder: '/c' });
    assert.deepEqual(start.slice(start.indexOf('-n') + 1), ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal']);
    assert.ok(podsArgs().includes('app in (marketplace-db,marketplace-restserver,marketplace-webportal)'));
  });
});
