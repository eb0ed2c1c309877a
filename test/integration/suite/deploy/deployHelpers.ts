// Shared by the deploy suites: the fake paictl's log, a scripted stand-in for the dialogs, the
// extension's test API, and typing into the task terminal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceFolder } from '../helpers';

export interface FakeEvent {
  event: 'start' | 'copied' | 'prompt' | 'answer' | 'exit'; argv: string[];
  script?: string; cwd?: string; kubeconfigEnv?: string | null; files?: Record<string, string>; prompt?: string; answer?: string | null; code?: number;
}

/** $FAKE_PAICTL_LOG, set by the run (runs.ts); the fake paictl appends JSON lines to it. */
export function fakeLog(): string {
  const log = process.env.FAKE_PAICTL_LOG;
  assert.ok(log, 'FAKE_PAICTL_LOG is not set: this suite runs from test/integration/runs.ts');
  return log;
}

export function fakeEvents(): FakeEvent[] {
  if (!fs.existsSync(fakeLog())) { return []; }
  return fs.readFileSync(fakeLog(), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l) as FakeEvent);
}

/** The argument lists paictl.py received, in order. */
export function fakeCalls(): string[][] {
  return fakeEvents().filter(e => e.event === 'start').map(e => e.argv);
}

/** The answers paictl read from its stdin, in order. */
export function fakeAnswers(): (string | null | undefined)[] {
  return fakeEvents().filter(e => e.event === 'answer').map(e => e.answer);
}

/** Clears the log and the fake cluster, and sets what the fake does (exit codes per `<group> <command>`, the cluster id, services its checkout lacks, no configuration stored yet, a start that waits until a file exists). */
export function resetFake(control: { exitCodes?: Record<string, number>; clusterId?: string; missingServices?: string[]; noConfiguration?: boolean; holdStart?: string } = {}): void {
  fs.rmSync(fakeLog(), { force: true });
  fs.rmSync(`${fakeLog()}.cluster`, { recursive: true, force: true });
  fs.writeFileSync(`${fakeLog()}.control.json`, JSON.stringify(control));
}

export interface Shown { level: string; text: string; modal: boolean; detail?: string; buttons: string[] }
export interface InputShown { title: string; prompt: string; value: string }

/** Records every dialog; answers each with the first matching scripted answer (else dismisses it). */
export class ScriptedUi {
  shown: Shown[] = [];
  inputs: InputShown[] = [];
  answers: { match: RegExp; button: string | undefined }[] = [];
  /** What the cluster-id input box is answered with (undefined: dismissed). */
  inputAnswer: string | undefined = undefined;
  /** What the file picker returns (undefined: dismissed). */
  fileAnswer: string | undefined = undefined;
  message(level: string, text: string, options: { modal?: boolean; detail?: string }, ...buttons: string[]): Thenable<string | undefined> {
    this.shown.push({ level, text, modal: options.modal === true, detail: options.detail, buttons });
    const i = this.answers.findIndex(a => a.match.test(text));
    const answer = i >= 0 ? this.answers.splice(i, 1)[0].button : undefined;
    return Promise.resolve(answer);
  }
  pickFolder(folders: readonly string[]): Thenable<string | undefined> { return Promise.resolve(folders[0]); }
  input(options: InputShown): Thenable<string | undefined> {
    this.inputs.push({ title: options.title, prompt: options.prompt, value: options.value });
    return Promise.resolve(this.inputAnswer);
  }
  answer(match: RegExp, button: string | undefined): void { this.answers.push({ match, button }); }
  pickFile(): Thenable<string | undefined> { return Promise.resolve(this.fileAnswer); }
  reset(): void { this.shown = []; this.inputs = []; this.answers = []; this.inputAnswer = undefined; this.fileAnswer = undefined; }
}

export interface DeployApi { setUi(ui: unknown): unknown; forgetPylonRecords(): Promise<void> }

export async function deployApi(): Promise<DeployApi> {
  const ext = vscode.extensions.getExtension<{ deploy: DeployApi }>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  assert.ok(api?.deploy, 'activate() returned no deploy API');
  return api.deploy;
}

export const cfgFolder = () => path.join(workspaceFolder().uri.fsPath, 'cluster-cfg');
export const fakeScript = () => path.join(workspaceFolder().uri.fsPath, 'pai', 'paictl.py');

const copies: string[] = [];

/** Removes the folders copyConfig made, the fake's log, its cluster and its control file, and the temp copies a failed push leaves in paictl's folder. */
export function cleanUp(): void {
  for (const dir of copies.splice(0)) { fs.rmSync(dir, { recursive: true, force: true }); }
  const pai = path.dirname(fakeScript());
  for (const f of fs.readdirSync(pai).filter(n => n.startsWith('tmp-config-'))) { fs.rmSync(path.join(pai, f), { recursive: true, force: true }); }
  fs.rmSync(fakeLog(), { force: true });
  fs.rmSync(`${fakeLog()}.cluster`, { recursive: true, force: true });
  fs.rmSync(`${fakeLog()}.control.json`, { force: true });
}

/** A copy of cluster-cfg in a temp folder named `name`, edited by `edit(file, text)`, without `drop` files. */
export function copyConfig(name: string, edit: (file: string, text: string) => string = (_f, t) => t, drop: string[] = []): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'openpai-deploy-'));
  copies.push(tmp);
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(cfgFolder())) {
    if (drop.includes(f)) { continue; }
    fs.writeFileSync(path.join(dir, f), edit(f, fs.readFileSync(path.join(cfgFolder(), f), 'utf8')));
  }
  return dir;
}

/** Waits until the fake asks (`prompt` without an answer yet), then types `text` + Enter into the task terminal. */
export async function typeAnswer(text: string, promptPattern: RegExp): Promise<void> {
  await waitFor(() => {
    const ev = fakeEvents();
    const last = ev.map(e => e.event).lastIndexOf('prompt');
    return last >= 0 && !ev.slice(last).some(e => e.event === 'answer') && promptPattern.test(ev[last].prompt ?? '');
  }, 30_000, `the fake paictl to ask ${promptPattern}`);
  const terminal = vscode.window.activeTerminal ?? vscode.window.terminals[vscode.window.terminals.length - 1];
  assert.ok(terminal, 'no terminal to type into');
  terminal.sendText(text, true);
}
