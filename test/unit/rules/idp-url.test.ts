import * as assert from 'node:assert/strict';
import { applyFix, assertFixResolves, findings, layoutWithMaster, textAt, yaml, said } from '../helpers';

const files = { 'layout.yaml': layoutWithMaster('10.0.0.1') };
/** A v1.6+ file as the deploy_v1.6.0_later doc has it, with an idp_url of one's own. */
const config = (idp: string) => yaml(
  'cluster:', '  common:', '    cluster-id: pai', '    cluster-type: k8s', "    marketplace: 'true'",
  '  docker-registry:', '    domain: docker.io', '    namespace: openpai', '    tag: v1.8.0',
  'rest-server:', '  server-port: 9186',
  'marketplace-restserver:', `  idp_url: ${idp}   # the PAI rest-server`,
);

describe('idp-url', () => {
  it('the direct rest-server URL with /api: error at the value; the fix strips it', () => {
    const text = config('http://10.0.0.1:9186/api');
    const [f, ...rest] = findings(text, 'idp-url', { files });
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(textAt(text, f.range), 'http://10.0.0.1:9186/api');
    assert.match(said(f), /`http:\/\/10\.0\.0\.1:9186\/api\/api\/v2\/tokens\/check`/);
    assert.match(said(f), /url-join/);
    assert.equal(f.fixes[0].preferred, true);
    assert.equal(assertFixResolves(text, 'idp-url', { files }), text.replace('9186/api ', '9186 '));
  });
  it('pylon\'s /rest-server/api/v2/ (trailing slash): the fix leaves https://<host>/rest-server', () => {
    const text = config("'https://pai.example.com/rest-server/api/v2/'");
    const [f] = findings(text, 'idp-url', { files });
    assert.match(said(f), /rest-server\/api\/v2\/api\/v2\/tokens\/check/);
    assert.equal(applyFix(text, f), text.replace("/rest-server/api/v2/'", "/rest-server'"));
  });
  it('an unknown path before /api: the fix is offered but not preferred', () => {
    const [f] = findings(config('https://pai.example.com/pai/api'), 'idp-url', { files });
    assert.equal(f.fixes.length, 1);
    assert.equal(f.fixes[0].preferred, undefined);
    assert.doesNotMatch(f.message, /Write `/);
  });
  it('v1.6.0 concatenates: a slash after the origin asks //api/v2/…; v1.7+ joins it away', () => {
    const text = config('http://10.0.0.1:9186/');
    const [f] = findings(text, 'idp-url', { files, paiVersion: '1.6' });
    assert.match(said(f), /`http:\/\/10\.0\.0\.1:9186\/\/api\/v2\/tokens\/check`/);
    assert.equal(assertFixResolves(text, 'idp-url', { files, paiVersion: '1.6' }), text.replace('9186/ ', '9186 '));
    assert.deepEqual(findings(text, 'idp-url', { files, paiVersion: '1.7' }), []);
    assert.equal(findings(config('http://10.0.0.1:9186/api'), 'idp-url', { files, paiVersion: '1.6' }).length, 1);
  });
  it('is silent for the known-good forms, before v1.6 (ignored-key says it is unused), and without idp_url', () => {
    for (const good of ['http://10.0.0.1:9186', 'https://pai.example.com/rest-server', 'https://pai.example.com/rest-server/', 'http://10.0.0.1:9186/apis']) {
      assert.deepEqual(findings(config(good), 'idp-url', { files }), [], good);
    }
    assert.deepEqual(findings(config('http://10.0.0.1:9186/api'), 'idp-url', { files, paiVersion: '1.5' }), []);
    assert.deepEqual(findings(yaml('marketplace-restserver:', '  server-port: 9292'), 'idp-url', { files }), []);
  });
});
