import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MASTER_PORTS } from '../../../src/core/master-ports';

interface SchemaNode { default?: unknown; properties?: Record<string, SchemaNode> }
const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/services-configuration.schema.json'), 'utf8')) as SchemaNode;

function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const key of path) { node = node?.properties?.[String(key)]; }
  return node;
}

describe('the master port table', () => {
  it('agrees with the schema on every default the schema documents (one fact, two places, no drift)', () => {
    const checked = MASTER_PORTS.filter(p => p.key && schemaAt(p.key)?.default !== undefined);
    assert.ok(checked.length >= 7, `only ${checked.length} ports documented in the schema`);
    for (const p of checked) { assert.equal(schemaAt(p.key!)!.default, p.port, p.key!.join('.')); }
  });
  it('names each binding\'s source in pai and gives the marketplace services their own keys', () => {
    for (const p of MASTER_PORTS) { assert.match(p.source, /^src\/[\w-]+\/deploy\/[\w.-]+:\d/, p.service); }
    assert.deepEqual(MASTER_PORTS.filter(p => p.marketplace).map(p => p.key?.join('.')), ['marketplace-db.port', 'marketplace-restserver.server-port', 'marketplace-webportal.server-port']);
  });
});
