// Activation: what it costs to start the extension, measured two ways.
//  1. In a real extension host: the `activation` integration run (code-server, VS Code 1.100) opens the
//     `npm start` example, lets VS Code activate the extension by its own event, and reads the times
//     VS Code measured (Developer: Startup Performance: load code, call activate, finish activate).
//     Repeated HOST_RUNS times, each in a fresh VS Code.
//  2. In a bare node process with a recording stand-in for the `vscode` module, so the peer can be
//     started the same way: require + activate() of dist/extension.js, against the start of the
//     peer's language service (require yaml-language-server, getLanguageService, configure with our
//     schema), which is the least Red Hat's YAML extension does before it can answer (it also starts a
//     language client and a server process). One fresh process per sample, cold like a real start.
// Called by bench/run.mjs after latest.json is written; adds "activation" to it.
// Alone: node bench/activation.mjs [--no-host]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configuredPeer } from './peer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const self = fileURLToPath(import.meta.url);

const PROCESS_SAMPLES = 15;
const HOST_RUNS = 3;
const TARGET_MS = 30;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function fmt(ms) { return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2); }

/** What the stand-in answers as a window that has just opened a folder: no editor, default settings. */
const EMPTY_WINDOW = {
  'window.activeTextEditor': undefined,
  'window.visibleTextEditors': [],
  'workspace.textDocuments': [],
  'workspace.workspaceFolders': undefined,
  'workspace.isTrusted': true,
  'workspace.getConfiguration()': { get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} },
};

/**
 * A stand-in for the `vscode` module that accepts any use: every property, call and `new` gives
 * another stand-in (EMPTY_WINDOW's paths excepted), an assignment is kept, iteration gives nothing.
 */
function standInVscode(topLevelNames) {
  const make = path => {
    const children = new Map();
    const target = function () {};
    return new Proxy(target, {
      // esbuild's import interop copies the module's own names: give it those the bundle uses.
      ownKeys: () => (path ? Reflect.ownKeys(target) : [...new Set([...Reflect.ownKeys(target), ...topLevelNames])]),
      getOwnPropertyDescriptor: (_, prop) => Reflect.getOwnPropertyDescriptor(target, prop)
        ?? (!path && topLevelNames.includes(prop) ? { configurable: true, enumerable: true, value: undefined } : undefined),
      get(_, prop) {
        // In a template literal (`${context.extension.id}`) a stand-in reads as its own path.
        if (prop === Symbol.toPrimitive) { return () => path; }
        const full = path ? `${path}.${String(prop)}` : String(prop);
        if (Object.hasOwn(EMPTY_WINDOW, full)) { return EMPTY_WINDOW[full]; }
        if (prop === Symbol.iterator) { return function* () {}; }
        // What a call gives is a thenable that resolves to nothing (a message dismissed, a pick cancelled).
        if (prop === 'then') { return path.endsWith('()') ? (ok, fail) => Promise.resolve(undefined).then(ok, fail) : undefined; }
        if (typeof prop === 'symbol') { return undefined; }
        if (!children.has(prop)) { children.set(prop, make(full)); }
        return children.get(prop);
      },
      set(_, prop, value) { children.set(prop, value); return true; },
      apply() {
        return Object.hasOwn(EMPTY_WINDOW, `${path}()`) ? EMPTY_WINDOW[`${path}()`] : make(`${path}()`);
      },
      construct() { return make(`new ${path}`); },
    });
  };
  return make('');
}

/** Child: one cold start of our extension against the stand-in; prints {loadMs, activateMs, subscriptions}. */
async function oursChild() {
  const require = createRequire(self);
  const Module = require('node:module');
  const bundle = readFileSync(join(root, 'dist/extension.js'), 'utf8');
  const vscode = standInVscode([...new Set([...bundle.matchAll(/\bvscode\d*\.([A-Za-z_]\w*)/g)].map(m => m[1]))]);
  const load = Module._load;
  Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
  const storage = mkdtempSync(join(tmpdir(), 'openpai-activation-'));
  const context = new Proxy({
    subscriptions: [], extensionPath: root, extensionUri: vscode.Uri.file(root),
    storagePath: storage, globalStoragePath: storage, logPath: storage,
  }, { get: (t, p) => (p in t ? t[p] : vscode[p]) });
  const t0 = performance.now();
  const ext = require(join(root, 'dist/extension.js'));
  const t1 = performance.now();
  await ext.activate(context);
  const t2 = performance.now();
  rmSync(storage, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, subscriptions: context.subscriptions.length }));
}

/** Child: one cold start of the peer's language service; prints {loadMs, activateMs}. */
function peerChild() {
  const require = createRequire(self);
  const t0 = performance.now();
  const { getLanguageService } = require('yaml-language-server');
  const t1 = performance.now();
  configuredPeer(getLanguageService);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1 }));
}

function sampleProcesses(who) {
  const samples = [];
  for (let i = 0; i < PROCESS_SAMPLES; i++) {
    const child = spawnSync(process.execPath, [self, '--child', who], { encoding: 'utf8', cwd: root });
    if (child.status !== 0) { throw new Error(`activation bench child (${who}) failed:\n${child.stderr}`); }
    samples.push(JSON.parse(child.stdout));
  }
  const pick = k => median(samples.map(s => s[k]));
  return { loadMs: pick('loadMs'), activateMs: pick('activateMs'), totalMs: median(samples.map(s => s.loadMs + s.activateMs)), samples: samples.length, ...(samples[0].subscriptions !== undefined ? { subscriptions: samples[0].subscriptions } : {}) };
}

/** The `activation` integration run HOST_RUNS times; VS Code's own times for our extension. */
function sampleHost() {
  const runs = [];
  for (let i = 0; i < HOST_RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'openpai-activation-host-'));
    const out = join(dir, 'stats.json');
    const child = spawnSync(process.execPath, [join(root, 'scripts/test-integration.mjs'), 'activation'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, OPENPAI_ACTIVATION_OUT: out },
    });
    let stats;
    try { stats = JSON.parse(readFileSync(out, 'utf8')); } catch { /* reported below */ }
    rmSync(dir, { recursive: true, force: true });
    if (child.status !== 0 || !stats) { throw new Error(`the activation run failed (exit ${child.status}):\n${child.stdout.slice(-3000)}\n${child.stderr.slice(-2000)}`); }
    runs.push(stats);
  }
  const pick = k => median(runs.map(r => r[k]));
  return {
    runs: runs.length, event: runs[0].event,
    loadCodeMs: pick('loadCodeMs'), callActivateMs: pick('callActivateMs'), finishActivateMs: pick('finishActivateMs'),
    totalMs: median(runs.map(r => r.loadCodeMs + r.callActivateMs + r.finishActivateMs)),
    each: runs.map(r => ({ loadCodeMs: r.loadCodeMs, callActivateMs: r.callActivateMs, finishActivateMs: r.finishActivateMs })),
  };
}

/** Measures activation and returns the "activation" section of latest.json (also printed). */
export function activationBench({ host = true } = {}) {
  const ours = sampleProcesses('ours');
  const peer = sampleProcesses('peer');
  const inHost = host ? sampleHost() : undefined;
  const bundleKb = readFileSync(join(root, 'dist/extension.js')).length / 1024;

  console.log(`\nActivation (target: under ${TARGET_MS} ms; no schema is compiled: the validator is generated at build time).`);
  if (inHost) {
    console.log(`  In VS Code 1.100 (code-server), as VS Code measured it, median of ${inHost.runs} fresh windows, activated by ${inHost.event}:`);
    console.log(`    load code ${fmt(inHost.loadCodeMs)} ms + call activate ${fmt(inHost.callActivateMs)} ms + finish activate ${fmt(inHost.finishActivateMs)} ms = ${fmt(inHost.totalMs)} ms${inHost.totalMs < TARGET_MS ? '' : `  (over the ${TARGET_MS} ms target)`}`);
    console.log(`    each window: ${inHost.each.map(e => `${e.loadCodeMs}+${e.callActivateMs}+${e.finishActivateMs}`).join(', ')} ms`);
  } else {
    console.log('  In VS Code: skipped (--no-host).');
  }
  console.log(`  In a bare node process (median of ${ours.samples} cold starts each; the \`vscode\` module is a stand-in):`);
  console.log(`    ours: require dist/extension.js (${bundleKb.toFixed(0)} KB) ${fmt(ours.loadMs)} ms + activate() ${fmt(ours.activateMs)} ms = ${fmt(ours.totalMs)} ms; ${ours.subscriptions} disposables registered`);
  console.log(`    peer: require yaml-language-server ${fmt(peer.loadMs)} ms + getLanguageService/configure ${fmt(peer.activateMs)} ms = ${fmt(peer.totalMs)} ms`);
  console.log(`    peer/ours: ${(peer.totalMs / ours.totalMs).toFixed(1)}x (the peer's real activation also starts a language client and a server process)`);
  return { targetMs: TARGET_MS, bundleKb, host: inHost ?? null, process: { ours, peer, peerOverOurs: peer.totalMs / ours.totalMs } };
}

export function addActivationResults(latestJson, options) {
  const activation = activationBench(options);
  const latest = JSON.parse(readFileSync(latestJson, 'utf8'));
  writeFileSync(latestJson, `${JSON.stringify({ ...latest, activation }, null, 2)}\n`);
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--child') {
    try {
      await (process.argv[3] === 'peer' ? peerChild() : oursChild());
    } catch (e) {
      process.stderr.write(`${e?.stack ?? 'a non-Error was thrown'}\n`);
      process.exit(1);
    }
  } else {
    activationBench({ host: !process.argv.includes('--no-host') });
  }
}
