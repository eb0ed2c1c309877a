/**
 * The real services-configuration files from microsoft/pai (copied into test/fixtures/openpai-samples/) have no
 * marketplace sections, so every rule must stay free of errors on them. Each is checked as the
 * `services-configuration.yaml` of a complete config folder: the sample layout.yaml and the sample
 * config.yaml (the kubespray one), at the OpenPAI version in the sample's name.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import type { SiblingName } from '../../src/core/siblings';
import { isPaiVersion } from '../../src/core/version';

const SAMPLES = join(__dirname, '../fixtures/openpai-samples');
const LAYOUT = 'examples__cluster-configuration__layout.yaml';
const CONFIG = 'contrib__kubespray__config__config.yaml';

describe('real OpenPAI samples', () => {
  const files = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter(f => f.includes('services-configuration')).sort() : [];

  it('finds the services-configuration samples', () => {
    assert.ok(files.length >= 2, `expected services-configuration samples in ${SAMPLES}, found ${files.join(', ') || 'none'}`);
  });

  for (const name of files) {
    it(`${name} gives no error findings`, () => {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const layout = readFileSync(join(SAMPLES, LAYOUT), 'utf8');
      const config = readFileSync(join(SAMPLES, CONFIG), 'utf8');
      const siblings: Record<SiblingName, string> = { 'layout.yaml': layout, 'config.yaml': config };
      const version = /\.v(1\.[4-8])\.\d+\.yaml$/.exec(name)?.[1];
      assert.ok(isPaiVersion(version), `no OpenPAI version in ${name}`);
      const result = check(text, { fileName: '/cluster/services-configuration.yaml', paiVersion: version, readSibling: n => siblings[n] });
      const errors = result.findings.filter(f => f.severity === 'error' || /could not check this file/.test(f.message));
      assert.deepEqual(errors.map(f => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}: ${f.message}`), []);
    });
  }
});
