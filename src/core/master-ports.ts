import { isScalar, Scalar } from 'yaml';
import type { ParsedDocument, YamlPath } from './document';
import type { Range } from './finding';
import { readPlain11, type PyValue } from './manifest-value';
import { keyPath } from './paths';
import type { RuleContext } from './rule';
import { DEFAULT_API_PORT, DEFAULT_PLUGIN_PORT, parseUri } from './uris';
import { compareVersions, type PaiVersion } from './version';

/**
 * The ports PAI's services bind on the master node: with `hostNetwork: true`, or as a container
 * `hostPort`. Read from each service's config/<service>.yaml (the default) and deploy/*.yaml.template
 * (the binding) at v1.4.0–v1.8.0; the line numbers are v1.8.0's unless a tag is named.
 */
export interface MasterPort {
  /** The PAI service (its folder under src/). */
  service: string;
  /** The key in services-configuration.yaml that sets the port; none when the port is fixed. */
  key?: YamlPath;
  port: number;
  binding: 'hostNetwork' | 'hostPort';
  /** Runs on every node, the master included, unless the node has this label. */
  everyNodeBut?: string;
  since?: PaiVersion;
  until?: PaiVersion;
  /** Deployed only when the file says so (read as paictl's Python sees it). */
  when?: { holds: (doc: ParsedDocument) => boolean; text: string };
  /** Where pai binds it. */
  source: string;
  /** One of the three marketplace services (the ports this project's rule protects). */
  marketplace?: true;
}

/** What paictl's Python holds at `path` (PyYAML reads plain scalars as YAML 1.1); undefined when absent or a collection. */
export function pyValueAt(doc: ParsedDocument, path: YamlPath): PyValue | undefined {
  const loc = doc.locate(path);
  if (!loc) { return undefined; }
  const node = loc.node;
  if (node === null) { return { kind: 'null' }; }
  if (!isScalar(node)) { return undefined; }
  if (node.type === Scalar.PLAIN) {
    return readPlain11(typeof node.source === 'string' ? node.source : node.value === null ? '' : String(node.value));
  }
  return typeof node.value === 'string' ? { kind: 'str', text: node.value } : undefined;
}

const isStr = (doc: ParsedDocument, path: YamlPath, text: string) => {
  const v = pyValueAt(doc, path);
  return v?.kind === 'str' && v.text === text;
};

export const MASTER_PORTS: readonly MasterPort[] = [
  { service: 'marketplace-db', key: ['marketplace-db', 'port'], port: 9291, binding: 'hostNetwork', marketplace: true, source: 'src/marketplace-db/deploy/marketplace-db.yaml.template:18,32' },
  { service: 'marketplace-restserver', key: ['marketplace-restserver', 'server-port'], port: DEFAULT_API_PORT, binding: 'hostNetwork', marketplace: true, source: 'src/marketplace-restserver/deploy/marketplace-restserver.yaml.template:18,58 (v1.4.0 :18,36)' },
  { service: 'marketplace-webportal', key: ['marketplace-webportal', 'server-port'], port: DEFAULT_PLUGIN_PORT, binding: 'hostNetwork', marketplace: true, source: 'src/marketplace-webportal/deploy/marketplace-webportal.yaml.template:18,34 (v1.4.0 :18,26)' },
  { service: 'rest-server', key: ['rest-server', 'server-port'], port: 9186, binding: 'hostPort', source: 'src/rest-server/deploy/rest-server.yaml.template:156 (v1.4.0 :140)' },
  { service: 'webportal', key: ['webportal', 'server-port'], port: 9286, binding: 'hostPort', source: 'src/webportal/deploy/webportal.yaml.template:123 (v1.4.0 :98)' },
  { service: 'pylon', key: ['pylon', 'port'], port: 80, binding: 'hostPort', source: 'src/pylon/deploy/pylon.yaml.template:99 (v1.4.0 :97)' },
  { service: 'pylon', port: 443, binding: 'hostPort', until: '1.7', source: 'src/pylon/deploy/pylon.yaml.template:100 at v1.4.0 (:102 at v1.7.0), with or without pylon.ssl' },
  {
    service: 'pylon', key: ['pylon', 'ssl', 'port'], port: 443, binding: 'hostPort', since: '1.8',
    when: { holds: doc => doc.has(['pylon', 'ssl']), text: '`pylon.ssl` is set' },
    source: 'src/pylon/deploy/pylon.yaml.template:100-103',
  },
  { service: 'prometheus', key: ['prometheus', 'port'], port: 9091, binding: 'hostNetwork', source: 'src/prometheus/deploy/prometheus-deployment.yaml.template:42,64' },
  // grafana.port only changes GRAFANA_URL: grafana-server keeps its own default port (src/grafana/src/run-grafana.sh).
  { service: 'grafana', port: 3000, binding: 'hostNetwork', source: 'src/grafana/deploy/grafana.yaml.template:32' },
  { service: 'alert-manager', key: ['alert-manager', 'port'], port: 9093, binding: 'hostPort', source: 'src/alert-manager/deploy/alert-manager-deployment.yaml.template:54 (v1.4.0 :53)' },
  { service: 'watchdog', port: 9101, binding: 'hostNetwork', source: 'src/watchdog/deploy/watchdog.yaml.template:67-68,76' },
  { service: 'node-exporter', key: ['node-exporter', 'port'], port: 9100, binding: 'hostNetwork', everyNodeBut: 'no-nodeexporter', source: 'src/node-exporter/deploy/node-exporter.yaml.template:86,98' },
  { service: 'job-exporter', key: ['job-exporter', 'port'], port: 9102, binding: 'hostNetwork', everyNodeBut: 'no-jobexporter', source: 'src/job-exporter/deploy/job-exporter.yaml.template:108,136' },
  { service: 'log-manager', key: ['log-manager', 'port'], port: 9103, binding: 'hostPort', everyNodeBut: 'no-logmanager', source: 'src/log-manager/deploy/log-manager.yaml.template:66' },
  { service: 'postgresql', key: ['postgresql', 'port'], port: 5432, binding: 'hostNetwork', source: 'src/postgresql/deploy/postgresql.yaml.template:32,54 (v1.4.0 :32,46)' },
  { service: 'database-controller', key: ['database-controller', 'write-merger-port'], port: 9748, binding: 'hostNetwork', source: 'src/database-controller/deploy/database-controller.yaml.template:22,106' },
  {
    // The port comes from layout.yaml's kubernetes.dashboard-url (k8s_dashboard.py; default https://<master>:9090 from v1.5).
    service: 'k8s-dashboard', port: 9090, binding: 'hostNetwork',
    when: { holds: doc => doc.has(['cluster', 'common', 'k8s-rbac']) && !isStr(doc, ['cluster', 'common', 'k8s-rbac'], 'false'), text: '`cluster.common.k8s-rbac` is not "false"' },
    source: 'src/k8s-dashboard/deploy/k8s-dashboard.yaml.template:35,43 and start.sh.template:22',
  },
  ...([['master_rpc_port', 30998], ['master_web_port', 30999], ['job_master_rpc_port', 31001], ['job_master_web_port', 31002]] as const).map(([key, port]): MasterPort => ({
    service: 'dshuttle-master', key: ['dshuttle', key], port, binding: 'hostNetwork',
    when: { holds: doc => isStr(doc, ['cluster', 'common', 'dshuttle'], 'true'), text: '`cluster.common.dshuttle` is \'true\'' },
    source: 'src/dshuttle-master/deploy/dshuttle-master.yaml.template:33 and start.sh.template:20',
  })),
];

/** One port bound on the master in this file's cluster. */
export interface PortUse {
  spec: MasterPort;
  port: number;
  /** Where the port is written, when the user set it (this file, or layout.yaml for k8s-dashboard). */
  written?: WrittenPort;
}

/** A port the user wrote: where, and (for a finding only) its range and how a message names it. */
export interface WrittenPort {
  file: string;
  doc: ParsedDocument;
  path: YamlPath;
  /** How a message names it, when not by its key path. */
  label?: string;
}

export function writtenRange(w: WrittenPort): Range { return w.doc.valueRange(w.path); }
export function writtenLabel(w: WrittenPort): string { return w.label ?? `\`${keyPath(w.path)}\``; }

/** An integer port from what paictl's Python holds (a digit string renders the same in the templates). */
function portOf(v: PyValue | undefined): number | undefined {
  if (v?.kind === 'int' && v.value >= 1n && v.value <= 65535n) { return Number(v.value); }
  if (v?.kind === 'str' && /^\d{1,5}$/.test(v.text)) { return Number(v.text); }
  return undefined;
}

function inVersion(spec: MasterPort, version: PaiVersion): boolean {
  return (!spec.since || compareVersions(version, spec.since) >= 0) && (!spec.until || compareVersions(version, spec.until) <= 0);
}

function dashboardUse(ctx: RuleContext, spec: MasterPort): PortUse | undefined {
  const layout = ctx.siblings.get('layout.yaml');
  const path = ['kubernetes', 'dashboard-url'];
  const url = layout?.doc.valueAt(path);
  if (!layout || typeof url !== 'string') { return { spec, port: spec.port }; }
  const port = parseUri(url)?.port;
  if (port === undefined) { return undefined; }
  return { spec, port: Number(port), written: { file: layout.path, doc: layout.doc, path, label: 'layout.yaml `kubernetes.dashboard-url`' } };
}

/**
 * Every port bound on the master for this file and version, with the value paictl uses (the
 * user's, else the default). A value paictl could not use as a port is left out (the schema reports it).
 */
export function portsOnMaster(ctx: RuleContext): PortUse[] {
  const out: PortUse[] = [];
  for (const spec of MASTER_PORTS) {
    if (!inVersion(spec, ctx.version) || (spec.when && !spec.when.holds(ctx.doc))) { continue; }
    if (spec.service === 'k8s-dashboard') {
      const use = dashboardUse(ctx, spec);
      if (use) { out.push(use); }
      continue;
    }
    if (!spec.key || !ctx.doc.has(spec.key)) { out.push({ spec, port: spec.port }); continue; }
    const port = portOf(pyValueAt(ctx.doc, spec.key));
    if (port === undefined) { continue; }
    out.push({ spec, port, written: { file: ctx.fileName, doc: ctx.doc, path: spec.key } });
  }
  return out;
}
