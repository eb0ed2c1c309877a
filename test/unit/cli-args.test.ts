import * as assert from 'node:assert/strict';
import { parseCommandLine } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';
import { RULE_CODES } from '../../src/core/rules';

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (e) {
    assert.ok(e instanceof CliError, `expected a CliError, got ${String(e)}`);
    return e.message;
  }
  assert.fail(`expected ${argv.join(' ')} to be refused`);
}

describe('cli: command line', () => {
  it('reads check with its defaults', () => {
    assert.deepEqual(parseCommandLine(['check', 'a.yaml', 'b/c.yaml']),
      { kind: 'check', format: 'text', paiVersion: 'auto', disabled: [], fix: false, force: false, quiet: false, verbose: false, files: ['a.yaml', 'b/c.yaml'] });
  });
  it('reads every option, in any order, with = or a separate value', () => {
    assert.deepEqual(parseCommandLine(['check', '--fix', 'a.yaml', '--format=sarif', '--pai-version', 'v1.6', '--disable', 'syntax, schema', '--disable=syntax']),
      { kind: 'check', format: 'sarif', paiVersion: '1.6', disabled: ['syntax', 'schema'], fix: true, force: false, quiet: false, verbose: false, files: ['a.yaml'] });
  });
  it('takes paths that start with a dash after --', () => {
    assert.deepEqual(parseCommandLine(['check', '--', '-odd.yaml']).kind, 'check');
  });
  it('help, version and rules', () => {
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['check', 'x', '--version']), { kind: 'version' });
    assert.deepEqual(parseCommandLine(['rules']), { kind: 'rules', format: 'text' });
    assert.deepEqual(parseCommandLine(['rules', '--format', 'json']), { kind: 'rules', format: 'json' });
  });
  it('accepts every known rule code in --disable', () => {
    const command = parseCommandLine(['check', '--disable', RULE_CODES.join(','), 'x']);
    assert.equal(command.kind === 'check' && command.disabled.length, RULE_CODES.length);
  });
  it('refuses what it does not understand, in one line', () => {
    assert.equal(usageError([]), 'missing command: use `openpai-marketplace check <file>...` (see --help)');
    assert.equal(usageError(['check']), 'check: no files given');
    assert.equal(usageError(['verify', 'x']), "unknown command 'verify': use `check` or `rules` (see --help)");
    assert.equal(usageError(['check', '--nope', 'x']), "Unknown option '--nope'");
    assert.equal(usageError(['check', '--format']), "Option '--format <value>' argument missing");
    assert.equal(usageError(['check', '--format', 'xml', 'x']), "--format must be one of text, json, sarif, github (got 'xml')");
    assert.equal(usageError(['rules', '--format', 'sarif']), "--format must be one of text, json (got 'sarif')");
    assert.equal(usageError(['check', '--pai-version', '1.9', 'x']), "--pai-version must be one of 1.4, 1.5, 1.6, 1.7, 1.8 or auto (got '1.9')");
    assert.equal(usageError(['check', '--disable', 'syntax,nope,zap', 'x']), "--disable: unknown rule codes 'nope', 'zap' (see `openpai-marketplace rules`)");
    assert.equal(usageError(['rules', '--fix']), '--fix applies only to `check`');
    assert.equal(usageError(['rules', 'x']), "`rules` takes no arguments (got 'x')");
    assert.equal(usageError(['check', '--fix=yes', 'x']), "Option '--fix' does not take an argument");
  });
});
