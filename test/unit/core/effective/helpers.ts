import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, type EffectiveConfig, type ExplainOptions } from '../../../../src/core/effective';

export const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'effective');

/** Explains a fixture folder as the CLI does: the file plus its layout.yaml and config.yaml. */
export function explainFolder(name: string, options: ExplainOptions = {}): EffectiveConfig {
  const dir = join(FIXTURES, name);
  const fileName = join(dir, 'services-configuration.yaml');
  return explain(readFileSync(fileName, 'utf8'), {
    fileName,
    readSibling: n => { try { return readFileSync(join(dir, n), 'utf8'); } catch { return undefined; } },
    ...options,
  });
}
