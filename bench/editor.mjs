// Editor answers on the ~20,000-line realistic file: completion, hover and code actions answered
// from the cached check of the document's current version (what src/editor/completion.ts, hover.ts
// and codeActions.ts do with DocumentCache), against yaml-language-server's doComplete / doHover on
// the same document and positions. Called by bench/run.mjs after latest.json is written; adds
// "editor" to it. The pure editor modules are bundled from src/ with esbuild (they never import vscode).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG, LAYOUT, realistic } from './generate.mjs';
import { configuredPeer } from './peer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

const FILE_NAME = '/cluster/services-configuration.yaml';
const URI = 'file:///cluster/services-configuration.yaml';
const LINES = 20_000;
/** Runs of our (sub-millisecond) answers, and the time budget / run bounds for the peer's. */
const OUR_RUNS = 200;
const PEER_BUDGET_MS = 4000;
const PEER_MIN_RUNS = 3;
const PEER_MAX_RUNS = 15;

const ENTRY = `
export { check } from './src/core/check';
export { readLayout } from './src/core/layout';
export { Siblings } from './src/core/siblings';
export { computeEndpoints } from './src/core/uris';
export { suggest } from './src/editor/completionModel';
export { hoverMarkdown } from './src/editor/hoverModel';
export { cursorContext } from './src/editor/yamlContext';
export { keyAt } from './src/core/key-at';
export { findingOf } from './src/editor/findingView';
`;

async function loadEditorModules() {
  const esbuild = require('esbuild');
  const out = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'bench-editor-entry.ts' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
  });
  mkdirSync(join(here, 'results'), { recursive: true });
  const file = join(here, 'results', 'editor-bundle.cjs');
  writeFileSync(file, out.outputFiles[0].text);
  return require(file);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeRuns(fn, { runs, budget = Infinity, min = runs, warmup = 3 }) {
  for (let i = 0; i < warmup; i++) { await fn(i); }
  const ms = [];
  let spent = 0;
  for (let i = 0; ms.length < min || (ms.length < runs && spent < budget); i++) {
    const t0 = process.hrtime.bigint();
    await fn(warmup + i);
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    ms.push(t);
    spent += t;
  }
  return { median: median(ms), min: Math.min(...ms), runs: ms.length };
}

/** Line and character of `needle` in `lines` (first line containing it after the line starting with `after`). */
function positionOf(lines, after, needle, offsetInNeedle = 0) {
  const from = lines.findIndex(l => l.startsWith(after));
  const line = lines.findIndex((l, i) => i > from && l.includes(needle));
  if (from < 0 || line < 0) { throw new Error(`no ${needle} after ${after}`); }
  return { line, character: lines[line].indexOf(needle) + offsetInNeedle };
}

function fmt(ms) { return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(3); }

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => String(r[i]).length)));
  const line = cells => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function peerService() {
  const { TextDocument } = require('vscode-languageserver-textdocument');
  return { ls: configuredPeer(require('yaml-language-server').getLanguageService), TextDocument };
}

/** Measures the editor answers and returns the "editor" section of latest.json (also printed). */
export async function editorBench() {
  const m = await loadEditorModules();
  const text = realistic(LINES);
  const lines = text.split('\n'); // VS Code's TextDocument already holds the lines: lineAt is not a parse
  const lineAt = i => lines[i];
  const readSibling = name => (name === 'layout.yaml' ? LAYOUT : name === 'config.yaml' ? CONFIG : undefined);

  // The cached entry of the current version: one check (run once, as DocumentCache does for diagnostics).
  const t0 = performance.now();
  const result = m.check(text, { fileName: FILE_NAME, readSibling });
  const checkMs = performance.now() - t0;
  const endpointsOf = () => {
    const layout = new m.Siblings(FILE_NAME, readSibling).get('layout.yaml');
    return m.computeEndpoints({ doc: result.document, version: result.paiVersion, master: layout ? m.readLayout(layout).master?.hostip : undefined });
  };
  const endpoints = endpointsOf(); // DocumentCache memoizes it per entry

  const at = {
    completionKey: positionOf(lines, 'marketplace-db:', '  port:', 4), // `  po|rt: 9291`: keys of marketplace-db
    completionValue: positionOf(lines, 'marketplace-webportal:', 'marketplace_api_uri:', 'marketplace_api_uri: '.length), // the API URIs
    hover: positionOf(lines, 'marketplace-webportal:', 'marketplace_api_uri:', 3),
  };
  // The generated file has no findings: code actions are timed on the same file with one fixable mistake
  // (cluster.common.marketplace written as a boolean), from that text's own cached check.
  const fixable = m.check(text.replace('    marketplace: "true"', '    marketplace: true'), { fileName: FILE_NAME, readSibling });
  const finding = fixable.findings.find(f => f.fixes.length > 0);
  const diagnostic = finding ? { code: finding.code, range: structuredClone(finding.range), message: finding.message } : undefined;

  // Exactly the providers' work with the cache (minus building vscode objects).
  const ours = {
    completionKey: ep => { const c = m.cursorContext(lineAt, at.completionKey.line, at.completionKey.character); return c ? m.suggest(c, { doc: result.document, endpoints: ep, version: result.paiVersion }) : []; },
    completionValue: ep => { const c = m.cursorContext(lineAt, at.completionValue.line, at.completionValue.character); return c ? m.suggest(c, { doc: result.document, endpoints: ep, version: result.paiVersion }) : []; },
    hover: ep => { const k = m.keyAt(result.document, result.document.offsetAt(at.hover)); return k ? m.hoverMarkdown(k.path, result.paiVersion, ep) : undefined; },
    codeActions: () => {
      if (!diagnostic) { return []; }
      const f = m.findingOf(fixable.findings, diagnostic);
      return f ? f.fixes.map(fix => ({ title: fix.title, preferred: fix.preferred === true, edits: fix.edits.map(e => ({ range: e.range, newText: e.newText })) })) : [];
    },
  };
  const answers = {
    completionKey: ours.completionKey(endpoints).map(s => s.label),
    completionValue: ours.completionValue(endpoints).map(s => s.label),
    hover: (ours.hover(endpoints) ?? '').length,
    codeActions: ours.codeActions().map(a => a.title),
  };

  const { ls, TextDocument } = peerService();
  let version = 0;
  const fresh = () => TextDocument.create(URI, 'yaml', ++version, text);
  const sameDoc = fresh();
  const peerCalls = {
    completionKey: doc => ls.doComplete(doc, at.completionKey, false),
    completionValue: doc => ls.doComplete(doc, at.completionValue, false),
    hover: doc => ls.doHover(doc, at.hover),
  };
  const peerAnswers = {
    completionKey: (await peerCalls.completionKey(sameDoc)).items.map(i => i.label),
    completionValue: (await peerCalls.completionValue(sameDoc)).items.map(i => i.label),
    hover: JSON.stringify((await peerCalls.hover(sameDoc))?.contents ?? '').length,
  };

  const rows = [];
  for (const name of ['completionKey', 'completionValue', 'hover', 'codeActions']) {
    const cached = await timeRuns(() => ours[name](endpoints), { runs: OUR_RUNS, warmup: 20 });
    const firstOfVersion = await timeRuns(() => ours[name](endpointsOf()), { runs: OUR_RUNS, warmup: 20 });
    const peerNew = peerCalls[name] ? await timeRuns(() => peerCalls[name](fresh()), { runs: PEER_MAX_RUNS, budget: PEER_BUDGET_MS, min: PEER_MIN_RUNS, warmup: 1 }) : undefined;
    const peerSame = peerCalls[name] ? await timeRuns(() => peerCalls[name](sameDoc), { runs: PEER_MAX_RUNS, budget: PEER_BUDGET_MS, min: PEER_MIN_RUNS, warmup: 1 }) : undefined;
    rows.push({ request: name, ours: cached, oursFirstOfVersion: firstOfVersion, peerNewVersion: peerNew, peerSameVersion: peerSame });
    process.stderr.write(`  editor ${name}: ours ${fmt(cached.median)} ms${peerNew ? `, peer ${fmt(peerNew.median)} ms (new version) / ${fmt(peerSame.median)} ms (same version)` : ''}\n`);
  }

  const labels = { completionKey: 'completion (key, marketplace-db)', completionValue: 'completion (value, marketplace_api_uri)', hover: 'hover (marketplace_api_uri)', codeActions: `code actions (${finding?.code ?? 'no finding'}, ${fixable.findings.length} findings)` };
  console.log(`\nEditor answers on realistic-${LINES / 1000}k (${lines.length - 1} lines): ours answer from the cached check of the current version (one check: ${fmt(checkMs)} ms, not repeated);`);
  console.log('"first of version" also computes the cluster endpoints (memoized per version). Peer = yaml-language-server doComplete/doHover with our schema,');
  console.log('"new version" = a TextDocument with a new version per request (as after a keystroke: it parses again), "same version" = its parse cache hit.\n');
  console.log(table(
    ['request', 'ours', 'ours first of version', 'peer new version', 'peer same version', 'peer new/ours', 'peer same/ours', 'runs o/pn/ps'],
    rows.map(r => [labels[r.request], fmt(r.ours.median), fmt(r.oursFirstOfVersion.median),
      r.peerNewVersion ? fmt(r.peerNewVersion.median) : 'n/a', r.peerSameVersion ? fmt(r.peerSameVersion.median) : 'n/a',
      r.peerNewVersion ? `${(r.peerNewVersion.median / r.ours.median).toFixed(0)}x` : 'n/a', r.peerSameVersion ? `${(r.peerSameVersion.median / r.ours.median).toFixed(0)}x` : 'n/a',
      `${r.ours.runs}/${r.peerNewVersion?.runs ?? '-'}/${r.peerSameVersion?.runs ?? '-'}`]),
  ));
  console.log(`\nAnswers: ours completion key ${answers.completionKey.length} items, value ${answers.completionValue.length} (${answers.completionValue.slice(0, 2).join(', ')}), hover ${answers.hover} chars, code actions ${answers.codeActions.length} (${answers.codeActions.join('; ')});`);
  console.log(`peer completion key ${peerAnswers.completionKey.length} items, value ${peerAnswers.completionValue.length}, hover ${peerAnswers.hover} chars. Peer has no equivalent of our quick fixes.`);

  return { case: `realistic-${LINES / 1000}k`, lines: lines.length - 1, checkOnceMs: checkMs, positions: at, codeActionFinding: finding?.code, requests: rows, answers, peerAnswers };
}

/** Adds the "editor" section to the results file run.mjs wrote. */
export async function addEditorResults(latestJson) {
  const editor = await editorBench();
  const latest = JSON.parse(readFileSync(latestJson, 'utf8'));
  writeFileSync(latestJson, `${JSON.stringify({ ...latest, editor }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await editorBench();
}
