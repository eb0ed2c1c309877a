import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { quoteArg, shellKind, UnquotableError } from '../../../src/deploy/shellQuote';

const nasty = [
  "/tmp/cluster cfg/it's \"here\" $(touch /tmp/pwned) `id` $HOME; rm -rf x & | > < * ? [a] {b,c} ~ \\ !x #c",
  "'", "''", '"', ' leading and trailing ', '\t tab\nnewline', '-n', '=starts-with-equals', '%1', '~', '', 'plain/path-1.2_x:y@z+w,v',
];

/** Runs `sh -c "printf '%s\0' <quoted words>"` in a real shell and returns the words it received. */
function throughShell(shell: string, words: string[]): string[] {
  const line = `printf '%s\\0' ${words.map(w => quoteArg(w, 'posix')).join(' ')}`;
  const out = execFileSync(shell, ['-c', line], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('deploy: shell quoting per argument', () => {
  for (const shell of ['/bin/bash', '/bin/sh', '/bin/dash', '/usr/bin/zsh'].filter(s => existsSync(s))) {
    it(`${shell} receives every argument verbatim`, () => {
      assert.deepEqual(throughShell(shell, nasty), nasty);
    });
  }

  it('plain words stay bare; anything else is single-quoted and starts and ends with the quote', () => {
    assert.equal(quoteArg('/pai/paictl.py', 'posix'), '/pai/paictl.py');
    assert.equal(quoteArg('python3', 'posix'), 'python3');
    assert.equal(quoteArg("it's", 'posix'), `'it'\\''s'`);
    assert.equal(quoteArg('$(x)', 'posix'), `'$(x)'`);
    assert.equal(quoteArg('', 'posix'), `''`);
    // VS Code passes a string argument through untouched only when it starts and ends with the strong quote.
    for (const w of nasty.filter(w => !/^[\w/.:@+,-]+$/.test(w))) {
      const q = quoteArg(w, 'posix');
      assert.ok(q.startsWith("'") && q.endsWith("'"), q);
    }
  });

  it('PowerShell doubles single quotes; fish escapes backslash and quote', () => {
    assert.equal(quoteArg("a b'c", 'pwsh'), `'a b''c'`);
    assert.equal(quoteArg("a\\b'c", 'fish'), `'a\\\\b\\'c'`);
  });

  it('cmd.exe: double quotes, and refuses what it cannot pass safely', () => {
    assert.equal(quoteArg('C:\\my cfg', 'cmd'), '"C:\\my cfg"');
    assert.throws(() => quoteArg('100%', 'cmd'), UnquotableError);
    assert.throws(() => quoteArg('a"b', 'cmd'), UnquotableError);
  });

  it('the shell kind comes from the executable name', () => {
    assert.equal(shellKind('/bin/bash'), 'posix');
    assert.equal(shellKind('/usr/bin/zsh'), 'posix');
    assert.equal(shellKind('/usr/local/bin/fish'), 'fish');
    assert.equal(shellKind('C:\\Program Files\\PowerShell\\7\\pwsh.exe'), 'pwsh');
    assert.equal(shellKind('C:\\Windows\\System32\\cmd.exe'), 'cmd');
    assert.equal(shellKind(undefined, 'linux'), 'posix');
    assert.equal(shellKind(undefined, 'win32'), 'pwsh');
  });
});
