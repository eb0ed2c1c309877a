/**
 * What the CLI prints is safe to put in a CI log: no secret of the checked file in any format, and
 * nothing a terminal or GitHub Actions would interpret (escape sequences, workflow commands, bidi
 * controls). The built dist/cli.js on real-shaped files, in every format.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, folder, useCliWorkFolder, work } from './cli-run';
import { yaml } from './helpers';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** A complete v1.5 config where every kind of secret shows up in a finding or a fix. */
const SECRETS = {
  dbPassword: '98765432123',
  restserverPassword: 'Rs-Pl4ceh0lder',
  registryPassword: 'Reg1stry-S3cret',
  adminPassword: 'Adm1n-S3cret-Pw',
  accountKey: 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=',
  token: 'T0ken-V4lue-99',
} as const;

const SECRET_CONFIG = yaml(
  '# services-configuration.yaml of a v1.5 cluster',
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  '    cluster-type: k8s',
  '    marketplace: true',
  '  docker-registry:',
  '    namespace: openpai',
  '    domain: registry.example.com',
  '    tag: v1.5.0',
  '    username: puller',
  `    password: ${SECRETS.registryPassword}`,
  '    secret-name: regsecret',
  'rest-server:',
  '  default-pai-admin-username: admin',
  `  default-pai-admin-password: ${SECRETS.adminPassword}`,
  'pylon:',
  '  port: 80',
  'webportal:',
  '  server-port: 9286',
  'marketplace-db:',
  '  user: mpuser',
  `  passwd: ${SECRETS.dbPassword}`,
  '  db: marketplace',
  'marketplace-restserver:',
  '  db_user: mpuser',
  `  db_password: <${SECRETS.restserverPassword}>`,
  `  api-token: ${SECRETS.token}`,
  '  azure_storage:',
  '    type: blob',
  '    storage_account: openpaimarketplace',
  `    connection_strings: "DefaultEndpointsProtocol=https;AccountName=openpaimarketplace;AccountKey=${SECRETS.accountKey};EndpointSuffix=core.windows.net"`,
  'marketplace-webportal:',
  '  server-port: 9293',
);

/** Keys and values that would act on a terminal or a CI log if printed raw. */
const HOSTILE_CONFIG = yaml(
  'cluster:',
  '  common:',
  '    cluster-id: pai',
  "    marketplace: 'true'",
  '  docker-registry:',
  '    tag: v1.6.0',
  'rest-server:',
  '  server-port: 9186',
  'marketplace-db:',
  '  "x\\n::error file=a.yaml::pwned\\n::stop-commands::stoptoken\\n##[error]legacy": 1',
  '  "\\e[31mred\\e]8;;https://evil.example\\a": 2',
  '  "rlo\\u202eevil": 3',
  '  user: "mp\\e[2J"',
  'marketplace-restserver:',
  '  db_user: other',
);

describe('CLI: reports without secrets and inert output', () => {
  useCliWorkFolder();

  for (const format of FORMATS) {
    it(`--format ${format}: no secret of a complete config in the output, findings still reported`, () => {
      const file = folder(`secrets-${format}`, SECRET_CONFIG);
      // --verbose: the text format prints each finding's detail too, masked like its message.
      const r = cli(work, 'check', '--format', format, ...(format === 'text' ? ['--verbose'] : []), file);
      assert.equal(r.code, 1, r.stderr);
      const out = r.stdout + r.stderr;
      assert.match(out, /Kubernetes manifest \(env /, `${format}: the details are in the output`);
      for (const [what, secret] of Object.entries(SECRETS)) {
        assert.ok(!out.includes(secret), `${what} (${secret}) is in the ${format} output:\n${out}`);
      }
      for (const code of ['unsafe-value', 'placeholder', 'db-credentials', 'schema']) {
        assert.ok(out.includes(code), `${format}: no ${code} finding`);
      }
    });
  }

  it('--fix fixes the password mismatch without printing the password, and writes it nowhere new', () => {
    const text = yaml(
      'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'", '  docker-registry:', '    tag: v1.5.0',
      'rest-server:', '  server-port: 9186', 'marketplace-db:', '  user: mp', '  passwd: mp-Secret-42', 'marketplace-restserver:', '  db_user: mp', '  db_password: mp-Secret-41',
    );
    const file = folder('fix-secret', text);
    const r = cli(work, 'check', '--fix', '--format', 'json', file);
    assert.doesNotMatch(r.stdout + r.stderr, /mp-Secret/);
    const fixed = readFileSync(join(work, file), 'utf8');
    assert.equal(fixed.split('mp-Secret-42').length - 1, 1, fixed);
    assert.match(fixed, /db_password: \*marketplace-db-passwd$/m);
  });

  for (const format of FORMATS) {
    it(`--format ${format}: keys with a line break + ::error::, ESC/OSC sequences and U+202E come out inert`, () => {
      const file = folder(`hostile-${format}`, HOSTILE_CONFIG);
      const r = cli(work, 'check', '--format', format, file);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const out = r.stdout + r.stderr;
      assert.doesNotMatch(out, /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/, 'a raw control or bidi character');
      assert.doesNotMatch(out, /##\[/, 'a legacy workflow command');
      const lines = out.split('\n');
      const commands = lines.filter(l => /^\s*::/.test(l));
      if (format === 'github') {
        // Only our own annotations start with ::, one per finding, each a well-formed command.
        for (const l of commands) { assert.match(l, /^::(error|warning|notice) file=[^:]*::/, l); }
        assert.ok(!lines.some(l => /^::(stop-commands|error file=a\.yaml)/.test(l)));
      } else {
        assert.deepEqual(commands, []);
      }
      // The hostile key is still reported, shown with escapes.
      assert.match(out, /x\\\\?n::error file=a\.yaml::pwned/);
      assert.match(out, /\\\\?(x1b|u001b)\[31mred/);
    });
  }
});
