import { check, checkLayout, RULES } from '../core';
import { checkOptions } from '../core/check-options';
import { USAGE, parseCommandLine, type Command, type Format } from './args';
import { CliError, oneLine } from './errors';
import { readInputFile, resolveTarget, siblingReaderFor, withBom } from './files';
import { removeStaleTemps, writeFileSafely } from './write-file';
import { runExplain } from './explain';
import { applyPreferredFixes, type FixOutcome } from './fixes';
import { inertLine } from './inert';
import { formatGithub } from './format-github';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatAppliedFix, formatText } from './format-text';
import { countErrors, toFileReport, toLayoutReport, type Report } from './report';
import { version as PACKAGE_VERSION } from '../../package.json';
import { realpathSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Colour in the text format (see color.ts: NO_COLOR, FORCE_COLOR, a terminal). */
  color?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function listRules(format: Format): string {
  if (format === 'json') {
    return `${JSON.stringify(RULES.map(r => ({ code: r.code, severity: r.severity, description: r.description })), null, 2)}\n`;
  }
  const width = Math.max(...RULES.map(r => r.code.length));
  const sevWidth = Math.max(...RULES.map(r => r.severity.length));
  return RULES.map(r => `${r.code.padEnd(width)}  ${r.severity.padEnd(sevWidth)}  ${r.description}`).join('\n') + '\n';
}

function fixSummary(path: string, outcome: FixOutcome): string {
  const lines = outcome.applied.map(a => formatAppliedFix(path, a));
  if (outcome.syntaxErrors > 0) {
    lines.push(`${path}: not fixed: the file has ${outcome.syntaxErrors} YAML syntax error${outcome.syntaxErrors === 1 ? '' : 's'}; correct ${outcome.syntaxErrors === 1 ? 'it' : 'them'} first`);
  }
  for (const r of outcome.rejected) { lines.push(`${formatAppliedFix(path, r).replace(': fixed ', ': not fixed ')} (it would make the YAML invalid)`); }
  if (lines.length === 0) { lines.push(`${path}: no fixes to apply`); }
  return `${lines.map(inertLine).join('\n')}\n`;
}

/** A run that dies between writing and renaming leaves a temporary file: the next --fix removes it. */
function cleanTemps(path: string): void {
  try { removeStaleTemps(realpathSync(path)); } catch { /* nothing to clean */ }
}

function runCheck(command: Extract<Command, { kind: 'check' }>, io: CliIo): number {
  const report: Report = { files: [], failures: [] };
  // In json/sarif, stdout carries only the document: progress lines go to stderr.
  const note = command.format === 'text' || command.format === 'github' ? io.stdout : io.stderr;
  for (const given of command.files) {
    let path = given;
    try {
      const target = resolveTarget(given);
      path = target.path;
      const input = readInputFile(path);
      if (target.kind === 'layout') {
        if (command.fix) { note(`${path}: not fixed: a layout.yaml is reported, not edited\n`); }
        report.files.push(toLayoutReport(path, checkLayout(input.text, { fileName: path, disabled: command.disabled })));
        continue;
      }
      const options = checkOptions({
        fileName: path,
        paiVersion: command.paiVersion,
        disabled: command.disabled,
        readSibling: siblingReaderFor(path),
      });
      if (!command.fix) {
        report.files.push(toFileReport(path, check(input.text, options)));
        continue;
      }
      const outcome = applyPreferredFixes(input.text, options);
      if (outcome.text !== input.text) { writeFileSafely(path, withBom(input, outcome.text), { expected: input.state, force: command.force }); } else { cleanTemps(path); }
      note(fixSummary(path, outcome));
      report.files.push(toFileReport(path, outcome.result));
    } catch (e) {
      const message = e instanceof CliError ? e.message : `${path}: ${oneLine(e)}`;
      report.failures.push({ file: path, message });
      io.stderr(`openpai-marketplace: ${inertLine(message)}\n`);
    }
  }
  if (command.quiet) {
    for (const file of report.files) { file.findings = file.findings.filter(f => f.severity === 'error'); }
  }
  switch (command.format) {
    case 'json': io.stdout(formatJson(report)); break;
    case 'sarif': io.stdout(formatSarif(report, { rules: RULES, version: PACKAGE_VERSION, cwd: io.cwd })); break;
    case 'github': io.stdout(formatGithub(report)); break;
    default: io.stdout(formatText(report, { color: io.color === true, verbose: command.verbose }));
  }
  if (report.failures.length > 0) { return EXIT_USAGE; }
  return countErrors(report) > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Runs the command line; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case 'help': io.stdout(USAGE); return EXIT_OK;
      case 'version': io.stdout(`${PACKAGE_VERSION}\n`); return EXIT_OK;
      case 'rules': io.stdout(listRules(command.format)); return EXIT_OK;
      case 'check': return runCheck(command, io);
      case 'explain': runExplain(command, io.stdout); return EXIT_OK;
    }
  } catch (e) {
    io.stderr(`openpai-marketplace: ${inertLine(oneLine(e))}\n`);
    return EXIT_USAGE;
  }
}
