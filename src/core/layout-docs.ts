/**
 * The keys of layout.yaml, as pai's code reads them (v1.4.0 to v1.8.0), written once for hovers and
 * completion. Each key names the file and line of pai that reads it (`sources`). A path uses `*` for
 * a machine-sku name or a machine-list item. Pure data and lookups; no layout.yaml schema exists in pai,
 * only its readers: deployment/clusterObjectModel/mainParser/layout.py (every `paictl service` command),
 * the services' parsers (src/<service>/config/*.py), the cluster-configuration templates, and from v1.5
 * the installer's check contrib/kubespray/script/validate_layout_schema.py (run at install, not by paictl).
 */
import type { YamlPath } from './document';

export interface LayoutValue {
  /** The value as PyYAML must read it (`'true'` is the string). */
  value: string | number;
  description: string;
}

export interface LayoutKeyDoc {
  /** `*` stands for any sku name (under machine-sku) or any machine (under machine-list). */
  path: readonly string[];
  title: string;
  /** Markdown: what it is, what pai does with it. */
  description: string;
  /** `string`, `integer`, `mapping`, `list`. */
  type: 'string' | 'integer' | 'string or integer' | 'mapping' | 'list';
  /** Who needs it and what fails without it; absent: optional. */
  required?: string;
  /** What pai uses when the key is absent. */
  default?: string;
  /** The values pai compares with (completion offers them). */
  values?: readonly LayoutValue[];
  /** Examples from pai's layouts (completion offers them too). */
  examples?: readonly string[];
  /** The OpenPAI versions that read it, in schema-docs' form (`>=1.5`, `<=1.4`); absent: v1.4 to v1.8. */
  versions?: string;
  /** pai's files and lines that read it, with the tags. */
  sources: readonly string[];
  /** Read only by paictl's own Kubernetes deployment, not by `paictl service` (offered last). */
  legacy?: boolean;
}

const LAYOUT_PY = 'deployment/clusterObjectModel/mainParser/layout.py';
const INSTALLER = 'contrib/kubespray/script/validate_layout_schema.py';
const START_SH = 'src/cluster-configuration/deploy/start.sh.template';
const GPU_JSON = 'src/cluster-configuration/deploy/gpu-configuration/gpu-configuration.json.template';
const LEGACY = "Read only by paictl's own Kubernetes deployment (`paictl cluster k8s-bootup`, deployment/k8sPaiLibrary); `paictl service` and the v1.5+ installer do not use it, and the installer's layout check refuses a machine with keys other than hostname, hostip, machine-type, pai-master, pai-worker and pai-storage.";

const STRING_BOOL = (what: string): LayoutValue[] => [
  { value: 'true', description: `The string "true" (quoted): ${what}.` },
  { value: 'false', description: 'The string "false" (quoted): the same as leaving the key out.' },
];

export const LAYOUT_KEYS: readonly LayoutKeyDoc[] = [
  {
    path: ['machine-sku'], title: 'machine types', type: 'mapping',
    description: 'The machine types (SKUs) of the cluster: each key is a name that machines give as `machine-type`, each value the resources of one such machine.',
    required: 'The layout parser reads it on every `paictl service` command and fails with KeyError: \'machine-sku\' without it.',
    sources: [`${LAYOUT_PY}:54 (v1.5.0-v1.8.0; :53 in v1.4.0)`, `${INSTALLER}:20`],
  },
  {
    path: ['machine-list'], title: 'the machines', type: 'list',
    description: 'One entry per machine of the cluster. paictl indexes the machines by `hostname` and stops with "duplicate hostname [...] in kubernetes-configuration" when two share one.',
    required: 'Every `paictl service` command reads it (KeyError: \'machine-list\' without it).',
    sources: [`${LAYOUT_PY}:32-35, :65-66 (v1.5.0-v1.8.0; :37, :57-58 in v1.4.0)`],
  },
  {
    path: ['kubernetes'], title: 'Kubernetes endpoints', type: 'mapping',
    description: 'The Kubernetes API server and dashboard URLs the services use (`api-servers-url`, `dashboard-url`). The v1.5+ installer keeps it "for legacy reasons".',
    required: 'v1.4: required (the layout parser reads it unconditionally: KeyError: \'kubernetes\'). v1.5+: optional.',
    default: 'v1.5+: `api-servers-url: https://<master hostip>:6443`, `dashboard-url: https://<master hostip>:9090`',
    sources: [`${LAYOUT_PY}:56-61 (v1.5.0-v1.8.0)`, `${LAYOUT_PY}:54 (v1.4.0)`, `${INSTALLER}:15-18`],
  },
  {
    path: ['kubernetes', 'api-servers-url'], title: 'Kubernetes API server', type: 'string',
    description: 'The URL of the Kubernetes API server, rendered into the services that talk to Kubernetes (frameworkcontroller, hivedscheduler, database-controller).',
    default: 'v1.5+: `https://<master hostip>:6443`',
    sources: [`${LAYOUT_PY}:60 (v1.5.0-v1.8.0)`, 'src/frameworkcontroller/deploy/frameworkcontroller.yaml.template:40 (v1.8.0)'],
  },
  {
    path: ['kubernetes', 'dashboard-url'], title: 'Kubernetes dashboard', type: 'string',
    description: 'The URL of the Kubernetes dashboard, rendered into pylon and the webportal.',
    default: 'v1.5+: `https://<master hostip>:9090`',
    sources: [`${LAYOUT_PY}:61 (v1.5.0-v1.8.0)`, 'src/pylon/deploy/pylon.yaml.template:67 (v1.8.0)', 'src/webportal/deploy/webportal.yaml.template:74 (v1.8.0)'],
  },
  {
    path: ['machine-sku', '*'], title: 'a machine type', type: 'mapping',
    description: 'A machine type (SKU): its name is what a machine\'s `machine-type` names; its keys are the resources of one machine: `mem`, `cpu.vcore`, and `computing-device` (v1.5+) or `gpu` (v1.4).',
    sources: [`${INSTALLER}:20-32, :60-67`],
  },
  {
    path: ['machine-sku', '*', 'mem'], title: 'memory', type: 'string or integer',
    description: 'The memory of one machine of this type. From v1.5 in Kubernetes\' quantity format (`60Gi`, `512Mi`), which the installer\'s pre-check compares with the machine\'s real memory ("the memory specified for this host is ...MB, but the host only have ...MB"); its check wants a string. The v1.4 example writes a number (`mem: 224`).',
    required: 'v1.5+ installer: required, a string (`\'mem\': str`).',
    examples: ['60Gi'],
    sources: [`${INSTALLER}:22`, 'contrib/kubespray/script/pre_check_generator.py:39 (v1.8.0)', 'examples/cluster-configuration/layout.yaml (v1.4.0)'],
  },
  {
    path: ['machine-sku', '*', 'cpu'], title: 'CPU', type: 'mapping',
    description: 'The CPU of one machine of this type: `vcore`, the number of virtual cores.',
    required: 'v1.5+ installer: required (`\'cpu\': {\'vcore\': int}`).',
    sources: [`${INSTALLER}:23-25`],
  },
  {
    path: ['machine-sku', '*', 'cpu', 'vcore'], title: 'CPU vcores', type: 'integer',
    description: 'The number of CPU virtual cores of one machine of this type; the installer\'s pre-check compares it with the machine.',
    required: 'v1.5+ installer: required, an integer.',
    sources: [`${INSTALLER}:24`, 'contrib/kubespray/script/pre_check_generator.py:40 (v1.8.0)'],
  },
  {
    path: ['machine-sku', '*', 'computing-device'], title: 'accelerators', type: 'mapping',
    description: 'The accelerators (GPUs and the like) of one machine of this type: `type`, `model`, `count`. A CPU-only machine type leaves it out. The GPU configuration, the device plugin and the rest server take the device type and count of each machine from here.',
    versions: '>=1.5',
    sources: [`${GPU_JSON}:3-6 (v1.5.0-v1.8.0)`, 'src/device-plugin/config/device_plugin.py:29-31', 'src/rest-server/config/rest_server.py:45-47', `${INSTALLER}:26-30`],
  },
  {
    path: ['machine-sku', '*', 'computing-device', 'type'], title: 'device type', type: 'string',
    description: 'The device plugin\'s resource name: `nvidia.com/gpu` for NVIDIA GPUs, `amd.com/gpu` for AMD GPUs, `enflame.com/dtu` for Enflame DTUs.',
    required: 'Required in a `computing-device` (a string).',
    examples: ['nvidia.com/gpu', 'amd.com/gpu', 'enflame.com/dtu'],
    versions: '>=1.5',
    sources: [`${INSTALLER}:27`, `${GPU_JSON}:5`, 'contrib/kubespray/config/layout.yaml (v1.8.0)'],
  },
  {
    path: ['machine-sku', '*', 'computing-device', 'model'], title: 'device model', type: 'string',
    description: 'The model of the device, e.g. `K80`.',
    required: 'Required in a `computing-device` by the installer (a string).',
    versions: '>=1.5',
    sources: [`${INSTALLER}:28`],
  },
  {
    path: ['machine-sku', '*', 'computing-device', 'count'], title: 'devices per machine', type: 'integer',
    description: 'How many devices one machine of this type has (the GPU configuration\'s `gpuCount`; the installer divides each worker\'s free memory and CPU by it).',
    required: 'Required in a `computing-device` (an integer).',
    versions: '>=1.5',
    sources: [`${INSTALLER}:29`, `${GPU_JSON}:6`, 'contrib/kubespray/script/openpai_generator.py:225-227 (v1.8.0)'],
  },
  {
    path: ['machine-sku', '*', 'gpu'], title: 'GPUs (v1.4)', type: 'mapping',
    description: 'v1.4: the GPUs of one machine of this type, `type` and `count`; the GPU configuration reads them. From v1.5 it is `computing-device`, and `gpu` is ignored.',
    versions: '<=1.4',
    sources: [`${GPU_JSON}:3-6 (v1.4.0)`, 'src/cluster-configuration/deploy/gpu-configuration/gpu-configuration.yml.template:19 (v1.4.0)'],
  },
  {
    path: ['machine-sku', '*', 'gpu', 'type'], title: 'GPU type (v1.4)', type: 'string',
    description: 'v1.4: the GPU type (`teslak80` in the example, `generic` in the quick start).', versions: '<=1.4',
    sources: [`${GPU_JSON}:5 (v1.4.0)`],
  },
  {
    path: ['machine-sku', '*', 'gpu', 'count'], title: 'GPUs per machine (v1.4)', type: 'integer',
    description: 'v1.4: how many GPUs one machine of this type has.', versions: '<=1.4',
    sources: [`${GPU_JSON}:6 (v1.4.0)`],
  },
  {
    path: ['machine-sku', '*', 'os'], title: 'operating system (v1.4 example)', type: 'string',
    description: 'The v1.4 example\'s note: "the only supported os version is Ubuntu16.04". No reader of layout.yaml uses it; the v1.5+ installer\'s check refuses it.',
    examples: ['ubuntu16.04'], versions: '<=1.4',
    sources: ['examples/cluster-configuration/layout.yaml (v1.4.0)'],
  },
  {
    path: ['machine-list', '*', 'hostname'], title: 'host name', type: 'string',
    description: 'The machine\'s name, unique in the list: paictl indexes the machines by it. From v1.5 it is also the Kubernetes node name the `pai-master`/`pai-worker` labels go on, and the installer wants it lowercase (letters, digits, `-`, `.`).',
    required: 'Every machine: the layout parser reads it for each one (KeyError: \'hostname\').',
    sources: [`${LAYOUT_PY}:32-35, :66 (v1.5.0-v1.8.0)`, `${START_SH}:45 (v1.8.0)`, `${INSTALLER}:36`],
  },
  {
    path: ['machine-list', '*', 'hostip'], title: 'IP address', type: 'string',
    description: 'The machine\'s IPv4 address, unique in the list. The master\'s is the cluster\'s address for paictl: the marketplace database host, the marketplace URIs, pylon and the default Kubernetes URLs are computed from it.',
    required: 'The master\'s: every parser that reads the master fails with KeyError: \'hostip\' without it. v1.5+ installer: every machine.',
    sources: [`${LAYOUT_PY}:43 (v1.5.0-v1.8.0)`, 'src/marketplace-db/config/marketplace_db.py:20', 'src/pylon/config/pylon.py:37 (v1.8.0)', `${INSTALLER}:37, :55-57`],
  },
  {
    path: ['machine-list', '*', 'machine-type'], title: 'machine type', type: 'string',
    description: 'The name of one of this file\'s `machine-sku` entries: the machine\'s memory, vcores and devices come from there.',
    required: 'Every machine; a name that is not in `machine-sku` fails the installer ("machine-type should be defined in machine-sku") and the GPU configuration template.',
    sources: [`${INSTALLER}:38, :60-67`, `${GPU_JSON}:3-6`],
  },
  {
    path: ['machine-list', '*', 'pai-master'], title: 'the OpenPAI master', type: 'string',
    description: 'Marks the one machine that runs OpenPAI\'s master services (pylon, the webportal, the rest server and the marketplace). paictl compares it with the **string** "true" (`host[\'pai-master\'] == \'true\'`): PyYAML reads an unquoted `true` (or `yes`, `on`) as a boolean, so write `pai-master: "true"` with the quotes.',
    required: 'Exactly one machine: v1.5+ the layout parser stops with "No master node specified" / "Only one pai-master node supported"; pylon wants "1 and only 1", the marketplace services at least one.',
    default: 'absent: not the master',
    values: STRING_BOOL('this machine is the master'),
    sources: [`${LAYOUT_PY}:38-43 (v1.5.0-v1.8.0)`, 'src/marketplace-db/config/marketplace_db.py:13', 'src/pylon/config/pylon.py:28 (v1.8.0)', `${START_SH}:44 (v1.8.0)`, `${INSTALLER}:39`],
  },
  {
    path: ['machine-list', '*', 'pai-worker'], title: 'an OpenPAI worker', type: 'string',
    description: 'Marks a machine that runs jobs: it gets the `pai-worker=true` label, the device plugin runs there, and the installer sizes the virtual clusters from the workers. Compared with the string "true", like `pai-master`. The installer wants at least one worker and refuses a master that is also a worker.',
    default: 'absent: not a worker',
    values: STRING_BOOL('jobs run on this machine'),
    sources: [`${START_SH}:49-50 (v1.8.0; :47-48 in v1.4.0)`, 'src/device-plugin/config/device_plugin.py:33 (v1.8.0)', 'contrib/kubespray/script/utils.py:59 (v1.8.0)', `${INSTALLER}:40, :80-87`],
  },
  {
    path: ['machine-list', '*', 'pai-storage'], title: 'an OpenPAI storage machine', type: 'string',
    description: 'Marks a machine for OpenPAI\'s storage services: it gets the `pai-storage=true` label. Compared with the string "true".',
    default: 'absent: not a storage machine',
    values: STRING_BOOL('this machine gets the pai-storage label'),
    sources: [`${START_SH}:54-55 (v1.8.0; :50-51 in v1.4.0)`, `${INSTALLER}:41`],
  },
  {
    path: ['machine-list', '*', 'nodename'], title: 'Kubernetes node name', type: 'string',
    description: 'The machine\'s Kubernetes node name. v1.4 puts the `pai-master`/`pai-worker`/`pai-storage` labels on it (v1.5+ uses `hostname`); the GPU configuration names the GPU nodes by it. The v1.4 example: "should be the same as hostip".',
    versions: '<=1.4',
    sources: [`${START_SH}:45 (v1.4.0)`, 'src/cluster-configuration/deploy/gpu-configuration/gpu-configuration.yml.template:19', 'examples/cluster-configuration/layout.yaml (v1.4.0)'],
  },
  {
    path: ['machine-list', '*', 'k8s-role'], title: 'Kubernetes role', type: 'string',
    description: `The machine's role in a Kubernetes cluster that paictl deploys itself: \`master\`, \`worker\` or \`proxy\`. ${LEGACY}`,
    values: [
      { value: 'master', description: 'A Kubernetes master (runs etcd: give it an `etcdid`).' },
      { value: 'worker', description: 'A Kubernetes worker.' },
      { value: 'proxy', description: 'A Kubernetes proxy.' },
    ],
    sources: ['deployment/clusterObjectModel/mainParser/kubernetes.py:36, :111-116'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'etcdid'], title: 'etcd member id', type: 'string',
    description: `The etcd member id of a \`k8s-role: master\` machine, unique among them. ${LEGACY}`,
    sources: ['deployment/k8sPaiLibrary/maintainlib/common.py:423 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'dashboard'], title: 'Kubernetes dashboard machine', type: 'string',
    description: `"true" on the machine that runs the Kubernetes dashboard (compared with the string "true"). ${LEGACY}`,
    values: STRING_BOOL('the Kubernetes dashboard runs here'),
    sources: ['deployment/clusterObjectModel/mainParser/kubernetes.py:60 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'zkid'], title: 'ZooKeeper id', type: 'string',
    description: `The master's ZooKeeper id (the v1.4 example: \`zkid: "1"\`), written into the host configuration. ${LEGACY}`,
    sources: ['src/cluster-configuration/deploy/host-configuration/host-configuration.yaml.template:24 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'docker-data'], title: 'Docker data folder', type: 'string',
    description: `Docker's data-root on the machine. ${LEGACY}`,
    examples: ['/var/lib/docker'],
    sources: ['deployment/k8sPaiLibrary/template/docker-daemon.json.template:7 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'sshport'], title: 'SSH port', type: 'string or integer',
    description: `The port paictl connects to over SSH to set the machine up. ${LEGACY}`,
    default: '`22`',
    sources: ['deployment/k8sPaiLibrary/maintainlib/common.py:188-192 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'username'], title: 'SSH user', type: 'string',
    description: `The user paictl logs in as over SSH (with \`password\` or \`keyfile-path\`). ${LEGACY}`,
    sources: ['deployment/k8sPaiLibrary/maintainlib/common.py:184 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'keyfile-path'], title: 'SSH key file', type: 'string',
    description: `The private key paictl logs in with over SSH. ${LEGACY}`,
    sources: ['deployment/k8sPaiLibrary/maintainlib/common.py:195-196 (v1.8.0)'], legacy: true,
  },
  {
    path: ['machine-list', '*', 'password'], title: 'SSH password', type: 'string',
    description: `The SSH password paictl logs in with: a secret in a file that \`paictl config push\` uploads to the cluster; prefer \`keyfile-path\`. ${LEGACY}`,
    sources: ['deployment/k8sPaiLibrary/maintainlib/common.py:186 (v1.8.0)'], legacy: true,
  },
];

function matches(path: YamlPath, pattern: readonly string[]): boolean {
  return path.length === pattern.length && path.every((s, i) => pattern[i] === '*' || s === pattern[i]);
}

/** The doc of the key at a layout.yaml path (`['machine-list', 0, 'pai-master']`), if pai reads it. */
export function layoutKeyAt(path: YamlPath): LayoutKeyDoc | undefined {
  return LAYOUT_KEYS.find(k => matches(path, k.path));
}

/** The keys pai reads directly under `path`, in this table's order (a sku's name is not a key to offer). */
export function layoutChildKeys(path: YamlPath): LayoutKeyDoc[] {
  return LAYOUT_KEYS.filter(k => k.path.length === path.length + 1 && matches(path, k.path.slice(0, -1)) && k.path[k.path.length - 1] !== '*');
}
