import type { RelatedLocation } from '../finding';
import { portsOnMaster, writtenLabel, writtenRange, type PortUse } from '../master-ports';
import { marketplaceAnchor } from '../anchors';
import { keyPath } from '../paths';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';

/** `rest-server (\`rest-server.server-port\`, a host port)`: the service, how its port is set, how it is bound. */
function who(use: PortUse): string {
  const { spec } = use;
  const setting = use.written ? writtenLabel(use.written) : spec.key ? `\`${keyPath(spec.key)}\`, default ${spec.port}` : 'a fixed port';
  const how = spec.binding === 'hostNetwork' ? 'on the host network' : 'a host port';
  const where = spec.everyNodeBut ? ` on every node without the label \`${spec.everyNodeBut}\`` : '';
  const when = spec.when ? `, deployed because ${spec.when.text}` : '';
  return `${spec.service} (${setting}, ${how}${where}${when})`;
}

/** A port no PAI service binds on the master: the marketplace default when it is free, else the next free one. */
function freePort(used: ReadonlySet<number>, from: number): number {
  let p = from;
  while (used.has(p) && p < 65535) { p++; }
  return p;
}

const CONSEQUENCE = 'the one that starts second cannot bind it and crash-loops, and paictl waits for it to become ready';

function conflict(ctx: RuleContext, market: PortUse, other: PortUse, used: ReadonlySet<number>): RuleFinding {
  const free = freePort(used, market.spec.port);
  const data = { port: market.port, service: other.spec.service, free };
  // The finding goes where the user wrote the clashing value: the marketplace key, else the other service's key.
  if (market.written || !other.written || other.written.file !== ctx.fileName) {
    const related: RelatedLocation[] = other.written ? [{ file: other.written.file, range: writtenRange(other.written), message: `${other.spec.service} takes port ${other.port} here` }] : [];
    return {
      range: market.written ? writtenRange(market.written) : marketplaceAnchor(ctx),
      message: `\`${keyPath(market.spec.key!)}\` is ${market.port}, which ${other.spec.service} already takes on the master: use ${free}, which is free.`,
      detail: `Port ${market.port} is taken by ${who(other)}. ${market.spec.service} runs with \`hostNetwork: true\` on the master, so ${CONSEQUENCE}.`,
      related,
      data,
    };
  }
  return {
    range: writtenRange(other.written),
    message: `${writtenLabel(other.written)} is ${other.port}, the port ${market.spec.service} listens on: choose another port here.`,
    detail: `${market.spec.service} listens on it (\`${keyPath(market.spec.key!)}\`, default ${market.spec.port}) with \`hostNetwork: true\` on the master, so ${CONSEQUENCE}. Or move ${market.spec.service} to a free port (${free} is free).`,
    related: ctx.doc.has([market.spec.service]) ? [{ file: ctx.fileName, range: ctx.doc.keyRange([market.spec.service]), message: `${market.spec.service} keeps its default port ${market.port}` }] : [],
    data,
  };
}

export const portConflict: RegisteredRule = {
  code: 'port-conflict',
  severity: 'error',
  fixable: false,
  description: 'A marketplace port (`marketplace-db.port`, the restserver\'s or webportal\'s `server-port`) is one another service already binds on the master (the marketplace uses the host network there).',
  docs: [
    '- **Catches:** `marketplace-db.port` (default 9291), `marketplace-restserver.server-port` (9292) or',
    '`marketplace-webportal.server-port` (9293) equal to each other, or to a port another PAI service binds on the master.',
    'The user\'s values count, else the defaults. The finding sits on the marketplace key. When that key keeps its',
    'default, it sits on the other service\'s key you set.',
    '- **Why:** the three marketplace DaemonSets run with `hostNetwork: true` on the master',
    '(`src/marketplace-*/deploy/*.yaml.template:18`). The one that starts second cannot bind the port and crash-loops,',
    'and paictl\'s readiness wait runs for hours. The other ports on the master, read from each service\'s',
    '`config/<service>.yaml` and deploy template (table in `src/core/master-ports.ts`):',
    '',
    '  | service | port | binding |',
    '  |---|---|---|',
    '  | rest-server | `rest-server.server-port`, 9186 | host port |',
    '  | webportal | `webportal.server-port`, 9286 | host port |',
    '  | pylon | `pylon.port`, 80; 443 (v1.4–1.7, always); `pylon.ssl.port`, 443 (v1.8, with `pylon.ssl`) | host port |',
    '  | prometheus | `prometheus.port`, 9091 | host network |',
    '  | grafana | 3000 (`grafana.port` changes only its URL) | host network |',
    '  | alert-manager | `alert-manager.port`, 9093 | host port |',
    '  | watchdog | 9101 | host network |',
    '  | node-exporter, job-exporter, log-manager | `port`: 9100, 9102, 9103 (every node) | host network / host port |',
    '  | postgresql | `postgresql.port`, 5432 | host network |',
    '  | database-controller | `database-controller.write-merger-port`, 9748 | host network |',
    '  | k8s-dashboard | layout.yaml `kubernetes.dashboard-url` port, 9090 (when `cluster.common.k8s-rbac` is not "false") | host network |',
    '  | dshuttle-master | `dshuttle.*_port`: 30998, 30999, 31001, 31002 (when `cluster.common.dshuttle` is \'true\') | host network |',
    '',
    '- **Fix:** none: choose a free port (the finding names one). A changed restserver or webportal port also changes the',
    'direct URIs.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-restserver:',
    '  server-port: 9292   # good; 9186 is the PAI rest-server\'s',
    '```',
  ],
  check(ctx) {
    const uses = portsOnMaster(ctx);
    const used = new Set(uses.map(u => u.port));
    const market = uses.filter(u => u.spec.marketplace);
    const out: RuleFinding[] = [];
    market.forEach((m, i) => {
      for (const other of uses) {
        if (other === m || other.port !== m.port) { continue; }
        // Two marketplace ports: reported once, at the one the user wrote (the later one when both are).
        if (other.spec.marketplace) {
          const j = market.indexOf(other);
          const reportHere = m.written && (!other.written || i > j);
          if (!reportHere) { continue; }
        }
        out.push(conflict(ctx, m, other, used));
      }
    });
    return out;
  },
};
