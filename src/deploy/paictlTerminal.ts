/**
 * paictl in a task terminal, run as a child process with an argument vector (no shell, so no
 * quoting). The admin sees everything paictl prints and can type into it (Y/N, Ctrl+C); the
 * cluster-id prompt is answered with the id the admin gave once, when there is one.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as l10n from '@vscode/l10n';
import * as os from 'os';
import { StringDecoder } from 'string_decoder';
import * as vscode from 'vscode';
import { LineInput } from './lineInput';
import { paictlEnv, pushFolderPlan, withPushFolder } from './paictlEnv';
import { PromptWatcher } from './paictlOutput';
import { stageFolder, type StagedFolder } from './stageFolder';

export interface PaictlRun {
  /** The argument vector that ran (interpreter first; a staged push folder in place of the original). */
  argv: string[];
  /** undefined: no exit code (it could not start, was stopped, or was refused before it started). */
  exitCode?: number;
  /** stdout and stderr, as they arrived. */
  output: string;
  /** Set when it never started, in words. */
  error?: string;
}

export interface PaictlOptions {
  argv: string[];
  cwd: string;
  kubeconfig?: string;
  /** Answers each cluster-id prompt; undefined: the admin types it. */
  clusterId?: string;
}

const toTerminal = (s: string) => s.replace(/\r?\n/g, '\r\n');
const dim = (s: string) => `\x1b[2m${s}\x1b[0m`;

export class PaictlTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private child: ChildProcess | undefined;
  private staged: StagedFolder | undefined;
  private readonly input = new LineInput();
  private output = '';
  private finished = false;

  constructor(private readonly options: PaictlOptions, private readonly done: (run: PaictlRun) => void) {}

  private write(text: string): void { this.written.fire(toTerminal(text)); }

  private finish(run: Omit<PaictlRun, 'output'>): void {
    if (this.finished) { return; }
    this.finished = true;
    this.staged?.remove();
    if (run.error) { this.write(`${run.error}\n`); }
    this.done({ ...run, output: this.output });
    this.closed.fire(run.exitCode ?? 1);
  }

  open(): void {
    let argv = this.options.argv;
    const p = argv.indexOf('-p');
    if (p >= 0 && argv[p + 1] !== undefined) {
      const plan = pushFolderPlan(argv[p + 1], os.tmpdir());
      if (plan.kind === 'refuse') { this.finish({ argv, error: plan.message }); return; }
      if (plan.kind === 'stage') {
        try {
          this.staged = stageFolder(argv[p + 1], os.tmpdir());
        } catch (e) {
          this.finish({ argv, error: l10n.t('Could not copy the config folder to a temporary folder: {0}', e instanceof Error ? e.message : String(e)) });
          return;
        }
        argv = withPushFolder(argv, this.staged.path);
        this.write(dim(`${l10n.t('{0}; pushing a copy from {1}.', plan.why, this.staged.path)}\n`));
      }
    }
    this.write(dim(`${this.options.cwd}$ ${argv.join(' ')}\n`));
    const [command, ...args] = argv;
    const child = spawn(command, args, { cwd: this.options.cwd, env: paictlEnv(process.env, this.options.kubeconfig), stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    this.child = child;
    const watcher = new PromptWatcher();
    const out = new StringDecoder('utf8');
    const err = new StringDecoder('utf8');
    child.stdout!.on('data', (d: Buffer) => {
      const text = out.write(d);
      this.output += text;
      this.write(text);
      if (watcher.feed(text) === 'cluster-id' && this.options.clusterId !== undefined) {
        child.stdin!.write(`${this.options.clusterId}\n`);
        this.write(`${this.options.clusterId}\n`);
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      const text = err.write(d);
      this.output += text;
      this.write(text);
    });
    child.stdin!.on('error', () => { /* paictl exited while we wrote */ });
    child.on('error', e => this.finish({ argv, error: l10n.t('Could not start {0}: {1}', command, e.message) }));
    child.on('close', (code, signal) => {
      this.write(dim(`\n${signal ? l10n.t('paictl was stopped ({0}).', signal) : l10n.t('paictl exited with code {0}.', code ?? '?')}\n`));
      this.finish({ argv, exitCode: code ?? undefined });
    });
  }

  handleInput(data: string): void {
    const r = this.input.handle(data);
    if (r.echo) { this.written.fire(r.echo); }
    const stdin = this.child?.stdin;
    if (!stdin || stdin.destroyed) { return; }
    for (const line of r.lines) { stdin.write(`${line}\n`); }
    if (r.interrupt) { this.child?.kill('SIGINT'); }
    if (r.endOfInput) { stdin.end(); }
  }

  /** The terminal was closed or the task terminated: stop paictl. */
  close(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) { this.child.kill('SIGTERM'); }
    if (!this.child) { this.finish({ argv: this.options.argv }); }
  }
}
