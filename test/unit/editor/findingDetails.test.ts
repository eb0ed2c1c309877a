import * as assert from 'node:assert/strict';
import { findingDetailsAt, markdownText } from '../../../src/editor/findingDetails';
import { findings, yaml } from '../helpers';

describe('editor findingDetails (the hover on a finding)', () => {
  const text = yaml('cluster:', '  common:', '    cluster-type: k8s', '    marketplace: true', 'rest-server: {}', 'marketplace-db:', '  user: mp', '  passwd: s3cret');
  const found = findings(text, 'switch-not-string');

  it('shows the detail of the finding under the cursor, with its rule link, not the one-line message', () => {
    const at = findingDetailsAt(found, { line: 3, character: 19 });
    assert.ok(at, 'no details on the switch value');
    assert.match(at.markdown, /^\[switch-not-string\]\(https:\/\/github\.com\/openpai-tools\/openpai-marketplace-tools#rule-switch-not-string\): /);
    assert.match(at.markdown, /compare it with the string 'true'/);
    assert.ok(!at.markdown.includes(found[0].message));
    assert.deepEqual(at.range, found[0].range);
  });

  it('shows nothing off the finding, or for a finding without a detail', () => {
    assert.equal(findingDetailsAt(found, { line: 2, character: 6 }), undefined);
    assert.equal(findingDetailsAt([{ ...found[0], detail: undefined }], { line: 3, character: 19 }), undefined);
  });

  it('keeps the text literal in markdown, code spans as they are', () => {
    assert.equal(markdownText('pylon proxies to <master>:9292 *now* `a_b*`'), 'pylon proxies to \\<master\\>:9292 \\*now\\* `a_b*`');
  });
});
