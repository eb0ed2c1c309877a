import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/fix';
import { disableLineEdit, suppressedLines } from '../../../src/core/suppression';
import { findings, run, yaml } from '../helpers';

describe('suppression comments and disabled rules', () => {
  const bad = ['cluster:', '  common:'];
  it('silences the named code on the next line only', () => {
    const text = yaml(...bad, '    # openpai-disable-next-line switch-not-string', '    marketplace: true');
    assert.deepEqual(findings(text, 'switch-not-string'), []);
    const other = yaml(...bad, '    # openpai-disable-next-line placeholder', '    marketplace: true');
    assert.equal(findings(other, 'switch-not-string').length, 1);
  });
  it('takes a comma-separated list, and no code means every rule', () => {
    assert.deepEqual(findings(yaml(...bad, '    # openpai-disable-next-line placeholder, switch-not-string', '    marketplace: true'), 'switch-not-string'), []);
    assert.deepEqual(run(yaml(...bad, '    # openpai-disable-next-line', '    marketplace: true')).findings.filter(f => f.range.start.line === 3), []);
  });
  it('reads, per line, the first directive of the line, whatever the text around it', () => {
    // Each line alone, as a reader of the file would: the directive after any `#` of the line, its codes up to `--`.
    const byLine = (text: string) => new Map(text.split('\n').flatMap((line, i) => {
      const m = /#\s*openpai-disable-next-line\b(.*)/.exec(line);
      if (!m) { return []; }
      const codes = m[1].split(/[\s,]+/).filter(s => s !== '');
      const cut = codes.indexOf('--');
      const list = cut >= 0 ? codes.slice(0, cut) : codes;
      return [[i + 1, new Set(list.length === 0 ? ['*'] : list)]] as const;
    }));
    const piece = fc.constantFrom('#', '# ', '#\t', 'openpai-disable-next-line', 'openpai-disable-next-lines', ' schema', ',placeholder', ' -- why', '\n', '\r\n', 'a: 1', ' ', '##');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), pieces => {
      const text = pieces.join('');
      assert.deepEqual(suppressedLines(text), byLine(text));
    }), { numRuns: 3000 });
  });
  it('skips disabled rules', () => {
    assert.deepEqual(findings(yaml(...bad, '    marketplace: true'), 'switch-not-string', { disabled: ['switch-not-string'] }), []);
  });
});

describe('"Disable <code> for this line"', () => {
  const bad = ['cluster:', '  common:'];
  const disable = (text: string, code: string) => {
    const finding = findings(text, code)[0];
    const edit = disableLineEdit(text, finding.range.start.line, code);
    return edit && applyEdits(text, [edit]);
  };
  it('writes the directive above the line, at its indentation, and the finding is gone', () => {
    const text = yaml(...bad, '    marketplace: true', 'rest-server: {}');
    const fixed = disable(text, 'switch-not-string')!;
    assert.equal(fixed, yaml(...bad, '    # openpai-disable-next-line switch-not-string', '    marketplace: true', 'rest-server: {}'));
    assert.deepEqual(findings(fixed, 'switch-not-string'), []);
  });
  it('adds the code to a directive that is already there, before its reason', () => {
    const text = yaml(...bad, '    # openpai-disable-next-line placeholder -- kept on purpose', '    marketplace: true');
    assert.equal(disable(text, 'switch-not-string'), yaml(...bad, '    # openpai-disable-next-line placeholder, switch-not-string -- kept on purpose', '    marketplace: true'));
  });
  it('keeps CRLF line endings', () => {
    const text = ['cluster:', '  common:', '    marketplace: true', ''].join('\r\n');
    assert.equal(disable(text, 'switch-not-string'), ['cluster:', '  common:', '    # openpai-disable-next-line switch-not-string', '    marketplace: true', ''].join('\r\n'));
  });
  it('offers nothing where the line is silenced already', () => {
    assert.equal(disableLineEdit(yaml(...bad, '    # openpai-disable-next-line', '    marketplace: true'), 3, 'switch-not-string'), undefined);
  });
});

describe('broken YAML', () => {
  it('offers no fixes while the file does not parse, so fixes never pile up', () => {
    const text = yaml('cluster:', '  common:', '    marketplace: true', '    marketplace: true', 'rest-server: {}');
    const result = run(text);
    assert.ok(result.findings.some(f => f.code === 'syntax'));
    assert.deepEqual(result.findings.filter(f => f.fixes.length > 0), []);
  });
  it('reports at most ten syntax errors', () => {
    const text = Array.from({ length: 40 }, (_, i) => `k${i}: [\n`).join('');
    const syntax = run(text).findings.filter(f => f.code === 'syntax');
    assert.ok(syntax.length > 0 && syntax.length <= 10, String(syntax.length));
  });
});
