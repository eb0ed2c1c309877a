import * as assert from 'node:assert/strict';
import { globToRegExp, hasConfigName, isConfigFile } from '../../../src/editor/fileMatcher';

describe('editor fileMatcher', () => {
  it('takes both spellings of the file name, and nothing else by default', () => {
    assert.equal(isConfigFile('/c/services-configuration.yaml'), true);
    assert.equal(isConfigFile('C:\\c\\service-configuration.yaml'), true);
    assert.equal(isConfigFile('/c/layout.yaml'), false);
    assert.equal(isConfigFile('/c/services-configuration.yaml.old'), false);
    assert.equal(isConfigFile('/c/my-services-configuration.yaml'), false);
    assert.equal(hasConfigName('/k8s/deployment.yaml'), false);
  });

  it('matches a glob without a slash against the file name', () => {
    assert.equal(isConfigFile('/a/b/prod-services.yaml', ['*-services.yaml']), true);
    assert.equal(isConfigFile('/a/b/prod-services.yml', ['*-services.yaml']), false);
    assert.equal(isConfigFile('/a/b/prod.yaml', ['*.{yml,yaml}']), true);
  });

  it('matches a glob with a slash against the workspace-relative path, or the end of the absolute path', () => {
    assert.equal(isConfigFile('/ws/clusters/a/services.yaml', ['clusters/*/services.yaml'], 'clusters/a/services.yaml'), true);
    assert.equal(isConfigFile('/ws/clusters/a/b/services.yaml', ['clusters/*/services.yaml'], 'clusters/a/b/services.yaml'), false);
    assert.equal(isConfigFile('/ws/clusters/a/b/services.yaml', ['clusters/**/services.yaml'], 'clusters/a/b/services.yaml'), true);
    assert.equal(isConfigFile('/ws/x/clusters/a/services.yaml', ['**/clusters/*/services.yaml']), true);
    assert.equal(isConfigFile('/ws/other/services.yaml', ['clusters/*/services.yaml'], 'other/services.yaml'), false);
  });

  it('turns globs into anchored expressions: * stays in a segment, ** spans folders, dots are literal', () => {
    assert.equal(globToRegExp('a/*.yaml').test('a/b/c.yaml'), false);
    assert.equal(globToRegExp('a/**/c.yaml').test('a/c.yaml'), true);
    assert.equal(globToRegExp('a/**/c.yaml').test('a/x/y/c.yaml'), true);
    assert.equal(globToRegExp('*.yaml').test('xyaml'), false);
    assert.equal(globToRegExp('file[0-9].yaml').test('file7.yaml'), true);
  });
});
