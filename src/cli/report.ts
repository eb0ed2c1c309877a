import type { CheckResult, Finding, PaiVersion } from '../core';

/** What the formatters get for one checked file. */
export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  paiVersion: PaiVersion;
  versionSource: CheckResult['versionSource'];
  findings: Finding[];
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
  return { file, paiVersion: result.paiVersion, versionSource: result.versionSource, findings: result.findings };
}

export function countErrors(report: Report): number {
  return report.files.reduce((n, f) => n + f.findings.filter(x => x.severity === 'error').length, 0);
}
