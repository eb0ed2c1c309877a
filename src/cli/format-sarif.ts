import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range, Rule, Severity } from '../core';
import { inertJson } from './inert';
import { REPOSITORY_URL, ruleDocUrl } from '../core/rule-docs';
import type { Report } from './report';

export const TOOL_NAME = 'openpai-marketplace';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** 1-based region; SARIF's endColumn is the column just after the last character, as LSP's end. */
export function sarifRegion(range: Range): object {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A path relative to the working folder (forward slashes, URI-encoded), or a file:// URI outside it. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) { return { uri: pathToFileURL(absolute).href }; }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

interface SarifOptions {
  rules: readonly Rule[];
  version: string;
  cwd: string;
}

/** SARIF 2.1.0, one run, for code-scanning tools (GitHub code scanning, Azure DevOps, ...). */
export function formatSarif(report: Report, options: SarifOptions): string {
  const { rules, cwd } = options;
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const results = report.files.flatMap(file => file.findings.map(f => {
    const location = (path: string, range: Range, message?: string, id?: number) => ({
      ...(id !== undefined ? { id } : {}),
      physicalLocation: { artifactLocation: artifactLocation(path, cwd), region: sarifRegion(range) },
      ...(message !== undefined ? { message: { text: message } } : {}),
    });
    const result: Record<string, unknown> = {
      ruleId: f.code,
      level: sarifLevel(f.severity),
      // SARIF 2.1.0 §3.11.7: the first sentence stands alone (the message); the detail follows it.
      message: { text: f.detail ? `${f.message} ${f.detail}` : f.message },
      locations: [location(file.file, f.range)],
    };
    const index = ruleIndex.get(f.code);
    if (index !== undefined) { result.ruleIndex = index; }
    if (f.related.length > 0) { result.relatedLocations = f.related.map((r, i) => location(r.file, r.range, r.message, i)); }
    if (f.fixes.length > 0) {
      const ordered = [...f.fixes].sort((a, b) => Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)));
      result.fixes = ordered.map(x => ({
        description: { text: x.title },
        artifactChanges: [{
          artifactLocation: artifactLocation(file.file, cwd),
          replacements: x.edits.map(e => ({ deletedRegion: sarifRegion(e.range), insertedContent: { text: e.newText } })),
        }],
        // SARIF has no "preferred"; a property bag is its place for tool-specific facts.
        properties: { preferred: x.preferred === true },
      }));
    }
    return result;
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          version: options.version,
          semanticVersion: options.version,
          informationUri: REPOSITORY_URL,
          rules: rules.map(r => ({
            id: r.code,
            name: r.code,
            shortDescription: { text: r.description },
            helpUri: ruleDocUrl(r.code),
            defaultConfiguration: { level: sarifLevel(r.severity) },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
      invocations: [{
        executionSuccessful: report.failures.length === 0,
        toolExecutionNotifications: report.failures.map(e => ({
          level: 'error',
          message: { text: e.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, cwd) } }],
        })),
      }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${inertJson(JSON.stringify(sarif, null, 2))}\n`;
}
