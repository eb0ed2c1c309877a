import * as assert from 'node:assert/strict';
import { applyPreferredFixes } from '../../../src/cli/fixes';
import { check } from '../../../src/core/check';
import { fixRound } from '../../../src/core/fix-round';
import { applyEdits } from '../../../src/core/fix';
import { fixAllEdits } from '../../../src/editor/fixAll';
import { layoutWithMaster, yaml } from '../helpers';

const FILE = '/cluster/services-configuration.yaml';
const SIBLINGS: Record<string, string> = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
const options = { fileName: FILE, readSibling: (name: string) => SIBLINGS[name] };

/** v1.5 on http with the switch off and no URIs yet: every URI fix depends on turning the switch on. */
const SWITCH_OFF_NO_URIS = yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'false'", '  docker-registry:', '    tag: v1.5.0',
  'rest-server:', '  server-port: 9186', 'pylon:', '  port: 80',
  'marketplace-db:', '  user: mp', '  passwd: mpSecret42', 'marketplace-restserver:', '  db_user: mp', '  db_password: mpSecret42',
  'marketplace-webportal:', '  server-port: 9293',
);

describe('core fixRound', () => {
  it('applies a premise fix (the switch) alone, deferring the fixes computed from the old switch', () => {
    const round = fixRound(check(SWITCH_OFF_NO_URIS, options));
    assert.deepEqual(round.chosen.map(c => c.finding.code), ['switch-off']);
    assert.equal(round.deferred, true);
  });

  it('--fix then writes both URIs in the same (pylon) form', () => {
    const out = applyPreferredFixes(SWITCH_OFF_NO_URIS, options);
    assert.deepEqual(out.applied.map(a => a.code), ['switch-off', 'plugin-missing', 'api-uri']);
    assert.match(out.text, /^ {2}marketplace_api_uri: http:\/\/10\.0\.0\.1\/marketplace\/api$/m);
    assert.match(out.text, /^ {4}uri: http:\/\/10\.0\.0\.1\/marketplace\/plugin\.js$/m);
    assert.deepEqual(out.result.findings, []);
  });

  it('fix-all on save does the same rounds and returns one minimal edit', () => {
    const result = check(SWITCH_OFF_NO_URIS, options);
    const edits = fixAllEdits(result, t => check(t, options));
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(SWITCH_OFF_NO_URIS, edits), applyPreferredFixes(SWITCH_OFF_NO_URIS, options).text);
  });

  it('ignores preferred fixes that would not change the text, and has nothing to do on a clean file', () => {
    const clean = applyPreferredFixes(SWITCH_OFF_NO_URIS, options).text;
    assert.deepEqual(fixRound(check(clean, options)), { chosen: [], deferred: false });
  });
});
