import * as assert from 'node:assert/strict';
import { check, type CheckOptions, type CheckResult } from '../../src/core/check';
import type { Finding, Range } from '../../src/core/finding';
import { applyEdits } from '../../src/core/fix';
import type { SiblingName } from '../../src/core/siblings';
import { messageShapeProblems } from './message-shape';

/** Builds a text from lines (so tests read like the YAML a user writes). */
export function yaml(...lines: string[]): string { return `${lines.join('\n')}\n`; }

/** A layout.yaml with one master at `ip` (as a string `pai-master: "true"`). */
export function layoutWithMaster(ip = '10.0.0.1'): string {
  return yaml(
    'machine-sku:', '  master-machine:', '    mem: 60GB', '    cpu:', '      vcore: 24',
    'machine-list:', '  - hostname: pai-master', `    hostip: ${ip}`, '    machine-type: master-machine', '    pai-master: "true"',
  );
}

export interface RunOptions extends CheckOptions {
  /** Sibling files' texts by name; absent names are missing files. Give `{}` for an empty folder. */
  files?: Partial<Record<SiblingName, string>>;
}

export function run(text: string, options: RunOptions = {}): CheckResult {
  const { files, ...rest } = options;
  const readSibling = files ? (name: SiblingName) => files[name] : rest.readSibling;
  const result = check(text, { fileName: '/cluster/services-configuration.yaml', ...rest, readSibling });
  // Every rule test holds its findings to the message shape (message-shape.ts): drift fails where it starts.
  assert.deepEqual(result.findings.flatMap(messageShapeProblems), [], 'message shape');
  return result;
}

/** Findings of one code. */
export function findings(text: string, code: string, options: RunOptions = {}): Finding[] {
  return run(text, options).findings.filter(f => f.code === code);
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/** Applies the finding's preferred fix (or the fix at `index`) and returns the new text. */
export function applyFix(text: string, finding: Finding, index?: number): string {
  const f = index === undefined ? finding.fixes.find(x => x.preferred) ?? finding.fixes[0] : finding.fixes[index];
  assert.ok(f, `finding ${finding.code} has no fix`);
  return applyEdits(text, f.edits);
}

/** Asserts the fix removes its finding, and returns the fixed text. */
export function assertFixResolves(text: string, code: string, options: RunOptions = {}, index?: number): string {
  const [first] = findings(text, code, options);
  assert.ok(first, `expected a ${code} finding`);
  const fixed = applyFix(text, first, index);
  const after = findings(fixed, code, options).filter(f => f.range.start.line === first.range.start.line && f.message === first.message);
  assert.deepEqual(after, [], `fix for ${code} did not resolve it:\n${fixed}`);
  return fixed;
}

/** All a user reads of a finding: its one-sentence message (the Problems line) and the detail (hover, `--verbose`). */
export function said(f: Pick<Finding, 'message' | 'detail'>): string {
  return f.detail === undefined ? f.message : `${f.message}\n${f.detail}`;
}
