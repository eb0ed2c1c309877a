import type { Finding, Position, Severity } from '../core';
import type { AppliedFix } from './fixes';
import { painter, type Paint } from './color';
import { inert, inertLine } from './inert';
import type { FileReport, Report } from './report';

const SOURCE_WORDS: Record<FileReport['paiVersionSource'], string> = {
  'option': 'set by --pai-version',
  'docker-registry.tag': 'from cluster.docker-registry.tag',
  'config.yaml': "from config.yaml's docker_image_tag",
  'default': 'assumed: no version in the files, set --pai-version',
};

/** `OpenPAI 1.6 (from cluster.docker-registry.tag)` for each distinct version and source, in file order. */
function versionsChecked(files: readonly FileReport[]): string {
  const seen = [...new Set(files.filter(f => !f.layout).map(f => `OpenPAI ${f.paiVersion} (${SOURCE_WORDS[f.paiVersionSource]})`))];
  return seen.length === 0 ? '' : ` as ${seen.join(' and ')}`;
}

/** `file:line:col` with a 1-based line and column, as compilers print it. */
export function location(file: string, p: Position): string {
  return `${file}:${p.line + 1}:${p.character + 1}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' } as const;

/**
 * The finding's line, with `verbose` its detail indented below, then its related locations; colour,
 * when on, is added after the text is made inert.
 */
function findingLines(file: string, f: Finding, paint: Paint, verbose: boolean): string[] {
  const head = inertLine(`${location(inert(file), f.range.start)}:`);
  const lines = [`${paint('bold', head)} ${paint(SEVERITY_STYLE[f.severity], f.severity)} ${paint('gray', f.code)} ${inert(f.message)}`];
  if (verbose && f.detail) { lines.push(inertLine(`    ${inert(f.detail)}`)); }
  for (const r of f.related) { lines.push(paint('gray', inertLine(`    ${location(inert(r.file), r.range.start)}: ${inert(r.message)}`))); }
  return lines;
}

export function formatAppliedFix(file: string, fix: AppliedFix): string {
  return inertLine(`${location(inert(file), fix)}: fixed ${fix.code}: ${inert(fix.title)}`);
}

/** One line per finding (with `verbose` its detail, and related locations, indented below), then a summary line. */
export function formatText(report: Report, { color = false, verbose = false }: { color?: boolean; verbose?: boolean } = {}): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) { lines.push(...findingLines(file.file, f, paint, verbose)); }
  }
  const count = (s: Severity) => report.files.reduce((n, file) => n + file.findings.filter(f => f.severity === s).length, 0);
  const total = report.files.reduce((n, file) => n + file.findings.length, 0);
  const checked = report.files.length;
  const version = versionsChecked(report.files);
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'info')];
  if (count('hint') > 0) { parts.push(plural(count('hint'), 'hint')); }
  const failed = report.failures.length > 0 ? `${plural(report.failures.length, 'file')} could not be checked.` : '';
  const summary = checked === 0 ? ''
    : total === 0 ? `No problems in ${plural(checked, 'file')} checked${version}.`
      : `${parts.join(', ')} in ${plural(checked, 'file')} checked${version}.`;
  lines.push(inertLine([summary, failed].filter(s => s !== '').join(' ')));
  return `${lines.join('\n')}\n`;
}
