// code-server (VS Code served to a browser) and the Chromium that shows it: started for each run
// by runInCodeServer.ts, and by scripts/start.mjs for `npm start`.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { repoRoot } from './harness';

export const codeServerEntry = process.env.CODE_SERVER_BIN
  ?? path.join(repoRoot, 'tools/code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));


export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
  });
}

function httpOk(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const req = http.get(url, res => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false)).setTimeout(2000, () => req.destroy());
  });
}

export interface CodeServerOptions {
  /** Folder to open. */
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  /** Scratch dir for config.yaml and XDG dirs (kept out of $HOME). */
  tmp: string;
  /** false: `--disable-workspace-trust` is not passed (trust is then up to the settings). */
  disableWorkspaceTrust: boolean;
  env?: Record<string, string>;
  port?: number;
  /** Module exporting run() (the mocha entry); omit to just load the extension. */
  extensionTestsPath?: string;
  /** Display language (`--locale`). */
  locale?: string;
  /** The development extension (default: this repository). */
  developmentPath?: string;
}

export interface CodeServer {
  host: string;
  /** The page to open: the folder, with this repository as a development extension. */
  url: string;
  /** The environment Chromium should get (XDG dirs under tmp). */
  browserEnv: Record<string, string>;
  log(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** stop() of every code-server started and not yet stopped (for Ctrl-C). */
export const running = new Set<() => Promise<void>>();

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  if (!fs.existsSync(codeServerEntry)) {
    throw new Error(`code-server is not installed (${codeServerEntry}); run: bash scripts/install-vscode-test-host.sh`);
  }
  const host = `127.0.0.1:${o.port ?? await freePort()}`;
  // Keep code-server and Chromium out of $HOME; EXTENSIONS_GALLERY='{}' switches the Open VSX gallery off.
  const xdg = { XDG_CONFIG_HOME: `${o.tmp}/xdg/config`, XDG_DATA_HOME: `${o.tmp}/xdg/data`, XDG_CACHE_HOME: `${o.tmp}/xdg/cache` };
  fs.writeFileSync(`${o.tmp}/config.yaml`, `bind-addr: ${host}\nauth: none\ncert: false\n`);
  const server = spawn(process.execPath, [codeServerEntry,
    '--config', `${o.tmp}/config.yaml`, '--bind-addr', host, '--auth', 'none',
    '--user-data-dir', o.userDataDir, '--extensions-dir', o.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
    ...(o.disableWorkspaceTrust ? ['--disable-workspace-trust'] : []),
    ...(o.locale ? ['--locale', o.locale] : []),
  ], { env: { ...process.env, ...xdg, EXTENSIONS_GALLERY: '{}', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  server.stdout!.on('data', d => { log += d; });
  server.stderr!.on('data', d => { log += d; });
  const exited = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
  const alive = () => { try { process.kill(-server.pid!, 0); return true; } catch { return false; } };
  const stop = async () => {
    running.delete(stop);
    try { process.kill(-server.pid!, 'SIGTERM'); } catch { return; }
    // wait for the whole process group (the pty host writes its log on exit), then make sure
    for (let i = 0; i < 50 && alive(); i++) { await sleep(100); }
    if (alive()) { try { process.kill(-server.pid!, 'SIGKILL'); } catch { /* gone */ } }
  };
  running.add(stop);
  for (let i = 0; !(await httpOk(`http://${host}/healthz`)); i++) {
    if (server.exitCode !== null || i > 240) {
      await stop();
      throw new Error(`code-server did not start:\n${log}`);
    }
    await sleep(250);
  }
  const remote = (p: string) => `vscode-remote://${host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(o.developmentPath ?? repoRoot)]];
  if (o.extensionTestsPath) { payload.push(['extensionTestsPath', remote(o.extensionTestsPath)]); }
  const url = `http://${host}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return { host, url, browserEnv: { ...xdg, HOME: `${o.tmp}/home` }, log: () => log, exited, stop };
}

export async function launchChromium(env: Record<string, string>): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath, headless: true,
    env: { ...process.env, ...env } as Record<string, string>,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
