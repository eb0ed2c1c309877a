import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedDocument } from '../../../src/core/document';
import { keyAt } from '../../../src/core/key-at';
import { layoutHoverMarkdown, layoutSuggestions } from '../../../src/editor/layoutModel';
import type { Suggestion } from '../../../src/editor/completionModel';
import { cursorContext } from '../../../src/editor/yamlContext';

/** pai's own kubespray layout (contrib/kubespray/config/layout.yaml, v1.8.0). */
const SAMPLE = readFileSync(join(__dirname, '../../fixtures/openpai-samples/contrib__kubespray__config__layout.yaml'), 'utf8');

/** Completion at the `|` in the lines. */
function complete(lines: string[]): Suggestion[] {
  const line = lines.findIndex(l => l.includes('|'));
  const character = lines[line].indexOf('|');
  const clean = lines.map(l => l.replace('|', ''));
  const doc = new ParsedDocument(`${clean.join('\n')}\n`, '/c/layout.yaml');
  const ctx = cursorContext(i => clean[i], line, character);
  assert.ok(ctx, 'no cursor context');
  return layoutSuggestions(ctx, doc);
}

/** The hover on the first occurrence of `needle` (its first character) in `text`. */
function hover(text: string, needle: string): string | undefined {
  const doc = new ParsedDocument(text, '/c/layout.yaml');
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const at = keyAt(doc, offset);
  return at && layoutHoverMarkdown(doc, at.path);
}

const labels = (s: Suggestion[]) => s.map(x => x.label);

describe('editor layoutModel', () => {
  it('hovers pai-master with the string comparison pai makes, its values and its source', () => {
    const md = hover(SAMPLE, 'pai-master: "true"');
    assert.ok(md);
    assert.match(md, /^\*\*pai-master\*\* — the OpenPAI master \(layout\.yaml\)/);
    assert.match(md, /compares it with the \*\*string\*\* "true"/);
    assert.match(md, /PyYAML reads an unquoted `true`/);
    assert.match(md, /Values: `"true"`, `"false"`/, 'the file uses double quotes: so do the values shown');
    assert.match(md, /deployment\/clusterObjectModel\/mainParser\/layout\.py:38-43/);
  });

  it('hovers a sku name with the machines that name it, and machine-type with the declared skus', () => {
    const sku = hover(SAMPLE, 'gpu-machine:');
    assert.match(sku ?? '', /\*\*a machine type\*\*/);
    assert.match(sku ?? '', /`machine-type: gpu-machine` is named by `pai-worker1`, `pai-worker2`/);
    const type = hover(SAMPLE, 'machine-type: master-machine');
    assert.match(type ?? '', /machine-sku declares `master-machine`, `gpu-machine`/);
  });

  it('hovers keys at every nesting, with versions; nothing on keys pai does not read', () => {
    assert.match(hover(SAMPLE, 'vcore: 24') ?? '', /\*\*vcore\*\* — CPU vcores/);
    assert.match(hover(SAMPLE, 'computing-device:') ?? '', /Versions: v1\.5 and later/);
    assert.match(hover(SAMPLE, 'model: K80') ?? '', /\*\*model\*\*/);
    assert.match(hover('kubernetes:\n  api-servers-url: https://x:6443\n', 'api-servers-url') ?? '', /Default: v1\.5\+: `https:\/\/<master hostip>:6443`/);
    assert.equal(hover('machine-list:\n  - hostname: a\n    colour: red\n', 'colour'), undefined);
    assert.equal(hover('colour: red\n', 'colour'), undefined);
  });

  it('completes the top-level keys, the keys of a machine and of a sku, each at its nesting', () => {
    const top = complete(['machine-sku:', '  a:', '    mem: 1Gi', 'mach|']);
    assert.deepEqual(labels(top), ['machine-list', 'kubernetes'], 'machine-sku is already there');
    const list = top.find(s => s.label === 'machine-list')!;
    assert.equal(list.insert, 'machine-list:\n\t- $0');
    const machine = complete(['machine-list:', '  - hostname: a', '    |']);
    assert.ok(!labels(machine).includes('hostname'), 'a key already present is offered again');
    assert.deepEqual(labels(machine).slice(0, 4), ['hostip', 'machine-type', 'pai-master', 'pai-worker']);
    const first = complete(['machine-list:', '  - |']);
    assert.equal(first[0].label, 'hostname');
    const sku = complete(['machine-sku:', '  gpu-machine:', '    |']);
    assert.deepEqual(labels(sku), ['mem', 'cpu', 'computing-device', 'gpu', 'os']);
    assert.deepEqual(labels(complete(['machine-sku:', '  g:', '    computing-device:', '      |'])), ['type', 'model', 'count']);
    assert.deepEqual(labels(complete(['machine-sku:', '  g:', '    cpu:', '      |'])), ['vcore']);
    assert.deepEqual(complete(['machine-sku:', '  |']), [], 'a sku name is the admin\'s to choose');
  });

  it('offers pai-master as a choice of quoted strings, in the file\'s quotes', () => {
    const key = complete(['machine-list:', "  - hostname: a", "    hostip: '10.0.0.1'", '    pai-m|']).find(s => s.label === 'pai-master');
    assert.equal(key?.insert, "pai-master: ${1|'true','false'|}");
    const value = complete(['machine-list:', '  - hostname: "a"', '    pai-master: |']);
    assert.deepEqual(value.map(s => s.insert), ['"true"', '"false"']);
    assert.match(value[0].detail ?? '', /quoted: paictl compares strings/);
    assert.match(value[0].documentation ?? '', /The string "true"/);
  });

  it('completes machine-type with the sku names this file declares', () => {
    const lines = ['machine-sku:', '  master-machine:', '    mem: 60Gi', '  gpu-machine:', '    mem: 220Gi', 'machine-list:', '  - hostname: a', '    machine-type: |'];
    assert.deepEqual(complete(lines).map(s => s.insert), ['master-machine', 'gpu-machine']);
    const key = complete([...lines.slice(0, 7), '    machine-t|']).find(s => s.label === 'machine-type');
    assert.equal(key?.insert, 'machine-type: ${1|master-machine,gpu-machine|}');
    assert.deepEqual(complete(['machine-list:', '  - machine-type: |']), [], 'no machine-sku: nothing to offer');
  });

  it('offers pai\'s device types as examples, and nothing for values pai does not enumerate', () => {
    const types = complete(['machine-sku:', '  g:', '    computing-device:', '      type: |']);
    assert.deepEqual(types.map(s => s.insert), ['nvidia.com/gpu', 'amd.com/gpu', 'enflame.com/dtu']);
    assert.deepEqual(complete(['machine-list:', '  - hostip: |']), []);
  });
});
