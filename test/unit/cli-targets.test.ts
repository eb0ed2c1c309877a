/** The CLI end to end on what admins pass: a config folder (as to paictl), or a layout.yaml on its own. */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yaml } from './helpers';
import { cli, folder, SWITCH_BOOLEAN, useCliWorkFolder, work, type JsonReport } from './cli-run';

/** A realistic layout.yaml (the shape of pai's deployment/quick-start example) with three mistakes. */
const BAD_LAYOUT = yaml(
  '# cluster layout',
  'machine-sku:',
  '  master-machine:',
  '    mem: 60GB',
  '    cpu:',
  '      vcore: 24',
  '  gpu-machine:',
  '    computing-device:',
  '      type: nvidia.com/gpu',
  '      model: K80',
  '      count: 4',
  '    mem: 220GB',
  '    cpu:',
  '      vcore: 24',
  '',
  'machine-list:',
  '  - hostname: pai-master',
  '    hostip: 10.0.0.1',
  '    machine-type: master-machine',
  '    pai-master: true',
  '  - hostname: pai-worker1',
  '    hostip: 10.0.0.2',
  '    machine-type: gpu-machne',
  '    pai-worker: "true"',
  '  - hostname: pai-worker1',
  '    hostip: 10.0.0.3',
  '    machine-type: gpu-machine',
  '    pai-worker: "true"',
);

describe('cli (dist/cli.js end to end): folders and layout.yaml', function () {
  this.timeout(60000);
  useCliWorkFolder();

  it('a folder is checked through its services-configuration.yaml, as paictl reads it', () => {
    const file = folder('as-folder', SWITCH_BOOLEAN);
    const r = cli(work, 'check', dirname(file));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^as-folder\/services-configuration\.yaml:6:18: error switch-not-string /m);
    assert.match(r.stdout, /in 1 file checked as OpenPAI 1\.6 \(from cluster\.docker-registry\.tag\)\.\n$/);
    const trailing = cli(work, 'check', `${dirname(file)}/`);
    assert.match(trailing.stdout, /services-configuration\.yaml:6:18: error switch-not-string /);
  });

  it('a layout.yaml is checked as a layout: its own findings at its own lines', () => {
    const file = folder('layout-direct', SWITCH_BOOLEAN);
    const layout = join(dirname(file), 'layout.yaml');
    writeFileSync(join(work, layout), BAD_LAYOUT);
    const r = cli(work, 'check', layout);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines[0].startsWith(`${layout}:20:17: error layout-master \`pai-master: true\` is a YAML boolean, so paictl sees no master`), lines[0]);
    assert.ok(lines[1].startsWith(`${layout}:23:19: warning layout-machines \`machine-type: gpu-machne\` (pai-worker1) is not in \`machine-sku\`: name one from there, or add it.`), lines[1]);
    assert.equal(lines[2], `    ${layout}:2:1: machine-sku has master-machine, gpu-machine`);
    assert.ok(lines[3].startsWith(`${layout}:25:15: error layout-machines The hostname \`pai-worker1\` is used twice, so every \`paictl service\` command fails: rename one.`), lines[3]);
    assert.equal(lines[4], `    ${layout}:21:15: first pai-worker1`);
    assert.equal(lines[5], '2 errors, 1 warning, 0 info in 1 file checked.');
    assert.equal(lines.length, 6, r.stdout);
    assert.doesNotMatch(r.stdout, /switch-not-string|schema|config-folder/, 'not checked as a services file');
  });

  it('a layout.yaml: two masters, a master without hostip; json has no version for it; --disable applies', () => {
    const dir = join(work, 'layout-masters');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'layout.yaml'), yaml(
      'machine-sku:', '  m:', '    mem: 1GB', 'machine-list:',
      '  - hostname: a', '    machine-type: m', '    pai-master: "true"',
      '  - hostname: b', '    hostip: 10.0.0.2', '    machine-type: m', '    pai-master: "true"',
    ));
    const r = cli(work, 'check', '--format', 'json', 'layout-masters/layout.yaml');
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout) as JsonReport & { files: { kind?: string }[] };
    assert.equal(json.files[0].kind, 'layout');
    assert.equal(json.files[0].paiVersion, undefined);
    const found = json.files[0].findings.map(f => [f.code, f.range.start.line, f.message.slice(0, 40)]);
    assert.deepEqual(found, [
      ['layout-master', 4, 'The master (a) has no `hostip`, so every'],
      ['layout-master', 10, 'A second machine with `pai-master: "true'],
    ]);
    const quiet = cli(work, 'check', '--disable', 'layout-master', 'layout-masters/layout.yaml');
    assert.equal(quiet.code, 0, quiet.stdout);
    assert.equal(quiet.stdout, 'No problems in 1 file checked.\n');
  });

  it('a good layout.yaml has no findings; a broken one reports its syntax', () => {
    const file = folder('layout-good', SWITCH_BOOLEAN);
    const good = cli(work, 'check', join(dirname(file), 'layout.yaml'));
    assert.deepEqual([good.code, good.stdout], [0, 'No problems in 1 file checked.\n']);
    writeFileSync(join(work, dirname(file), 'layout.yaml'), 'machine-list:\n  - hostname: [a\n');
    const broken = cli(work, 'check', join(dirname(file), 'layout.yaml'));
    assert.equal(broken.code, 1);
    assert.match(broken.stdout, /layout\.yaml:\d+:\d+: error syntax /);
  });

  it('the sibling view: a services file reports its folder\'s layout problems, pointing into layout.yaml', () => {
    const file = folder('layout-sibling', SWITCH_BOOLEAN);
    writeFileSync(join(work, dirname(file), 'layout.yaml'), BAD_LAYOUT);
    const r = cli(work, 'check', file);
    assert.match(r.stdout, /error layout-machines layout\.yaml: The hostname `pai-worker1` is used twice/);
    assert.match(r.stdout, /\n {4}layout-sibling\/layout\.yaml:25:15: here\n/);
  });
});
