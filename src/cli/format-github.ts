/**
 * `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`), so a
 * plain `run:` step annotates the pull request without code scanning. Then the text summary line.
 */
import type { Finding, Severity } from '../core';
import { formatText } from './format-text';
import { inert } from './inert';
import type { Report } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message (GitHub's `escapeData`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (GitHub's `escapeProperty`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, f: Finding): string {
  const { start, end } = f.range;
  const props = [
    `file=${escapeProperty(inert(file.replace(/\\/g, '/')))}`,
    `line=${start.line + 1}`, `col=${start.character + 1}`,
    `endLine=${end.line + 1}`,
    ...(end.line === start.line ? [`endColumn=${end.character + 1}`] : []),
    `title=${escapeProperty(`openpai ${f.code}`)}`,
  ];
  // Only the line breaks between message, detail and related lines are real: the file's text is made inert first.
  const detail = f.detail ? `\n${inert(f.detail)}` : '';
  const related = f.related.map(r => `\n${inert(r.file.replace(/\\/g, '/'))}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${inert(r.message)}`).join('');
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(inert(f.message) + detail + related)}`;
}

export function formatGithub(report: Report): string {
  const lines = report.files.flatMap(file => file.findings.map(f => annotation(file.file, f)));
  const summary = formatText(report).trimEnd().split('\n').pop() ?? '';
  return `${[...lines, summary].join('\n')}\n`;
}
