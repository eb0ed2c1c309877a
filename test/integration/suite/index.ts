// The mocha entry (extensionTestsPath) that runs inside VS Code's extension host.
//
// Convention: one folder per suite. A run of test/integration/runs.ts names its suite (default: the
// run's name); the runner passes it as OPENPAI_TEST_SUITE, and this module runs every
// `test/integration/suite/<suite>/**/*.test.ts` (compiled to out/test/integration/suite/<suite>/…js),
// and nothing else. Several runs may share a suite (e.g. the same tests trusted and in Restricted
// Mode); a test asks which run it is in with `currentRun()` from ./helpers.
//
// Mocha: tdd ui (suite/test/suiteSetup), spec reporter, no colours, 20 s per test; OPENPAI_TEST_GREP
// filters by title. Rejects (so VS Code exits 1) when a test fails, a file fails to load, or zero
// tests ran. Results go to $OPENPAI_TEST_RESULTS (JSON, rewritten after every test) for the runner's
// totals. A failing test triggers a screenshot named `FAILED <title>` when screenshots are served.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { glob } from 'glob';
import { screenshot } from './helpers';

export async function run(): Promise<void> {
  const suite = process.env.OPENPAI_TEST_SUITE;
  if (!suite || !/^[\w-]+$/.test(suite)) {
    throw new Error(`OPENPAI_TEST_SUITE must name a folder under test/integration/suite/ (got ${JSON.stringify(suite)})`);
  }
  const dir = path.join(__dirname, suite);
  const files = fs.existsSync(dir) ? (await glob('**/*.test.js', { cwd: dir })).sort() : [];
  if (files.length === 0) {
    throw new Error(`no *.test.js files in ${dir} (suite ${suite}: put its tests in test/integration/suite/${suite}/)`);
  }

  const grep = process.env.OPENPAI_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  mocha.suite.afterEach(async function () {
    if (this.currentTest?.state === 'failed') { await screenshot(`FAILED ${this.currentTest.fullTitle()}`).catch(() => false); }
  });
  for (const f of files) { mocha.addFile(path.join(dir, f)); }

  const resultsFile = process.env.OPENPAI_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run(failures => {
        const s = runner.stats!;
        write(true);
        if (failures > 0) { reject(new Error(`${failures} test(s) failed`)); } else if (s.tests === 0) { reject(new Error(`suite ${suite}: zero tests ran`)); } else { resolve(); }
      });
    } catch (e) {
      console.error(`suite ${suite} failed to load:`, e);
      reject(e);
      return;
    }
    const write = (done: boolean) => {
      if (!resultsFile) { return; }
      const s = runner.stats!;
      fs.writeFileSync(resultsFile, JSON.stringify({ total: runner.total, passes: s.passes, failures: s.failures, pending: s.pending, done }));
    };
    runner.on('test end', () => write(false));
    runner.on('fail', () => write(false)); // hook failures are not 'test end'
  });
}
