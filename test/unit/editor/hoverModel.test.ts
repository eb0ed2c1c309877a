import * as assert from 'node:assert/strict';
import { ParsedDocument } from '../../../src/core/document';
import { computeEndpoints } from '../../../src/core/uris';
import { hoverMarkdown } from '../../../src/editor/hoverModel';
import { yaml } from '../helpers';

describe('editor hoverModel', () => {
  const doc = new ParsedDocument(yaml('cluster:', '  common:', "    marketplace: 'true'", 'pylon:', '  ssl:', '    crt_name: a'), '/c/services-configuration.yaml');
  const endpoints = computeEndpoints({ doc, version: '1.8', master: '10.0.0.1' });

  it('tells what the switch does, its type, versions and what paictl does', () => {
    const md = hoverMarkdown(['cluster', 'common', 'marketplace'], '1.8', endpoints) ?? '';
    assert.match(md, /^\*\*marketplace\*\*/);
    assert.match(md, /Type: `string`/);
    assert.match(md, /Allowed: `'true'`, `'false'`/);
    assert.match(md, /Versions: v1\.4 and later/);
    assert.match(md, /What paictl does: /);
  });

  it('gives the default and says when the assumed version does not read the key', () => {
    const md = hoverMarkdown(['pylon', 'ssl', 'port'], '1.7', endpoints) ?? '';
    assert.match(md, /Default: `443`/);
    assert.match(md, /Versions: v1\.8 and later — \*\*not read by v1\.7\*\*/);
    assert.doesNotMatch(hoverMarkdown(['pylon', 'ssl', 'port'], '1.8', endpoints) ?? '', /not read/);
  });

  it('adds the URI this cluster needs on marketplace_api_uri and plugin uri', () => {
    assert.match(hoverMarkdown(['marketplace-webportal', 'marketplace_api_uri'], '1.8', endpoints) ?? '', /For this cluster.*`https:\/\/10\.0\.0\.1\/marketplace\/api`/);
    assert.match(hoverMarkdown(['webportal', 'plugins', 2, 'uri'], '1.8', endpoints) ?? '', /`https:\/\/10\.0\.0\.1\/marketplace\/plugin\.js`/);
  });

  it('says nothing on keys the schema does not know', () => {
    assert.equal(hoverMarkdown(['rest-server', 'no-such-key'], '1.8', endpoints), undefined);
  });
});
