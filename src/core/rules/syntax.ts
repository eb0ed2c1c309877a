import { OUT_OF_STACK, type ParsedDocument, type SyntaxProblem } from '../document';
import type { PyYamlFailure } from '../pyyaml/load';
import { MAX_NESTING } from '../pyyaml/recursion';
import type { RegisteredRule, RuleFinding } from '../rule';

/** A message and its detail (see Finding). */
interface Said { message: string; detail?: string }

const MULTIPLE_DOCS: Said = {
  message: 'A second YAML document makes every paictl command fail: remove this `---` and what follows.',
  detail: 'paictl\'s yaml.load takes one document; PyYAML says "expected a single document in the stream".',
};

const MESSAGES: Record<string, Said> = {
  DUPLICATE_KEY: { message: 'Duplicate key, and paictl keeps only the last one: remove or rename one of them.', detail: 'paictl\'s YAML loader silently drops the earlier value.' },
  MULTIPLE_DOCS,
  ALIAS_LIMIT: { message: 'Too many alias expansions (a YAML "billion laughs" shape): the file is not checked further.' },
  TAB_AS_INDENT: { message: 'A tab is used for indentation, where YAML allows only spaces: use spaces.' },
};

/** PyYAML's own words, for the detail. */
function pyyamlSays(f: PyYamlFailure): string { return `PyYAML says "${f.problem}".`; }

/** What paictl's loader (PyYAML 3.11) stops on, worded for the admin; `problem` is PyYAML's own text. */
const PYYAML_MESSAGES: Record<PyYamlFailure['kind'], (f: PyYamlFailure) => Said> = {
  char: f => ({ message: `paictl's PyYAML 3.11 refuses the character ${f.detail} anywhere in the file, comments too: remove it.` }),
  tab: f => ({ message: 'A tab here stops paictl\'s PyYAML: use spaces.', detail: pyyamlSays(f) }),
  'flow-colon': () => ({ message: 'A `:` inside a plain value in `[...]` or `{...}` stops paictl\'s PyYAML 3.11: quote the value.' }),
  tag: f => ({ message: `Unknown tag \`${f.detail}\` makes every paictl command fail: remove it.`, detail: 'paictl\'s PyYAML SafeLoader cannot construct it.' }),
  value: f => ({ message: 'paictl\'s PyYAML cannot construct this value: quote it, or correct it.', detail: pyyamlSays(f) }),
  anchor: f => ({ message: `Anchor \`${f.detail}\` is defined twice, which paictl's PyYAML refuses: rename one of them.` }),
  key: () => ({ message: 'A list or mapping used as a key stops paictl\'s PyYAML: use a plain key.', detail: 'PyYAML says "found unhashable key".' }),
  documents: () => MULTIPLE_DOCS,
  unclosed: f => ({ message: `This ${f.detail} is never closed, so paictl's PyYAML reaches the end of the file: close it.` }),
  depth: f => ({
    message: `Nested more than ${f.detail} levels deep, which paictl's PyYAML cannot load: nest the file less.`,
    detail: `PyYAML's composer calls itself twice for each nested mapping or list, and Python stops it at 1,000 frames with "${f.problem}" (about 490 levels from a bare script, fewer under paictl's own calls). This value is the first one past ${f.detail} levels.`,
  }),
  other: f => ({ message: 'paictl\'s PyYAML cannot load the file here: correct the YAML.', detail: pyyamlSays(f) }),
};

const MAX_REPORTED = 10;

export const syntax: RegisteredRule = {
  code: 'syntax',
  severity: 'error',
  fixable: false,
  fileLevel: true,
  description: 'YAML that paictl\'s loader (PyYAML) cannot load, duplicate keys, and more than one document in the file.',
  everyVersion: true,
  docs: [
    '- **Catches:** YAML that paictl\'s loader cannot load: a parse error, a tab where PyYAML allows none, a character it',
    'refuses (anything past U+FFFF, such as an emoji, even in a comment), a `:` inside a plain value in `[...]`/`{...}`',
    '(`{uri: http://x}`), a tag SafeLoader has no constructor for (`!vault`), an anchor defined twice, a list or mapping',
    `as a key, a date that does not exist, a value nested inside more than ${MAX_NESTING} mappings and lists (Python's recursion`,
    'limit stops PyYAML\'s composer); also duplicate keys, a second `---` document, and alias bombs. What PyYAML',
    'reads but YAML 1.2 parsers reject (e.g. `"x"# comment`) is a warning. One finding per line.',
    '- **Why:** paictl reads the file with `yaml.load(f, yaml.SafeLoader)` (`deployment/paiLibrary/common/file_handler.py`)',
    'on Python 2.7 in the dev-box, whose `python-yaml` is PyYAML 3.11. A load error stops every paictl command. A',
    'duplicate key keeps only its last value, so the earlier value is lost without a word. `yaml.load` accepts exactly',
    'one document. Every other rule needs a sound parse. The verdicts are checked against PyYAML 3.11 on all 402 cases of',
    'the YAML test suite (`test/fixtures/yaml-test-suite/`). A plain value PyYAML',
    'resolves but cannot build (`0x_`, `=`) stops the load too.',
    '- **Only syntax on a broken file:** when PyYAML cannot load the file (any syntax error but a duplicate key, which',
    'PyYAML accepts), paictl reads nothing and does nothing, so only `syntax` and the rules about the file itself',
    '(`file-name`, `config-folder`) report. No finding comes from the half-parsed rest: no "section is empty", no plugin',
    '"without title" inside the broken block. In the editor the other findings come back as soon as the file loads again',
    '(checks run 300 ms after typing stops). We chose this over keeping the last good parse\'s findings: those would',
    'point at text that has moved or is gone, and a finding the file no longer supports is the flicker that misleads.',
    'A layout.yaml PyYAML cannot load gives no layout findings either.',
    '- **Fix:** none: correct the YAML by hand. `--fix` leaves a file with syntax errors untouched.',
    '- **Versions:** all.',
    '',
    '```yaml',
    'marketplace-db:',
    '  user: mp',
    '  user: admin      # bad: duplicate key, `mp` is silently lost. Good: keep one `user:`',
    '```',
  ],
  check(ctx) {
    const { doc } = ctx;
    const failure = doc.pyyaml;
    const pyyamlLoads = failure === undefined;
    const found: RuleFinding[] = [];
    for (const problems of problemsByLine(doc)) {
      const pyyaml = problems.find(p => p.code === 'PYYAML');
      if (pyyaml && failure) {
        found.unshift({ range: doc.range(pyyaml.start, pyyaml.end), severity: 'error', ...pyyamlMessage(failure, problems), data: { yamlCode: 'PYYAML', pyyaml: failure.problem } });
        continue;
      }
      const p = problems.find(x => MESSAGES[x.code] && x.severity === 'error') ?? problems.find(x => x.severity === 'error') ?? problems[0];
      found.push({ range: doc.range(p.start, p.end), severity: severityOf(p, pyyamlLoads), ...messageOf(p, pyyamlLoads), data: { yamlCode: p.code } });
    }
    // One stray indent can produce dozens of follow-on errors: the first few (PyYAML's first) say where to look.
    return found.slice(0, MAX_REPORTED);
  },
};

/**
 * The YAML problems grouped by the line they start on, in line order: eemeli's parser often gives two
 * or three messages for one bad line, and PyYAML another; the rule reports one per line. Where PyYAML
 * hits the end of the file inside an open quote or bracket, eemeli's messages at the end are that too.
 */
export function problemsByLine(doc: ParsedDocument): SyntaxProblem[][] {
  const byLine = new Map<number, SyntaxProblem[]>();
  for (const p of doc.problems) {
    if (doc.pyyaml?.kind === 'unclosed' && p.code !== 'PYYAML' && doc.text.slice(p.start).trim() === '') { continue; }
    // Past where PyYAML runs out of stack, paictl reads nothing more; eemeli's parser, recursive too, may run out there as well.
    if (doc.pyyaml?.kind === 'depth' && p.code !== 'PYYAML' && (p.start > doc.pyyaml.start || p.code === OUT_OF_STACK)) { continue; }
    const line = doc.positionAt(p.start).line;
    byLine.set(line, [...byLine.get(line) ?? [], p]);
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([, problems]) => problems);
}

/** PyYAML's own words are cryptic for a bad indent ("expected <block end>"): eemeli's say more, when it has some. */
function pyyamlMessage(failure: PyYamlFailure, sameLine: SyntaxProblem[]): Said {
  const clearer = failure.kind === 'other' ? sameLine.find(p => p.code !== 'PYYAML' && p.severity === 'error') : undefined;
  if (!clearer) { return PYYAML_MESSAGES[failure.kind](failure); }
  const own = MESSAGES[clearer.code] ?? { message: sentence(plain(clearer.message)) };
  const stops = `paictl's PyYAML stops here too ("${failure.problem}").`;
  return { message: own.message, detail: own.detail ? `${own.detail} ${stops}` : stops };
}

function plain(message: string): string { return message.replace(/\s+at line \d+, column \d+.*$/s, ''); }

/** The YAML library's text as one sentence: its trailing dots and spaces replaced by one full stop. */
function sentence(text: string): string { return `${text.replace(/[.\s]+$/, '')}.`; }

/**
 * Stays an error though PyYAML loads the text: it keeps only the last of the duplicate keys, so the
 * earlier value is lost without a word. The one deliberate disagreement with PyYAML's verdict.
 */
const OWN_ERRORS = new Set(['DUPLICATE_KEY']);

function severityOf(p: SyntaxProblem, pyyamlLoads: boolean): 'error' | 'warning' {
  return pyyamlLoads && !OWN_ERRORS.has(p.code) ? 'warning' : p.severity;
}

function messageOf(p: SyntaxProblem, pyyamlLoads: boolean): Said {
  const own = MESSAGES[p.code];
  if (own) { return own; }
  const text = plain(p.message);
  // Where yaml stops, the rest of its tree is a guess (a quote over two lines may end early): the other rules wait.
  if (pyyamlLoads && p.severity === 'error') { return { message: 'YAML 1.2 tools reject this, though paictl\'s PyYAML reads it: rewrite it so the other checks can run.', detail: sentence(text) }; }
  return { message: `YAML: ${sentence(text)}` };
}
