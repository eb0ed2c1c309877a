import type { CheckResult, Finding, PaiVersion } from '../core';

/** What the formatters get for one checked file. */
export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  /** The version checked as: a known one, or the release before the marketplace the tag names (`1.0`). */
  paiVersion: PaiVersion | string;
  paiVersionSource: CheckResult['paiVersionSource'];
  findings: Finding[];
  /** A layout.yaml checked on its own: no version applies to it. */
  layout?: true;
}

/** A file that could not be checked (missing, a folder, binary, too large, unwritable). */
export interface FileFailure {
  file: string;
  message: string;
}

export interface Report {
  files: FileReport[];
  failures: FileFailure[];
}

export function toFileReport(file: string, result: CheckResult): FileReport {
  return { file, paiVersion: result.releaseBeforeMarketplace ?? result.paiVersion, paiVersionSource: result.paiVersionSource, findings: result.findings };
}

export function toLayoutReport(file: string, result: CheckResult): FileReport {
  return { ...toFileReport(file, result), layout: true };
}

export function countErrors(report: Report): number {
  return report.files.reduce((n, f) => n + f.findings.filter(x => x.severity === 'error').length, 0);
}
