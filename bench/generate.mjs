// Generators of realistic services-configuration.yaml texts for the benchmark: many services and
// sections (as a large production cluster has), comments, lists, and the marketplace sections.

const HEADER = `# services-configuration.yaml for a large OpenPAI cluster (generated for the benchmark)
cluster:
  common:
    cluster-id: pai-bench
    cluster-type: k8s
    # HDFS, zookeeper data path on your cluster machine.
    data-path: "/datastorage"
    job-history: "true"
    qos-switch: "true"
    az-rdma: "false"
    k8s-rbac: "true"
    deploy-in-aks: "false"
    marketplace: "true"
  docker-registry:
    namespace: openpai
    domain: docker.io
    tag: v1.8.0
    secret-name: regsecret

rest-server:
  default-pai-admin-username: admin
  default-pai-admin-password: Long-Random-Passw0rd-For-Bench
  jwt-expire-time: '7d'

pylon:
  port: 80
  domain: pai.example.com
  ssl:
    crt_name: pai.crt
    crt_path: /home/pai/ssl/pai.crt
    key_name: pai.key
    key_path: /home/pai/ssl/pai.key
    port: 443

webportal:
  server-port: 9286
  marketplace: false
  save-template: true
  plugins:
  - id: marketplace
    title: Marketplace
    uri: https://pai.example.com/marketplace/plugin.js
  - id: submit-job-v2
    title: Submit Job v2
    uri: /scripts/plugins/submit-job-v2.js
    config:
      token: bench

marketplace-db:
  user: marketplace
  passwd: Another-Long-Passw0rd
  db: marketplace
  port: 9291
  data-path: /mnt/marketplace

marketplace-restserver:
  server-port: 9292
  azure_storage:
    type: blob
    storage_account: openpaimarketplace
    connection_strings: []

marketplace-webportal:
  server-port: 9293
  marketplace_api_uri: https://pai.example.com/marketplace/api
`;

/** One service section of about 40 lines: ports, resources, nested settings, lists, comments. */
function serviceSection(i) {
  const lines = [
    '',
    `# settings of internal service ${i}`,
    `bench-service-${i}:`,
    `  service_type: "k8s"`,
    `  port: ${10000 + i}`,
    `  log-level: info`,
    `  enabled: true`,
    `  image: "docker.io/openpai/bench-service-${i}:v1.8.0"`,
    `  resources:`,
    `    requests: {cpu: "500m", memory: "512Mi"}`,
    `    limits:`,
    `      cpu: "2"`,
    `      memory: "2Gi"`,
    `  storage:`,
    `    path: /mnt/bench/${i}`,
    `    size: ${i % 7 + 1}Ti`,
    `    # retention in days`,
    `    retention: ${30 + i % 60}`,
    `  rules:`,
  ];
  for (let r = 0; r < 5; r++) {
    lines.push(
      `  - name: rule-${i}-${r}`,
      `    expr: 'rate(pai_job_count{vc="vc${r}"}[5m]) > ${r}'`,
      `    for: ${r + 1}m`,
      `    labels: {severity: ${r % 2 ? 'warn' : 'critical'}}`,
    );
  }
  lines.push(
    `  virtual-clusters:`,
    `    default: {capacity: ${i % 100}, max-capacity: 100}`,
    `    vc${i}:`,
    `      capacity: ${(i * 7) % 100}`,
    `      admins: [alice, bob, carol]`,
    `      description: "virtual cluster ${i} for the benchmark, with a longer text to be realistic"`,
  );
  return lines.join('\n');
}

/** A services-configuration of about `lines` lines. */
export function realistic(lines) {
  const parts = [HEADER];
  let count = HEADER.split('\n').length;
  for (let i = 0; count < lines; i++) {
    const section = serviceSection(i);
    parts.push(section);
    count += section.split('\n').length;
  }
  return `${parts.join('\n')}\n`;
}

/** Anchors, aliases and merge keys everywhere, about `lines` lines. */
export function aliasHeavy(lines) {
  const out = [HEADER, '', 'x-defaults:'];
  const anchors = 50;
  for (let a = 0; a < anchors; a++) {
    out.push(`  d${a}: &d${a}`, `    port: ${9000 + a}`, `    log-level: info`, `    resources: &r${a} {cpu: "${a % 4 + 1}", memory: "${a % 8 + 1}Gi"}`, `    tags: &t${a} [a${a}, b${a}, c${a}]`);
  }
  for (let i = 0; out.length < lines; i++) {
    const a = i % anchors;
    const b = (i * 7) % anchors;
    out.push(
      `bench-alias-${i}:`,
      `  <<: [*d${a}, *d${b}]`,
      `  name: svc-${i}`,
      `  limits: *r${b}`,
      `  tags: *t${a}`,
      `  extra:`,
      `    <<: *d${b}`,
      `    copy: *r${a}`,
    );
  }
  out.push('bench-alias-last:', '  <<: *d1', '  user: marketplace');
  return `${out.join('\n')}\n`;
}

/** One branch nested `depth` levels deep (block mappings and sequences), with leaves at each level. */
export function deeplyNested(depth) {
  const out = [HEADER, 'bench-deep:'];
  for (let d = 1; d <= depth; d++) {
    const pad = '  '.repeat(d);
    out.push(`${pad}name-${d}: level ${d}`, `${pad}list-${d}: [${d}, ${d + 1}, {k: ${d}}]`, `${pad}# level ${d}`, `${pad}child-${d}:`);
  }
  out.push(`${'  '.repeat(depth + 1)}leaf: {a: [[[[[[[[1]]]]]]]], b: {c: {d: {e: {f: {g: {h: x}}}}}}}`);
  out.push('bench-deep-flow: ' + '['.repeat(200) + ']'.repeat(200));
  return `${out.join('\n')}\n`;
}

/** A marketplace section with `count` keys nobody knows (a pasted dump): the schema names each one. */
export function unknownKeys(count) {
  const out = [HEADER.replace('marketplace-webportal:\n', 'marketplace-webportal:\n  server-port: 9293\n').replace(/\nmarketplace-webportal:[\s\S]*$/, '\n'), 'marketplace-webportal:', '  server-port: 9293'];
  for (let i = 0; i < count; i++) { out.push(`  pasted-setting-${i}: value ${i}`); }
  return `${out.join('\n')}\n`;
}

/** `count` anchored values in one mapping, one in a hundred of them aliased (a generated file that shares values). */
export function manyAnchors(count) {
  const out = [HEADER, 'x-anchors:'];
  for (let i = 0; i < count; i++) { out.push(`  a${i}: &a${i} v${i}`); }
  out.push('x-aliases:');
  for (let i = 0; i < count; i += 100) { out.push(`  b${i}: *a${i}`); }
  return `${out.join('\n')}\n`;
}

/** One explicit key of `bytes` characters in a marketplace section (a pasted blob where a key should be). */
export function hugeKey(bytes) {
  return `${HEADER}  ? ${'k'.repeat(bytes)}\n  : x\n`;
}

export const LAYOUT = `machine-sku:
  master-machine:
    mem: 60GB
    cpu:
      vcore: 24
machine-list:
  - hostname: pai-master
    hostip: 10.0.0.1
    machine-type: master-machine
    pai-master: "true"
`;

export const CONFIG = `user: pai
docker_image_tag: v1.8.0
`;

export function cases() {
  return [
    { name: 'realistic-200', text: realistic(200) },
    { name: 'realistic-2k', text: realistic(2000) },
    { name: 'realistic-20k', text: realistic(20000) },
    { name: 'alias-heavy-1k', text: aliasHeavy(1000) },
    { name: 'deep-150', text: deeplyNested(150) },
    // The deepest nesting paictl's PyYAML still loads (src/core/pyyaml/recursion.ts), and one it cannot.
    { name: 'deep-450', text: deeplyNested(450) },
    { name: 'deep-1000', text: deeplyNested(1000) },
    { name: 'unknown-keys-20k', text: unknownKeys(20000) },
    { name: 'anchors-50k', text: manyAnchors(50000) },
    { name: 'key-1mb', text: hugeKey(1_000_000) },
  ];
}
