import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedDocument, type PathSegment } from '../../../src/core/document';
import { LAYOUT_KEYS, layoutKeyAt } from '../../../src/core/layout-docs';
import { isRecord } from '../../../src/core/model';

const SAMPLES = ['contrib__kubespray__config__layout.yaml', 'examples__cluster-configuration__layout.yaml'];

function keyPaths(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value)) { return value.flatMap((v, i) => keyPaths(v, [...path, i])); }
  if (!isRecord(value)) { return []; }
  return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...keyPaths(v, [...path, k])]);
}

describe('core layout-docs', () => {
  it('documents every key of pai\'s own layouts (the kubespray config and the v1.4 example)', () => {
    for (const sample of SAMPLES) {
      const doc = new ParsedDocument(readFileSync(join(__dirname, '../../fixtures/openpai-samples', sample), 'utf8'));
      const missing = keyPaths(doc.value).filter(p => !layoutKeyAt(p)).map(p => p.join('.'));
      assert.deepEqual(missing, [], sample);
    }
  });

  it('names for each key a file of pai that reads it, and a path written once', () => {
    const seen = new Set<string>();
    for (const k of LAYOUT_KEYS) {
      const id = k.path.join('.');
      assert.ok(!seen.has(id), `${id} twice`);
      seen.add(id);
      assert.ok(k.sources.length > 0, id);
      for (const s of k.sources) { assert.match(s, /^(deployment|src|contrib|examples)\/[\w./-]+(:\d|\s\(v1\.\d\.0)/, `${id}: ${s}`); }
    }
  });

  it('tells PyYAML\'s boolean from the string pai compares for the machine flags', () => {
    for (const key of ['pai-master', 'pai-worker', 'pai-storage']) {
      const doc = layoutKeyAt(['machine-list', 0, key]);
      assert.deepEqual(doc?.values?.map(v => v.value), ['true', 'false'], key);
    }
  });
});
