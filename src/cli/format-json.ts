import type { Finding } from '../core';
import { inertJson } from './inert';
import type { Report } from './report';

/** A finding as JSON consumers see it: LSP-style 0-based ranges, no editor-only extras. */
function findingJson(f: Finding): object {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    range: f.range,
    related: f.related.map(r => ({ file: r.file, range: r.range, message: r.message })),
    fixes: f.fixes.map(x => ({ title: x.title, edits: x.edits.map(e => ({ range: e.range, newText: e.newText })), preferred: x.preferred === true })),
  };
}

export function formatJson(report: Report): string {
  const out: Record<string, unknown> = {
    files: report.files.map(f => ({ file: f.file, ...(f.layout ? { kind: 'layout' } : { paiVersion: f.paiVersion, paiVersionSource: f.paiVersionSource }), findings: f.findings.map(findingJson) })),
  };
  if (report.failures.length > 0) { out.errors = report.failures.map(e => ({ file: e.file, message: e.message })); }
  return `${inertJson(JSON.stringify(out, null, 2))}\n`;
}
