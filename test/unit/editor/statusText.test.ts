import * as assert from 'node:assert/strict';
import { statusView } from '../../../src/editor/statusText';

describe('editor statusText', () => {
  it('reads like "OpenPAI v1.8 · https · 2 problems" with the worst severity as the level', () => {
    const view = statusView({ version: '1.8', versionSource: 'docker-registry.tag', https: true, findings: [{ severity: 'warning' }, { severity: 'error' }] });
    assert.equal(view.text, 'OpenPAI v1.8 · https · 2 problems');
    assert.equal(view.level, 'error');
    assert.equal(view.detail, 'from the tag', 'short: a long detail pushes the link out of the hover');
    assert.equal(view.tooltip, 'Version read from cluster.docker-registry.tag. Choose the OpenPAI version the checks assume.');
  });

  it('says "1 problem", "no problems", http, and where the version came from', () => {
    assert.equal(statusView({ version: '1.5', versionSource: 'option', https: false, findings: [{ severity: 'info' }] }).text, 'OpenPAI v1.5 · http · 1 problem');
    const clean = statusView({ version: '1.8', versionSource: 'default', https: false, findings: [] });
    assert.equal(clean.text, 'OpenPAI v1.8 · http · no problems');
    assert.equal(clean.level, 'info');
    assert.equal(clean.detail, 'assumed');
    assert.match(clean.tooltip, /assuming the latest/);
    assert.equal(statusView({ version: '1.6', versionSource: 'config.yaml', https: false, findings: [{ severity: 'warning' }] }).level, 'warning');
  });

  it('a tag before the marketplace shows that release, not the first release the rules know', () => {
    const view = statusView({ version: '1.4', versionSource: 'docker-registry.tag', releaseBeforeMarketplace: '1.0', https: false, findings: [{ severity: 'info' }] });
    assert.equal(view.text, 'OpenPAI v1.0 (no marketplace) · http · 1 problem');
  });

  it('says when the file is too large or checks are off', () => {
    assert.equal(statusView({ version: '1.8', versionSource: 'default', https: true, findings: [], tooLarge: true }).text, 'OpenPAI v1.8 · https · too large to check');
    assert.equal(statusView({ version: '1.8', versionSource: 'default', https: true, findings: [], validationOff: true }).text, 'OpenPAI v1.8 · https · checks off');
  });
});
