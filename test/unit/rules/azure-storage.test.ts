import * as assert from 'node:assert/strict';
import { assertFixResolves, findings, textAt, yaml, said } from '../helpers';

describe('azure-storage', () => {
  it('flags a mapping without type at the key and inserts type: blob', () => {
    const text = yaml('marketplace-restserver:', '  azure_storage:  # blob', '    storage_account: acct', '    connection_strings:', '    - DefaultEndpointsProtocol=https;AccountName=acct', 'rest-server: {}');
    const [f, ...rest] = findings(text, 'azure-storage');
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'azure_storage');
    assert.match(said(f), /replaces the default whole/);
    assert.match(said(f), /: add `type: blob`\./);
    assert.equal(assertFixResolves(text, 'azure-storage'), text.replace('AccountName=acct\n', 'AccountName=acct\n    type: blob\n'));
  });
  it('reports each missing field; only type has a fix', () => {
    const text = yaml('marketplace-restserver:', '  azure_storage:', '    type: blob');
    const found = findings(text, 'azure-storage');
    assert.deepEqual(found.map(f => f.data?.missing), ['storage_account', 'connection_strings']);
    assert.ok(found.every(f => f.fixes.length === 0));
  });
  it('is an error for a single quote in a connection string, at that string', () => {
    const text = yaml('marketplace-restserver:', '  azure_storage:', '    type: blob', '    storage_account: a', '    connection_strings: ["Key=ab\'c"]');
    const [f] = findings(text, 'azure-storage');
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), '"Key=ab\'c"');
    assert.match(said(f), /connection_strings\[0\]` contains a single quote/);
  });
  it('flags azure_storage_json set by hand and removes the line', () => {
    const text = yaml('marketplace-restserver:', '  server-port: 9292', "  azure_storage_json: '{}'  # mine", '  db_user: mp');
    const [f] = findings(text, 'azure-storage');
    assert.equal(textAt(text, f.range), 'azure_storage_json');
    assert.match(said(f), /overwrites whatever is written here/);
    assert.equal(assertFixResolves(text, 'azure-storage'), yaml('marketplace-restserver:', '  server-port: 9292', '  db_user: mp'));
  });
  it('flags the v1.6 doc\'s nested azure_storage_json as info and removes it', () => {
    const text = yaml('marketplace-restserver:', '  azure_storage:', '    type: blob', '    storage_account: a', '    connection_strings: []', "    azure_storage_json: ''");
    const [f] = findings(text, 'azure-storage');
    assert.equal(f.severity, 'info');
    assert.equal(assertFixResolves(text, 'azure-storage'), yaml('marketplace-restserver:', '  azure_storage:', '    type: blob', '    storage_account: a', '    connection_strings: []'));
  });
  it('flags a null azure_storage and another type', () => {
    const text = yaml('marketplace-restserver:', '  azure_storage:', '  server-port: 9292');
    const [f] = findings(text, 'azure-storage');
    assert.match(said(f), /`azure_storage:` is null/);
    assert.equal(assertFixResolves(text, 'azure-storage'), yaml('marketplace-restserver:', '  server-port: 9292'));
    const other = yaml('marketplace-restserver:', '  azure_storage:', '    type: s3', '    storage_account: a', '    connection_strings: []');
    const [g] = findings(other, 'azure-storage');
    assert.equal(textAt(other, g.range), 's3');
    assert.equal(assertFixResolves(other, 'azure-storage'), other.replace('s3', 'blob'));
  });
  it('is silent for a complete mapping and when absent', () => {
    assert.deepEqual(findings(yaml('marketplace-restserver:', '  azure_storage:', '    type: blob', '    storage_account: a', '    connection_strings:', "    - 'DefaultEndpointsProtocol=https;AccountName=a'"), 'azure-storage'), []);
    assert.deepEqual(findings(yaml('marketplace-restserver:', '  db_user: mp'), 'azure-storage'), []);
  });
});
