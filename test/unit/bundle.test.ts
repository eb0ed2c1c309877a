/**
 * What activation loads: dist/extension.js carries the schema validator generated at build time
 * (scripts/generate-schema-validator.mjs) and no JSON-schema compiler, so activating compiles nothing.
 * (How long activation takes is measured by `npm run bench` and the `activation` integration run.)
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('the extension bundle', function () {
  this.timeout(120_000);

  it('has the generated validator and no ajv compiler', () => {
    const bundle = join(root, 'dist/extension.js');
    if (!existsSync(bundle)) {
      const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--no-types'], { cwd: root, encoding: 'utf8' });
      assert.equal(b.status, 0, b.stderr);
    }
    const text = readFileSync(bundle, 'utf8');
    // Strings that survive minification: the schema's $id (data of the generated validator), and
    // messages of ajv's compiler (`Ajv#addSchema`, `checkUnknownRules`).
    assert.ok(text.includes('https://openpai-tools.github.io/schemas/services-configuration.schema.json'), 'no generated validator in the bundle');
    assert.ok(!text.includes('schema with key or id'), 'ajv\'s schema registry is in the bundle');
    assert.ok(!text.includes('unknown keyword: '), 'ajv\'s compiler is in the bundle');
  });
});
