import * as assert from 'node:assert/strict';
import { renderEffective } from '../../../../src/core/effective';
import { explainFolder } from './helpers';

const NAMES = { file: 'services-configuration.yaml', layout: 'layout.yaml', config: 'config.yaml' };

describe('effective configuration: the rendered table', () => {
  const lines = renderEffective(explainFolder('v1.6-fallbacks'), NAMES, true);
  const row = (service: string, key: string) => {
    const start = lines.findIndex(l => l.text === service);
    return lines.slice(start + 1).find(l => l.text.startsWith(`  ${key} `))!;
  };

  it('links a file origin to its line, covering exactly `file:line`', () => {
    const db = row('marketplace-restserver', 'db_host');
    assert.deepEqual(db.link && { kind: db.link.kind, line: db.link.line }, { kind: 'file', line: 28 });
    assert.equal(db.text.slice(db.link!.start, db.link!.end), 'services-configuration.yaml:28');
  });

  it('computed and default values have no link, and say what they come from', () => {
    const uri = row('marketplace-restserver', 'uri');
    assert.equal(uri.link, undefined);
    assert.match(uri.text, /computed: 'http:\/\/\{master hostip\}:\{server-port\}'; the uri on line 29 is overwritten$/);
    assert.match(row('marketplace-db', 'max-connection').text, /1000 +default: src\/marketplace-db\/config\/marketplace-db\.yaml at v1\.6\.0$/);
  });

  it('quotes a string that would read as something else, and escapes control characters', () => {
    assert.match(row('cluster', 'common.marketplace').text, / "true" /);
    assert.match(row('webportal', 'SAVE_TEMPLATE').text, / "false" /);
    const [header] = renderEffective(explainFolder('v1.6-fallbacks'), { ...NAMES, file: 'evil\u001b[2J.yaml' }, true);
    assert.ok(!header.text.includes('\u001b'), header.text);
  });
});
