/** A layout.yaml given on its own (the CLI): its syntax, then its layout problems, at its own lines. */
import { check, type CheckResult } from './check';
import { readLayout } from './layout';
import { layoutProblems } from './layout-problems';
import { toFinding } from './rule';
import { syntax } from './rules/syntax';

export interface LayoutCheckOptions {
  fileName?: string;
  /** Rule codes not to report. */
  disabled?: readonly string[];
}

/** Checks a layout.yaml given on its own: its syntax, then its layout problems. Never throws. */
export function checkLayout(text: string, options: LayoutCheckOptions = {}): CheckResult {
  const fileName = options.fileName ?? 'layout.yaml';
  const disabled = new Set(options.disabled ?? []);
  const result = check(text, { fileName, rules: [syntax], disabled: options.disabled });
  const doc = result.document;
  if (doc.problems.some(p => p.severity === 'error')) { return result; }
  const layout = readLayout({ name: 'layout.yaml', path: fileName, doc });
  const found = layoutProblems(layout)
    .filter(p => !disabled.has(p.code))
    .map(p => toFinding({ code: p.code, severity: p.severity }, p));
  const findings = [...result.findings, ...found].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { ...result, findings };
}
