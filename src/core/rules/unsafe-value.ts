import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { CREDENTIAL_FIELDS, DB_SECTION, RESTSERVER_SECTION, sameCredential, writtenCredential } from '../credentials';
import type { YamlPath } from '../document';
import type { Fix } from '../finding';
import { fix, scalarText, setKey } from '../fix';
import { unquotedBreakage } from '../manifest-value';
import { describePy, pyValueOf, rendered } from '../pyyaml';
import { keyPath } from '../paths';
import type { RegisteredRule, RuleContext, RuleFinding } from '../rule';
import { atLeast } from '../version';

interface UnquotedKey {
  section: string;
  key: string;
  env: string;
  /** Credentials work (wrongly) as the text "None" when null; hosts and URIs do not. */
  credential: boolean;
  since?: '1.6';
  /** From this version the value also lands unquoted in another service's manifest. */
  alsoIn?: { since: '1.6'; manifest: string };
  /** `[section, key]`. */
  path: YamlPath;
}

/** Values paictl's templates write unquoted into the manifests (section 2 of the facts). */
const UNQUOTED: readonly UnquotedKey[] = ([
  { section: 'marketplace-db', key: 'user', env: 'POSTGRES_USER', credential: true },
  { section: 'marketplace-db', key: 'passwd', env: 'POSTGRES_PASSWORD', credential: true },
  { section: 'marketplace-db', key: 'db', env: 'POSTGRES_DB', credential: true },
  { section: 'marketplace-restserver', key: 'db_user', env: 'DB_USERNAME', credential: true },
  { section: 'marketplace-restserver', key: 'db_password', env: 'DB_PASSWORD', credential: true },
  { section: 'marketplace-restserver', key: 'db', env: 'DATABASE', credential: true },
  { section: 'marketplace-restserver', key: 'db_host', env: 'DB_HOST', credential: false },
  { section: 'marketplace-restserver', key: 'idp_url', env: 'IDP_URL', credential: false, since: '1.6' },
  // v1.6+ also renders it into PAI's webportal (src/webportal/deploy/webportal.yaml.template v1.6.0:49-52).
  { section: 'marketplace-webportal', key: 'marketplace_api_uri', env: 'MARKETPLACE_API_URL', credential: false, alsoIn: { since: '1.6', manifest: 'PAI\'s webportal manifest (env MARKETPLACE_API_URI)' } },
] as Omit<UnquotedKey, 'path'>[]).map(spec => ({ ...spec, path: [spec.section, spec.key] }));

const PASSWORD = CREDENTIAL_FIELDS.find(f => f.label === 'password')!;

/**
 * For a password the manifest cannot carry: a new random one, written on both sides when the other
 * side holds the same value (so the credentials keep lining up). The service never started with the
 * old value, so no database was initialised with it.
 */
function newPasswordFix(ctx: RuleContext, spec: UnquotedKey): Fix[] {
  if (!ctx.newSecret) { return []; }
  const own: YamlPath = [spec.section, spec.key];
  let partner: YamlPath;
  if (spec.section === DB_SECTION && spec.key === PASSWORD.dbKey) { partner = [RESTSERVER_SECTION, PASSWORD.restserverKey]; } else if (spec.section === RESTSERVER_SECTION && spec.key === PASSWORD.restserverKey) { partner = [DB_SECTION, PASSWORD.dbKey]; } else { return []; }
  const mine = writtenCredential(ctx.doc, own);
  const theirs = writtenCredential(ctx.doc, partner);
  const both = mine !== undefined && theirs !== undefined && sameCredential(mine, theirs);
  const secret = ctx.newSecret();
  const paths = both ? [own, partner] : [own];
  return [fix(`Use a new random password${both ? ` in ${keyPath(own)} and ${keyPath(partner)}` : ''}`, paths.map(p => setKey(ctx.doc, p, inStyleOf(ctx, p, secret))))];
}

/** A letters-and-digits value written as the old one was: plain stays plain, quotes stay quotes. */
function inStyleOf(ctx: RuleContext, path: YamlPath, value: string): string {
  const written = ctx.doc.locate(path)?.written;
  return isScalar(written) && written.type !== Scalar.PLAIN ? scalarText(ctx.doc, value, written) : value;
}

/** How a finding names the key and the manifests it lands in (built only for a finding). */
function wording(ctx: RuleContext, spec: UnquotedKey): { where: string; manifest: string; broken: string } {
  const also = spec.alsoIn && atLeast(ctx.version, spec.alsoIn.since) ? spec.alsoIn.manifest : undefined;
  return {
    where: `\`${keyPath(spec.path)}\``,
    manifest: `${spec.section}'s Kubernetes manifest (env ${spec.env})${also ? ` and into ${also}` : ''}`,
    broken: also ? `${spec.section} and PAI's webportal do not start` : 'the service does not start',
  };
}

function check(ctx: RuleContext, spec: UnquotedKey): RuleFinding | undefined {
  const { path } = spec;
  const loc = ctx.doc.locate(path);
  if (!loc) { return undefined; }
  const node = loc.node;
  if (isMap(node) || isSeq(node) || isAlias(node)) {
    const { where, manifest } = wording(ctx, spec);
    return {
      range: ctx.doc.nodeRange(loc.written) ?? ctx.doc.keyRange(path),
      message: `${where} is a ${isSeq(node) ? 'list' : 'mapping'}, which breaks ${spec.section}'s manifest: write a single text value.`,
      detail: `paictl renders it as Python text into ${manifest}.`,
    };
  }
  if (!node) { return undefined; }
  const py = pyValueOf(node);
  if (!py) { return undefined; }
  if (py.kind === 'null') {
    if (!spec.credential || spec.section !== 'marketplace-db') { return undefined; }
    const { where, manifest } = wording(ctx, spec);
    const empty = isScalar(loc.written) && loc.written.range[0] === loc.written.range[1];
    return {
      range: empty ? ctx.doc.keyRange(path) : ctx.doc.valueRange(path),
      severity: 'warning',
      message: `${where} is null, so it is deployed as the text "None": set a value or remove the key.`,
      detail: `It replaces the default, and paictl writes Python's \`None\` into ${manifest}.`,
    };
  }
  if (py.kind === 'invalid') { return undefined; } // the file does not load at all: syntax says so
  const text = rendered(py);
  if (spec.key === 'marketplace_api_uri' && text.trim() === '') { return undefined; } // api-uri: "is empty", with the URI to write
  const breakage = unquotedBreakage(text);
  if (!breakage && (py.kind === 'str' || text === ctx.doc.text.slice(...(ctx.doc.nodeOffsets(node) ?? [0, 0])))) { return undefined; }
  const { where, manifest, broken } = wording(ctx, spec);
  if (!breakage) {
    return {
      range: ctx.doc.valueRange(path),
      severity: 'warning',
      message: `${where} is deployed as the text "${text}", not as written: choose a value that is plain text.`,
      detail: `paictl (YAML 1.1) reads it as ${describePy(py)}.`,
    };
  }
  const readAs = py.kind === 'str' ? '' : `paictl (YAML 1.1) reads it as ${describePy(py)}, `;
  const source = ctx.doc.text.slice(...(ctx.doc.nodeOffsets(node) ?? [0, 0]));
  const written = source.length > 60 ? `${source.slice(0, 57)}...` : source; // a pasted blob is cut short
  const quoted = isScalar(node) && node.type !== Scalar.PLAIN;
  return {
    range: ctx.doc.valueRange(path),
    message: `${where} becomes ${/^the string/.test(breakage.becomes) ? 'another string' : breakage.becomes.replace(/\s*\(.*\)$| when kubectl reads the manifest$/, '')} in paictl's unquoted manifest: ${spec.credential ? 'choose another value' : `write a plain ${spec.key === 'db_host' ? 'host name or IP' : 'URL'}`}.`,
    detail: `${where} (${written}): ${readAs}paictl writes ${py.kind === 'str' ? 'it' : `"${text}"`} unquoted into ${manifest}, where it becomes ${breakage.becomes}; ${breakage.breaksYaml ? `the manifest no longer parses and ${broken}` : `Kubernetes then rejects or misreads the env value and ${broken} as configured`}. ${quoted ? 'The quotes in this file do not help' : 'Quoting it in this file does not help'}: paictl's template drops the quotes. ${spec.credential ? 'Letters and digits starting with a letter are safe' : `Write it with no leading/trailing spaces, quotes, \` #\` or \`: \``}.`,
    fixes: newPasswordFix(ctx, spec),
    data: { becomes: breakage.becomes },
  };
}

export const unsafeValue: RegisteredRule = {
  code: 'unsafe-value',
  severity: 'error',
  fixable: true,
  description: 'A value paictl writes unquoted into a manifest does not stay the same string (e.g. `123456`, `yes`, `12:30`, a leading `*`).',
  docs: [
    '- **Catches:** a value that paictl writes **unquoted** into a Kubernetes manifest and that does not stay the same',
    'string: `123456`, `yes`, `12:30`, a leading `*`, `&`, `!` or quote, ` #`, `: `. This covers `marketplace-db.user`,',
    '`passwd` and `db`; `marketplace-restserver.db_user`, `db_password`, `db` and `db_host`; `idp_url` (v1.6+); and',
    '`marketplace_api_uri`. It is a warning when the value only turns into different text, such as a null credential',
    'in marketplace-db becoming "None". A date such as `2021-01-20` stays the same text all the way and is not reported. An empty `marketplace_api_uri` is',
    '`api-uri`\'s finding (it says which URI to write).',
    '- **Why:** the templates are rendered with jinja2 and then parsed again as YAML',
    '(`deployment/paiLibrary/common/template_handler.py`). An unquoted `123456` becomes an integer env value, which',
    'Kubernetes rejects, and `12:30` becomes 750. Quotes in your file do not help, because the template drops them.',
    'On v1.6+ `marketplace_api_uri` is also written unquoted into PAI\'s own webportal manifest (env `MARKETPLACE_API_URI`,',
    '`src/webportal/deploy/webportal.yaml.template` v1.6.0:49-52), so an unsafe value breaks webportal as well.',
    '- **Fix:** for `passwd` and `db_password`, a quick fix writes a new random password (24 letters and digits) in both',
    'sections when they held the same value, so the credentials still line up. It is an editor quick fix only: `--fix` and',
    'fix-all never apply it, and the CLI\'s reports (JSON, SARIF) never carry a password. Other keys: choose another',
    'value, for example letters and digits that start with a letter.',
    '- **Versions:** all (`idp_url` from v1.6).',
    '',
    '```yaml',
    'marketplace-db:',
    '  # bad: passwd: \'123456\'  (rendered as the integer 123456, the env var is rejected)',
    '  passwd: mp-Secret-42      # good',
    '```',
  ],
  check(ctx) {
    return UNQUOTED
      .filter(spec => !spec.since || atLeast(ctx.version, spec.since))
      .map(spec => check(ctx, spec))
      .filter((f): f is RuleFinding => f !== undefined);
  },
};
