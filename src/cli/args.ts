import { parseArgs } from 'node:util';
import { PAI_VERSIONS, RULE_CODES, type PaiVersionOption } from '../core';
import { CliError, oneLine } from './errors';
import { EXPLAIN_HELP, EXPLAIN_USAGE, parseExplain, type ExplainCommand } from './explain';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = typeof FORMATS[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'rules'; format: Format }
  | { kind: 'check'; format: Format; paiVersion: PaiVersionOption; disabled: string[]; fix: boolean; force: boolean; quiet: boolean; verbose: boolean; files: string[] }
  | ExplainCommand;

export const USAGE = `Usage:
  openpai-marketplace check [options] <file|folder>...
  openpai-marketplace rules [--format text|json]
${EXPLAIN_USAGE}
  openpai-marketplace --help | --version

Checks the marketplace sections of OpenPAI services-configuration.yaml files. The folder of each
file is read for layout.yaml and config.yaml, as paictl does. A folder means its
services-configuration.yaml; a layout.yaml given by name is checked as a layout.

Options for check:
  --format text|json|sarif|github
                             output format (default: text); github: GitHub Actions
                             annotations (workflow commands) and the summary line
  --pai-version <v>          1.4, 1.5, 1.6, 1.7, 1.8 or auto (default: auto, from
                             cluster.docker-registry.tag, then config.yaml's docker_image_tag)
  --disable <code>,...       rule codes not to run (repeatable; see \`openpai-marketplace rules\`)
  --fix                      apply every finding's preferred fix in place, then report what is left
  --force                    with --fix: also fix a read-only file (its mode is kept)
  --quiet                    report errors only (warnings and info are left out, in every format)
  --verbose                  text format: each finding's explanation under its line (JSON,
                             SARIF and GitHub annotations always carry it)

Colour (text format): on in a terminal, off in a pipe or a file; NO_COLOR turns it off, FORCE_COLOR on.

${EXPLAIN_HELP}
Exit codes: 0 no errors, 1 error findings, 2 usage or I/O error.
`;

const OPTIONS = {
  format: { type: 'string' },
  'pai-version': { type: 'string' },
  disable: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  'show-secrets': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function parseFormat(value: string | undefined, allowed: readonly Format[]): Format {
  if (value === undefined) { return 'text'; }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--format must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as Format;
}

function parsePaiVersion(value: string | undefined): PaiVersionOption {
  if (value === undefined) { return 'auto'; }
  const v = value.replace(/^v/, '');
  if (v === 'auto' || (PAI_VERSIONS as readonly string[]).includes(v)) { return v as PaiVersionOption; }
  throw new CliError(`--pai-version must be one of ${PAI_VERSIONS.join(', ')} or auto (got '${value}')`);
}

function parseDisabled(values: readonly string[] | undefined): string[] {
  const codes = (values ?? []).flatMap(v => v.split(',')).map(c => c.trim()).filter(c => c !== '');
  const unknown = codes.filter(c => !RULE_CODES.includes(c));
  if (unknown.length > 0) {
    throw new CliError(`--disable: unknown rule code${unknown.length > 1 ? 's' : ''} ${unknown.map(c => `'${c}'`).join(', ')} (see \`openpai-marketplace rules\`)`);
  }
  return [...new Set(codes)];
}

/** Reads the command line (without `node` and the script). Throws CliError on any usage problem. */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(oneLine(e).replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) { return { kind: 'help' }; }
  if (values.version) { return { kind: 'version' }; }
  const [command, ...rest] = positionals;
  if (command === undefined) { throw new CliError('missing command: use `openpai-marketplace check <file>...` (see --help)'); }
  if (command === 'help') { return { kind: 'help' }; }
  if (command === 'rules') {
    const misplaced = (['pai-version', 'disable', 'fix', 'force', 'quiet', 'verbose'] as const).filter(o => values[o] !== undefined);
    if (misplaced.length > 0) { throw new CliError(`--${misplaced[0]} applies only to \`check\``); }
    if (rest.length > 0) { throw new CliError(`\`rules\` takes no arguments (got '${rest[0]}')`); }
    return { kind: 'rules', format: parseFormat(values.format, ['text', 'json']) };
  }
  if (command === 'explain') {
    const misplaced = (['disable', 'fix', 'force', 'quiet', 'verbose'] as const).find(o => values[o] !== undefined);
    if (misplaced) { throw new CliError(`--${misplaced} applies only to \`check\``); }
    return parseExplain(rest, parseFormat(values.format, ['text', 'json']) as 'text' | 'json', parsePaiVersion(values['pai-version']), values['show-secrets'] ?? false);
  }
  if (values['show-secrets'] !== undefined) { throw new CliError('--show-secrets applies only to `explain`'); }
  if (command !== 'check') { throw new CliError(`unknown command '${command}': use \`check\` or \`rules\` (see --help)`); }
  if (rest.length === 0) { throw new CliError('check: no files given'); }
  if (values.force && !values.fix) { throw new CliError('--force applies only with --fix'); }
  return {
    kind: 'check',
    format: parseFormat(values.format, FORMATS),
    paiVersion: parsePaiVersion(values['pai-version']),
    disabled: parseDisabled(values.disable),
    fix: values.fix ?? false,
    force: values.force ?? false,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    files: rest,
  };
}
