/**
 * Compare with Cluster's decisions: which files differ from the cluster's copy, which diffs open and in
 * what order, what the admin reads, and when Push and Deploy ask first.
 */
import * as assert from 'node:assert/strict';
import {
  compareFiles, compareSummary, continueOffer, diffsToOpen, diffTitle, offersCompare, pushOffer, type ComparedName,
} from '../../../src/deploy/clusterCompare';

const reader = (files: Partial<Record<ComparedName, string>>) => (name: ComparedName) => files[name];
const SERVICES = 'cluster:\n  common:\n    cluster-id: pai\n    marketplace: "true"\n';
const LAYOUT = 'machine-list:\n  - hostname: m0\n    hostip: 10.0.0.1\n    pai-master: "true"\n';

describe('deploy: comparing a folder with the cluster\'s copy', () => {
  it('the same texts: nothing differs, nothing opens, and the message says a push changes nothing', () => {
    const c = compareFiles(reader({ 'services-configuration.yaml': SERVICES, 'layout.yaml': LAYOUT }), reader({ 'services-configuration.yaml': SERVICES, 'layout.yaml': LAYOUT }));
    assert.deepEqual(c, [
      { file: 'services-configuration.yaml', differs: false, onCluster: true, inFolder: true },
      { file: 'layout.yaml', differs: false, onCluster: true, inFolder: true },
    ], 'config.yaml on neither side is left out');
    assert.deepEqual(diffsToOpen(c), []);
    assert.equal(compareSummary(c, '/cfg'), 'The cluster holds the same services-configuration.yaml, layout.yaml as /cfg: a push changes none of them.');
  });

  it('one changed byte (a port) differs; a line ending too: paictl stores the text as read', () => {
    const c = compareFiles(reader({ 'services-configuration.yaml': SERVICES, 'layout.yaml': LAYOUT }),
      reader({ 'services-configuration.yaml': SERVICES.replace('pai', 'paj'), 'layout.yaml': LAYOUT.replace(/\n/g, '\r\n') }));
    assert.deepEqual(c.map(x => [x.file, x.differs]), [['services-configuration.yaml', true], ['layout.yaml', true]]);
    assert.equal(compareSummary(c, '/cfg'), "2 files differ from the cluster's copy: services-configuration.yaml, layout.yaml. The diff editors show the cluster's copy on the left.");
  });

  it('a file only on one side differs, and says which side lacks it', () => {
    const c = compareFiles(reader({ 'services-configuration.yaml': SERVICES, 'layout.yaml': LAYOUT }),
      reader({ 'services-configuration.yaml': SERVICES, 'config.yaml': 'docker_image_tag: v1.8.0\n' }));
    assert.deepEqual(c.filter(x => x.differs), [
      { file: 'layout.yaml', differs: true, onCluster: true, inFolder: false },
      { file: 'config.yaml', differs: true, onCluster: false, inFolder: true },
    ]);
    assert.match(compareSummary(c, '/cfg'), /^2 files differ from the cluster's copy: layout\.yaml \(not in the folder\), config\.yaml \(not on the cluster\)\./);
    assert.deepEqual(c.filter(x => x.differs).map(x => diffTitle(x, 'pai')), [
      'layout.yaml: cluster "pai" ↔ not in this folder',
      'config.yaml: not on cluster "pai" ↔ this folder',
    ]);
  });

  it('the diffs open last to first, so services-configuration.yaml ends up in front', () => {
    const c = compareFiles(reader({ 'services-configuration.yaml': 'a: 1\n', 'layout.yaml': 'b: 1\n', 'config.yaml': 'c: 1\n' }),
      reader({ 'services-configuration.yaml': 'a: 2\n', 'layout.yaml': 'b: 1\n', 'config.yaml': 'c: 2\n' }));
    assert.deepEqual(diffsToOpen(c).map(x => x.file), ['config.yaml', 'services-configuration.yaml']);
    assert.equal(diffTitle(c[0], 'pai'), 'services-configuration.yaml: cluster "pai" ↔ this folder');
    assert.equal(compareSummary(c.slice(0, 1), '/cfg'), "1 file differs from the cluster's copy: services-configuration.yaml. The diff editor shows the cluster's copy on the left.");
  });

  it('unsaved edits are named: the comparison and paictl use the saved file', () => {
    const c = compareFiles(reader({ 'services-configuration.yaml': SERVICES }), reader({ 'services-configuration.yaml': SERVICES }));
    assert.match(compareSummary(c, '/cfg', ['services-configuration.yaml']), /Unsaved changes in services-configuration\.yaml are not compared: paictl pushes the saved file\.$/);
  });
});

describe('deploy: Push and Deploy offer the comparison first', () => {
  it('only to a person (no { clusterId }), with the setting on, and not after Push Anyway already asked', () => {
    assert.equal(offersCompare({ scripted: false, setting: true, alreadyConfirmed: false }), true);
    assert.equal(offersCompare({ scripted: true, setting: true, alreadyConfirmed: false }), false, 'a scripted call is never held up');
    assert.equal(offersCompare({ scripted: false, setting: false, alreadyConfirmed: false }), false, 'openpai.deploy.offerCompare off');
    assert.equal(offersCompare({ scripted: false, setting: true, alreadyConfirmed: true }), false, 'one modal is enough');
  });

  it('the confirmation names the folder; its buttons go on or compare first', () => {
    const push = pushOffer('Push Configuration', '/cfg', false);
    assert.equal(push.text, 'Push Configuration: push /cfg to the cluster?');
    assert.deepEqual([push.go, push.compare], ['Push', 'Compare with Cluster First']);
    assert.match(push.detail, /openpai\.deploy\.offerCompare/);
    const deploy = pushOffer('Deploy Marketplace', '/cfg', true);
    assert.equal(deploy.text, 'Deploy Marketplace: push /cfg to the cluster and restart the marketplace services?');
    assert.equal(deploy.go, 'Deploy');
  });

  it('after the comparison: what it found, then go on (a failed pull warns: a first deployment has no copy)', () => {
    assert.deepEqual(continueOffer('Push Configuration', { status: 'succeeded', summary: '1 file differs.' }, 'Push'),
      { level: 'info', text: '1 file differs. Go on with Push Configuration?', button: 'Push' });
    assert.deepEqual(continueOffer('Deploy Marketplace', { status: 'failed', summary: 'paictl could not pull.' }, 'Deploy'),
      { level: 'warning', text: 'paictl could not pull. Go on with Deploy Marketplace anyway?', button: 'Deploy' });
  });
});
