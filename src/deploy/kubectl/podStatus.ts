import { MARKETPLACE_SERVICES } from './args';

/** What `openpai.showMarketplaceStatus` resolves to, per service. */
export interface ServiceStatus {
  name: string;
  ready: boolean;
  /** ImagePullBackOff, CrashLoopBackOff, PortInUse, Unschedulable, NoPods, NotReady, ... */
  reason?: string;
  detail?: string;
}

export interface MarketplaceStatus { services: ServiceStatus[] }

/** A pod as `kubectl get pods -o json` prints it (the fields read here). */
export interface Pod {
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { containers?: { name?: string; image?: string }[] };
  status?: {
    phase?: string;
    conditions?: { type?: string; status?: string; reason?: string; message?: string }[];
    containerStatuses?: ContainerStatus[];
  };
}

interface ContainerStatus {
  name?: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string; message?: string }; running?: object; terminated?: { reason?: string; exitCode?: number; message?: string } };
  lastState?: { terminated?: { reason?: string; exitCode?: number } };
}

/** A kubectl event (`kubectl get events -o json` items). */
export interface KubeEvent { type?: string; reason?: string; message?: string; lastTimestamp?: string; eventTime?: string; count?: number }

/** Why a pod is not ready, and what else to ask kubectl about it. */
export interface PodDiagnosis {
  pod: string;
  reason: string;
  detail: string;
  /** Its last log lines tell why (a crash). */
  wantsLogs: boolean;
  /** Its events tell why (scheduling, image pulls). */
  wantsEvents: boolean;
}

/** The `items` of a kubectl list; throws a one-line error when the text is not one. */
export function listItems<T>(json: string): T[] {
  let parsed: unknown;
  try { parsed = JSON.parse(json); } catch { throw new Error('kubectl printed something that is not JSON'); }
  const items = (parsed as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) { throw new Error('kubectl printed JSON without a list of items'); }
  return items as T[];
}

export function podReady(pod: Pod): boolean {
  return pod.status?.conditions?.some(c => c.type === 'Ready' && c.status === 'True') ?? false;
}

function imageOf(pod: Pod, status: ContainerStatus): string {
  return status.image ?? pod.spec?.containers?.find(c => c.name === status.name)?.image ?? '(unknown image)';
}

/** The first reason a pod is not ready, from its status alone. */
export function diagnosePod(pod: Pod): PodDiagnosis {
  const name = pod.metadata?.name ?? '(unnamed pod)';
  for (const c of pod.status?.containerStatuses ?? []) {
    const waiting = c.state?.waiting;
    if (!waiting?.reason || waiting.reason === 'ContainerCreating' || waiting.reason === 'PodInitializing') { continue; }
    if (waiting.reason === 'ImagePullBackOff' || waiting.reason === 'ErrImagePull' || waiting.reason === 'InvalidImageName') {
      return { pod: name, reason: waiting.reason, detail: `cannot pull the image ${imageOf(pod, c)}${waiting.message ? `: ${waiting.message}` : ''}`, wantsLogs: false, wantsEvents: true };
    }
    if (waiting.reason === 'CrashLoopBackOff') {
      const last = c.lastState?.terminated;
      const exit = last ? ` (last exit code ${last.exitCode ?? '?'}${last.reason ? `, ${last.reason}` : ''})` : '';
      return { pod: name, reason: 'CrashLoopBackOff', detail: `the container ${c.name ?? ''} keeps crashing: ${c.restartCount ?? 0} restarts${exit}`, wantsLogs: true, wantsEvents: false };
    }
    return { pod: name, reason: waiting.reason, detail: waiting.message ?? waiting.reason, wantsLogs: false, wantsEvents: true };
  }
  const scheduled = pod.status?.conditions?.find(c => c.type === 'PodScheduled');
  if (pod.status?.phase === 'Pending' && scheduled?.status === 'False') {
    return { pod: name, reason: scheduled.reason ?? 'Unschedulable', detail: scheduled.message ?? 'the pod is not scheduled on a node', wantsLogs: false, wantsEvents: true };
  }
  if (pod.status?.phase === 'Pending') {
    return { pod: name, reason: 'Pending', detail: 'the pod is waiting to start', wantsLogs: false, wantsEvents: true };
  }
  const terminated = pod.status?.containerStatuses?.find(c => c.state?.terminated);
  if (terminated) {
    const t = terminated.state!.terminated!;
    return { pod: name, reason: t.reason ?? 'Terminated', detail: `the container ${terminated.name ?? ''} exited with code ${t.exitCode ?? '?'}`, wantsLogs: true, wantsEvents: false };
  }
  return { pod: name, reason: 'NotReady', detail: `the pod is ${pod.status?.phase ?? 'in an unknown phase'} but not ready`, wantsLogs: true, wantsEvents: true };
}

const PORT_IN_USE = /EADDRINUSE|address already in use|could not bind|bind: address/i;
const SCHEDULER_PORTS = /free ports/i;

/** Passwords in connection strings (`postgres://user:secret@host`) never reach a report. */
export function redactLog(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s]*@/gi, '$1********@');
}

/** The diagnosis completed with the pod's events (newest last) and last log lines, when asked for. */
export function completeDiagnosis(d: PodDiagnosis, events: readonly KubeEvent[] | undefined, logs: string | undefined): { reason: string; detail: string } {
  let { reason, detail } = d;
  const warnings = (events ?? []).filter(e => e.type === 'Warning' && e.message);
  const last = warnings.at(-1);
  if (last?.message && d.wantsEvents) {
    detail = `${detail}\n${last.reason ?? 'Warning'}: ${last.message}`;
    if (SCHEDULER_PORTS.test(last.message)) { reason = 'PortInUse'; }
  }
  const lines = logs === undefined ? [] : redactLog(logs).split(/\r?\n/).filter(l => l.trim() !== '');
  if (lines.length > 0 && d.wantsLogs) {
    const portLine = lines.find(l => PORT_IN_USE.test(l));
    if (portLine) { reason = 'PortInUse'; detail = `a port is already in use on the master (${portLine.trim()}); ${detail}`; }
    detail = `${detail}\nlast log lines:\n${lines.join('\n')}`;
  }
  return { reason, detail };
}

/** The pods of each marketplace service (by the `app` label). */
export function podsByService(pods: readonly Pod[]): Map<string, Pod[]> {
  const out = new Map<string, Pod[]>(MARKETPLACE_SERVICES.map(s => [s, []]));
  for (const pod of pods) {
    const app = pod.metadata?.labels?.app;
    if (app && out.has(app)) { out.get(app)!.push(pod); }
  }
  return out;
}

/**
 * The status of every marketplace service. `explainPod` gives the completed reason of a not-ready pod
 * (the caller asks kubectl for its events and logs).
 */
export function serviceStatuses(pods: readonly Pod[], explainPod: (pod: Pod) => { reason: string; detail: string }): ServiceStatus[] {
  const statuses: ServiceStatus[] = [];
  for (const [name, own] of podsByService(pods)) {
    if (own.length === 0) {
      statuses.push({ name, ready: false, reason: 'NoPods', detail: `no ${name} pod: the service is not started (paictl service start -n ${name}), or no node is labelled pai-master=true` });
      continue;
    }
    const failing = own.find(p => !podReady(p));
    if (!failing) { statuses.push({ name, ready: true }); continue; }
    statuses.push({ name, ready: false, ...explainPod(failing) });
  }
  return statuses;
}
