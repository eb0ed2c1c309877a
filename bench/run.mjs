// Benchmark: check() (every rule on) against yaml-language-server's doValidation with our schema
// (the peer) and against the floor (`yaml` parseDocument + toJS + the compiled ajv validator), on
// generated services-configuration files. Prints medians, ratios and peak memory; writes
// bench/results/latest.json. Run with `npm run bench` (node --expose-gc). No pass/fail.
// Then bench/editor.mjs (completion, hover, code actions) and bench/activation.mjs (activation, in a
// real VS Code too; `npm run bench -- --no-host` leaves the VS Code part out).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases, CONFIG, LAYOUT } from './generate.mjs';
import { configuredPeer } from './peer.mjs';
import { yamlAsModules } from '../scripts/yaml-as-modules.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

const CONTENDERS = ['check', 'peer', 'floor'];
const FILE_NAME = '/cluster/services-configuration.yaml';
/** Time budget per (case, contender) for the timed runs, and the run counts around it. */
const BUDGET_MS = 2500;
const MIN_RUNS = 5;
const MAX_RUNS = 200;
/** Warm-up per (case, contender): at least this many runs and this long, as in an editor that checks on every change. */
const WARMUP = 3;
const WARMUP_MS = 250;
/** `--only realistic-200,key-1mb`: those cases' timings only (no memory, editor or activation phase, no latest.json). */
const ONLY = (() => { const i = process.argv.indexOf('--only'); return i > 0 ? process.argv[i + 1]?.split(',') : undefined; })();

const gc = globalThis.gc ?? (() => {});

/** `yaml` bundled as dist/core.js bundles it (scripts/yaml-as-modules.mjs), so that the floor runs the same build. */
async function bundledYaml() {
  const esbuild = await import('esbuild');
  const outfile = join(root, 'node_modules/.cache/openpai-bench/yaml.cjs');
  await esbuild.build({
    stdin: { contents: "export * from 'yaml';", resolveDir: root }, bundle: true, platform: 'node', target: 'node18',
    format: 'cjs', outfile, logLevel: 'warning', plugins: [yamlAsModules()],
  });
  return require(outfile);
}

async function loadContenders() {
  const core = require(join(root, 'dist/core.js'));
  const YAML = await bundledYaml();
  const validate = require(join(root, 'src/core/generated/validate-schema.js'));
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const ls = configuredPeer(require('yaml-language-server').getLanguageService, { validate: true, hover: false, completion: false });
  const readSibling = name => (name === 'layout.yaml' ? LAYOUT : name === 'config.yaml' ? CONFIG : undefined);
  let version = 0;
  return {
    core,
    YAML,
    check: text => core.check(text, { fileName: FILE_NAME, readSibling }).findings.length,
    peer: async text => (await ls.doValidation(TextDocument.create('file:///cluster/services-configuration.yaml', 'yaml', ++version, text), false)).length,
    floor: text => {
      const doc = YAML.parseDocument(text);
      validate(doc.toJS({ maxAliasCount: 1000 }));
      return doc.errors.length + (validate.errors?.length ?? 0);
    },
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Times every contender on one text in interleaved rounds (the order rotates each round), so that
 * load from other processes hits all of them alike. A contender slower than 1 s per run gets
 * fewer runs.
 */
async function timeAll(contenders, text) {
  const state = Object.fromEntries(CONTENDERS.map(name => [name, { samples: [], spent: 0, min: MIN_RUNS }]));
  for (const name of CONTENDERS) {
    const t0 = performance.now();
    await contenders[name](text);
    const first = performance.now() - t0;
    if (first <= 1000) {
      const start = performance.now();
      for (let i = 1; i < WARMUP || (performance.now() - start < WARMUP_MS && i < 10 * MAX_RUNS); i++) { await contenders[name](text); }
    }
    if (first > 1000) { state[name].min = 3; }
  }
  gc(); // once per case; a collection before every run would slow the next run's allocations
  const needs = s => s.samples.length < s.min || (s.spent < BUDGET_MS && s.samples.length < MAX_RUNS);
  for (let round = 0; CONTENDERS.some(n => needs(state[n])); round++) {
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
    for (const name of order) {
      const s = state[name];
      if (!needs(s)) { continue; }
      const t0 = process.hrtime.bigint();
      await contenders[name](text);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      s.samples.push(ms);
      s.spent += ms;
    }
  }
  return Object.fromEntries(CONTENDERS.map(name => {
    const xs = state[name].samples;
    return [name, { median: median(xs), min: Math.min(...xs), runs: xs.length }];
  }));
}

/** Child mode: load everything, run one contender a few times, report peak RSS and heap. */
async function memoryChild(contender, caseIndex) {
  const c = cases()[caseIndex];
  const contenders = await loadContenders();
  gc();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  if (contender !== 'baseline') {
    await contenders[contender](c.text);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, heapBefore: before.heapUsed, peakHeapSampled: peakHeap }));
}

/** Where check() spends its time on one text: the parse, all rules on that parse, each rule alone (median of 5). */
function breakdown(core, YAML, text) {
  const readSibling = name => (name === 'layout.yaml' ? LAYOUT : name === 'config.yaml' ? CONFIG : undefined);
  const runs = text.length < 100_000 ? 30 : 5;
  const measure = fn => {
    const ms = [];
    for (let i = 0; i < runs; i++) { fn(); } // warm-up as long as the measurement
    for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); ms.push(performance.now() - t0); }
    return median(ms);
  };
  const doc = new core.ParsedDocument(text, FILE_NAME);
  return {
    yamlParseDocumentMs: measure(() => YAML.parseDocument(text)),
    yamlParseAndToJsMs: measure(() => YAML.parseDocument(text).toJS({ maxAliasCount: 1000 })),
    parsedDocumentMs: measure(() => new core.ParsedDocument(text, FILE_NAME)),
    allRulesMs: measure(() => core.checkDocument(doc, { fileName: FILE_NAME, readSibling })),
    rules: core.RULES.map(rule => ({ code: rule.code, ms: measure(() => core.checkDocument(doc, { fileName: FILE_NAME, readSibling, rules: [rule] })) }))
      .sort((a, b) => b.ms - a.ms),
  };
}

function fmt(ms) { return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2); }
function ratio(a, b) { return `${(a / b).toFixed(2)}x`; }
function mb(kb) { return `${(kb / 1024).toFixed(0)}`; }

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => String(r[i]).length)));
  const line = cells => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A text the schema rejects in four places: the peer must report them, or it is not validating. */
const KNOWN_BAD = 'cluster:\n  common:\n    marketplace: true\nmarketplace-db:\n  port: abc\n  user: 5\n';

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg();
  const all = cases().filter(c => !ONLY || ONLY.includes(c.name));
  const contenders = await loadContenders();
  const results = [];
  for (const c of all) {
    const lines = c.text.split('\n').length - 1;
    const timings = await timeAll(contenders, c.text);
    const findings = contenders.check(c.text);
    const peerDiagnostics = await contenders.peer(c.text);
    results.push({ case: c.name, lines, bytes: Buffer.byteLength(c.text), findings, peerDiagnostics, timings });
    process.stderr.write(`  ${c.name}: check ${fmt(timings.check.median)} ms, peer ${fmt(timings.peer.median)} ms, floor ${fmt(timings.floor.median)} ms\n`);
  }

  if (ONLY) {
    console.log(table(['case', 'check', 'floor', 'check/floor', 'check/floor (min)', 'runs c/f'], results.map(r => [r.case, fmt(r.timings.check.median), fmt(r.timings.floor.median),
      ratio(r.timings.check.median, r.timings.floor.median), ratio(r.timings.check.min, r.timings.floor.min), `${r.timings.check.runs}/${r.timings.floor.runs}`])));
    return;
  }

  // Peak memory: one child process per (case, contender), against a baseline child that loads the same modules.
  for (const [i, r] of results.entries()) {
    r.memory = {};
    for (const name of ['baseline', ...CONTENDERS]) {
      const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory', name, String(i)], { encoding: 'utf8' });
      if (child.status !== 0) { r.memory[name] = { error: child.stderr.split('\n')[0] }; continue; }
      r.memory[name] = JSON.parse(child.stdout);
    }
  }

  const largest = all.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const smallest = all.reduce((a, b) => (b.text.length < a.text.length ? b : a));
  const breakdowns = [smallest, largest].map(c => ({ case: c.name, ...breakdown(contenders.core, contenders.YAML, c.text) }));
  const sanity = await contenders.peer(KNOWN_BAD);

  console.log(`\nOpenPAI marketplace check() benchmark — node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
  console.log('Median of warmed runs (ms); the last ratio uses each contender\'s fastest run. floor = yaml parseDocument + toJS + compiled ajv schema validator; peer = yaml-language-server doValidation with our schema.\n');
  console.log(table(
    ['case', 'lines', 'check', 'peer', 'floor', 'check/floor', 'peer/floor', 'peer/check', 'check/floor (min)', 'runs c/p/f', 'findings', 'peer diags'],
    results.map(r => [r.case, r.lines, fmt(r.timings.check.median), fmt(r.timings.peer.median), fmt(r.timings.floor.median),
      ratio(r.timings.check.median, r.timings.floor.median), ratio(r.timings.peer.median, r.timings.floor.median), ratio(r.timings.peer.median, r.timings.check.median),
      ratio(r.timings.check.min, r.timings.floor.min),
      `${r.timings.check.runs}/${r.timings.peer.runs}/${r.timings.floor.runs}`, r.findings, r.peerDiagnostics]),
  ));
  console.log('\nPeak memory (MB): max RSS of a child process that loads all three contenders and runs one of them once; "+" is over the baseline child (loads, runs nothing).\n');
  console.log(table(
    ['case', 'baseline RSS', 'check RSS', 'peer RSS', 'floor RSS', 'check +', 'peer +', 'floor +'],
    results.map(r => {
      const base = r.memory.baseline?.maxRssKb ?? 0;
      const cell = n => (r.memory[n]?.maxRssKb ? mb(r.memory[n].maxRssKb) : 'n/a');
      const plus = n => (r.memory[n]?.maxRssKb ? mb(r.memory[n].maxRssKb - base) : 'n/a');
      return [r.case, cell('baseline'), cell('check'), cell('peer'), cell('floor'), plus('check'), plus('peer'), plus('floor')];
    }),
  ));
  for (const where of breakdowns) {
    console.log(`\nWhere check() spends its time on ${where.case} (medians of warmed runs):`);
    console.log(`  yaml parseDocument alone:                               ${fmt(where.yamlParseDocumentMs)} ms`);
    console.log(`  yaml parseDocument + toJS:                              ${fmt(where.yamlParseAndToJsMs)} ms`);
    console.log(`  ParsedDocument (parseAllDocuments + toJS + line index): ${fmt(where.parsedDocumentMs)} ms`);
    console.log(`  all rules on that one parse (checkDocument):            ${fmt(where.allRulesMs)} ms`);
    console.log(`  slowest rules, each alone on the same parse (shared models included): ${where.rules.slice(0, 5).map(r => `${r.code} ${fmt(r.ms)} ms`).join(', ')}`);
  }
  console.log(`\nPeer sanity: yaml-language-server reports ${sanity} schema diagnostics on a known-bad text (so it does validate with our schema).`);
  console.log(`Load average at start: ${loadAtStart.map(x => x.toFixed(2)).join(' ')} (other processes on the machine add noise; contenders run interleaved).`);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\n(${seconds} s)`);

  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'latest.json'), `${JSON.stringify({
    date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, results, breakdowns, peerSanityDiagnostics: sanity, loadAverageAtStart: loadAtStart,
  }, null, 2)}\n`);
  await (await import('./editor.mjs')).addEditorResults(join(here, 'results', 'latest.json'));
  (await import('./activation.mjs')).addActivationResults(join(here, 'results', 'latest.json'), { host: !process.argv.includes('--no-host') });
}

if (process.argv[2] === '--memory') {
  await memoryChild(process.argv[3], Number(process.argv[4]));
} else {
  await main();
}
