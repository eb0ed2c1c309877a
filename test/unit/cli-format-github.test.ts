import * as assert from 'node:assert/strict';
import { formatGithub } from '../../src/cli/format-github';
import type { Finding } from '../../src/core';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('cli --format github', () => {
  it('escapes the message and the properties as GitHub does (a line break in a message is shown, not kept), and appends related locations on their own lines', () => {
    const finding: Finding = {
      code: 'db-credentials', severity: 'error', message: '100% wrong, see:\nhere', range: range(4, 2, 4, 9),
      related: [{ file: 'cfg,x/services-configuration.yaml', range: range(1, 0, 1, 3), message: "marketplace-db's user" }], fixes: [],
    };
    const out = formatGithub({ files: [{ file: 'cfg,x\\services-configuration.yaml', paiVersion: '1.8', paiVersionSource: 'default', findings: [finding] }], failures: [] });
    const [line, summary] = out.trimEnd().split('\n');
    assert.equal(line, "::error file=cfg%2Cx/services-configuration.yaml,line=5,col=3,endLine=5,endColumn=10,title=openpai db-credentials::100%25 wrong, see:\\nhere%0Acfg,x/services-configuration.yaml:2:1: marketplace-db's user");
    assert.equal(summary, '1 error, 0 warnings, 0 info in 1 file checked as OpenPAI 1.8 (assumed: no version in the files, set --pai-version).');
  });

  it('maps warning and info, leaves endColumn out of a multi-line range, and prints only the summary without findings', () => {
    const f = (severity: Finding['severity']): Finding => ({ code: 'x', severity, message: 'm', range: range(0, 0, 2, 1), related: [], fixes: [] });
    const out = formatGithub({ files: [{ file: 'a.yaml', paiVersion: '1.5', paiVersionSource: 'default', findings: [f('warning'), f('info')] }], failures: [] });
    assert.deepEqual(out.trimEnd().split('\n').slice(0, 2), [
      '::warning file=a.yaml,line=1,col=1,endLine=3,title=openpai x::m',
      '::notice file=a.yaml,line=1,col=1,endLine=3,title=openpai x::m',
    ]);
    assert.equal(formatGithub({ files: [{ file: 'a.yaml', paiVersion: '1.5', paiVersionSource: 'default', findings: [] }], failures: [] }), 'No problems in 1 file checked as OpenPAI 1.5 (assumed: no version in the files, set --pai-version).\n');
  });
});
