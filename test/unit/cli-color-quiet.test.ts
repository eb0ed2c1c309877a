/** The CLI's colour (NO_COLOR, FORCE_COLOR, a terminal) and --quiet, as a user sees them. */
import * as assert from 'node:assert/strict';
import { colorWanted } from '../../src/cli/color';
import { cli, cliWithEnv, folder, useCliWorkFolder, work, type JsonReport } from './cli-run';
import { yaml } from './helpers';

describe('cli colour', () => {
  it('is on in a terminal, off in a pipe; NO_COLOR turns it off, FORCE_COLOR on', () => {
    assert.equal(colorWanted({}, true), true);
    assert.equal(colorWanted({}, false), false);
    assert.equal(colorWanted({ TERM: 'dumb' }, true), false);
    assert.equal(colorWanted({ NO_COLOR: '1' }, true), false);
    assert.equal(colorWanted({ NO_COLOR: '1', FORCE_COLOR: '1' }, false), false);
    assert.equal(colorWanted({ NO_COLOR: '' }, true), true);
    assert.equal(colorWanted({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colorWanted({ FORCE_COLOR: '0' }, true), false);
  });

  describe('end to end', () => {
    useCliWorkFolder();
    const text = yaml('cluster:', '  common:', '    marketplace: true', 'rest-server: {}');

    it('colours the severity in the text format only when forced here (stdout is a pipe)', () => {
      const file = folder('color', text);
      const piped = cli(work, 'check', file);
      assert.doesNotMatch(piped.stdout, /\x1b/);
      const forced = cliWithEnv(work, { FORCE_COLOR: '1' }, 'check', file);
      assert.match(forced.stdout, /\x1b\[31merror\x1b\[0m \x1b\[90mswitch-not-string\x1b\[0m/);
      assert.equal(forced.stdout.replace(/\x1b\[\d+m/g, ''), piped.stdout);
      const json = cliWithEnv(work, { FORCE_COLOR: '1' }, 'check', '--format', 'json', file);
      assert.doesNotMatch(json.stdout, /\x1b/);
      assert.doesNotMatch(cliWithEnv(work, { FORCE_COLOR: '1', NO_COLOR: '1' }, 'check', file).stdout, /\x1b/);
    });
  });
});

describe('cli --quiet', () => {
  useCliWorkFolder();
  it('reports errors only, in every format, with the same exit code', () => {
    // a boolean switch (error) and the default credentials (warning)
    const file = folder('quiet', yaml('cluster:', '  common:', '    marketplace: true', 'rest-server: {}', 'marketplace-db:', '  data-path: /mnt/marketplace'));
    const loud = JSON.parse(cli(work, 'check', '--format', 'json', file).stdout) as JsonReport;
    assert.ok(loud.files[0].findings.some(f => f.severity !== 'error'), JSON.stringify(loud));
    const r = cli(work, 'check', '--quiet', '--format', 'json', file);
    assert.equal(r.code, 1);
    const quiet = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(quiet.files[0].findings.map(f => f.code), loud.files[0].findings.filter(f => f.severity === 'error').map(f => f.code));
    const textLines = cli(work, 'check', '-q', file).stdout.trimEnd().split('\n');
    assert.ok(textLines.slice(0, -1).every(l => / error /.test(l) || l.startsWith(' ')), textLines.join('\n'));
    assert.match(textLines[textLines.length - 1], /^\d+ errors?, 0 warnings, 0 info in 1 file checked/);
  });
  it('belongs to check', () => {
    assert.equal(cli(work, 'rules', '--quiet').code, 2);
  });
});
