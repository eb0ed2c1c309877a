import * as assert from 'node:assert/strict';
import { readTagText, resolveVersion, versionFromTag } from '../../../src/core/version';
import { findings, layoutWithMaster, run, textAt, yaml, said } from '../helpers';

/** A v1.x file whose verdict depends on the version: on v1.4/1.5 it lacks marketplace_api_uri and the plugin entry. */
function config(tag?: string): string {
  return yaml(
    'cluster:',
    '  common:',
    '    cluster-id: pai',
    '    cluster-type: k8s',
    "    marketplace: 'true'",
    '  docker-registry:',
    '    namespace: openpai',
    '    domain: docker.io',
    ...(tag === undefined ? [] : [`    tag: ${tag}`]),
    'rest-server:',
    '  server-port: 9186',
    'marketplace-db:',
    '  user: mpuser',
    '  passwd: s3cret-Pw',
    'marketplace-restserver:',
    '  db_user: mpuser',
    '  db_password: s3cret-Pw',
    'marketplace-webportal: {}',
  );
}

const FOLDER = { 'layout.yaml': layoutWithMaster() };

describe('pai-version', () => {
  it('a v1.0 cluster is no longer judged as v1.8: a warning on the tag, and only syntax runs', () => {
    const text = config('v1.0.0');
    const result = run(text, { files: { ...FOLDER, 'config.yaml': 'docker_image_tag: v1.0.0\n' } });
    assert.deepEqual(result.findings.map(f => f.code), ['pai-version']);
    const [f] = result.findings;
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'v1.0.0');
    assert.match(said(f), /names OpenPAI v1\.0, before the marketplace services.*\n.*no marketplace services before v1\.4\.0/);
    assert.match(f.message, /only the YAML syntax was checked/);
    assert.match(said(f), /`openpai\.paiVersion`.*`--pai-version`/);
    assert.equal(result.releaseBeforeMarketplace, '1.0');
    assert.equal(result.paiVersionSource, 'docker-registry.tag');
  });

  it('below v1.4 the syntax is still checked', () => {
    const text = `${config('v0.14.0')}marketplace-db:\n  user: again\n`;
    const codes = run(text, { files: FOLDER }).findings.map(f => f.code);
    assert.ok(codes.includes('syntax'), codes.join());
    assert.ok(codes.every(c => c === 'syntax' || c === 'pai-version'), codes.join());
  });

  it('the same file as v1.5 gets the v1.4/1.5 findings back', () => {
    const codes = run(config('v1.5.0'), { files: FOLDER }).findings.map(f => f.code);
    assert.ok(codes.includes('api-uri') && codes.includes('plugin-missing'), codes.join());
    assert.ok(!codes.includes('pai-version'), codes.join());
  });

  it('an old release named in config.yaml points at the marketplace and relates config.yaml\'s line', () => {
    const text = config();
    const [f] = findings(text, 'pai-version', { files: { ...FOLDER, 'config.yaml': 'user: admin\ndocker_image_tag: v1.3.0\n' } });
    assert.equal(f.severity, 'warning');
    assert.equal(textAt(text, f.range), 'marketplace-db');
    assert.equal(f.related[0].file, '/cluster/config.yaml');
    assert.deepEqual(f.related[0].range.start, { line: 1, character: 18 });
    assert.match(said(f), /names OpenPAI v1\.3.*\nconfig\.yaml's `docker_image_tag: v1\.3\.0`/);
  });

  it('latest: says which version the file was checked as, and how to set it (info)', () => {
    const text = config('latest');
    const [f, ...rest] = findings(text, 'pai-version', { files: FOLDER });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'info');
    assert.equal(textAt(text, f.range), 'latest');
    assert.match(said(f), /`latest` names no OpenPAI release: checked as v1\.8, the latest; set the version\.\n`cluster\.docker-registry\.tag: latest` names no release/);
    assert.match(said(f), /`openpai\.paiVersion`.*`--pai-version`/);
    assert.equal(run(text, { files: FOLDER }).paiVersionSource, 'default');
  });

  it('latest in the file but a release in config.yaml: says where the version came from', () => {
    const result = run(config('latest'), { files: { ...FOLDER, 'config.yaml': 'docker_image_tag: v1.6.0\n' } });
    const [f] = result.findings.filter(x => x.code === 'pai-version');
    assert.match(said(f), /the version \(v1\.6\) was read from config\.yaml\..*\n.*config\.yaml's `docker_image_tag: v1\.6\.0` names v1\.6/);
    assert.equal(result.paiVersion, '1.6');
    assert.equal(result.paiVersionSource, 'config.yaml');
  });

  it('no tag anywhere: an info on cluster.docker-registry naming the assumed version', () => {
    const text = config();
    const [f] = findings(text, 'pai-version', { files: FOLDER });
    assert.equal(f.severity, 'info');
    assert.equal(textAt(text, f.range), 'docker-registry');
    assert.match(said(f), /No OpenPAI version in the files, so this was checked as v1\.8, the latest.*\nThere is no `cluster\.docker-registry\.tag`, and no `docker_image_tag` in config\.yaml/);
  });

  it('a release newer than v1.8 is checked as v1.8 and says so', () => {
    const [f] = findings(config('v2.0.0'), 'pai-version', { files: FOLDER });
    assert.equal(f.severity, 'info');
    assert.match(said(f), /names OpenPAI v2\.0, newer than these checks know: the file was checked as v1\.8\.\n.*know v1\.4 to v1\.8/);
  });

  it('is silent when the version is stated: a release tag, a build suffix, the option, or a file without marketplace', () => {
    assert.deepEqual(findings(config('v1.8.0'), 'pai-version', { files: FOLDER }), []);
    assert.deepEqual(findings(config('v1.8.0-mycorp'), 'pai-version', { files: FOLDER }), []);
    assert.deepEqual(findings(config('latest'), 'pai-version', { files: FOLDER, paiVersion: '1.5' }), []);
    assert.deepEqual(findings(config('v1.0.0'), 'pai-version', { files: FOLDER, paiVersion: '1.5' }), []);
    assert.deepEqual(findings(yaml('cluster:', '  docker-registry:', '    tag: latest', 'rest-server: {}'), 'pai-version', { files: FOLDER }), []);
  });

  it('the option wins over an old tag: every rule runs', () => {
    const result = run(config('v1.0.0'), { files: FOLDER, paiVersion: '1.5' });
    assert.equal(result.releaseBeforeMarketplace, undefined);
    assert.ok(result.findings.some(f => f.code === 'api-uri'));
  });
});

describe('reading a tag', () => {
  it('releases, suffixes, newer and older releases, and tags that name none', () => {
    assert.deepEqual(readTagText('v1.8.0'), { kind: 'known', version: '1.8', release: '1.8' });
    assert.deepEqual(readTagText('1.6.1'), { kind: 'known', version: '1.6', release: '1.6' });
    assert.deepEqual(readTagText('v1.8.0-mycorp'), { kind: 'known', version: '1.8', release: '1.8' });
    assert.deepEqual(readTagText('v1.7.0+build.5'), { kind: 'known', version: '1.7', release: '1.7' });
    assert.deepEqual(readTagText('v1.10.0'), { kind: 'newer', release: '1.10' });
    assert.deepEqual(readTagText('v1.0.0'), { kind: 'before-marketplace', release: '1.0' });
    assert.deepEqual(readTagText('v0.14.0'), { kind: 'before-marketplace', release: '0.14' });
    for (const none of ['latest', 'mycorp-v1.8', '0c1a96b7', 'stable']) { assert.deepEqual(readTagText(none), { kind: 'unreadable' }, none); }
  });
  it('versionFromTag: a number as PyYAML reads `tag: 1.6`, nothing for old or unreadable tags', () => {
    assert.equal(versionFromTag(1.6), '1.6');
    assert.equal(versionFromTag('v1.3.0'), undefined);
    assert.equal(versionFromTag('latest'), undefined);
    assert.equal(versionFromTag(null), undefined);
  });
  it('resolveVersion: the first tag that names a release decides; unreadable ones are remembered', () => {
    const r = resolveVersion('auto', 'latest', 'v1.5.0');
    assert.equal(r.version, '1.5');
    assert.equal(r.source, 'config.yaml');
    assert.deepEqual(r.unreadable.map(t => t.text), ['latest']);
    assert.equal(resolveVersion('auto', 'v1.2.0', 'v1.8.0').beforeMarketplace, '1.2');
    assert.equal(resolveVersion('1.7', 'v1.2.0', undefined).source, 'option');
  });
});
