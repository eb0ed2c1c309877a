import { ParsedDocument } from './document';
import type { Finding } from './finding';
import { toFinding, type Rule, type RuleContext } from './rule';
import { pyyamlLoadFails } from './load';
import { RULES } from './rules';
import { redactFinding, Secrets } from './secret';
import { Siblings, type SiblingReader } from './siblings';
import { isSuppressed, suppressedLines } from './suppression';
import { versionOfDocument, type PaiVersion, type PaiVersionOption, type VersionSource } from './version';

export interface CheckOptions {
  /** Path of the checked file (its name matters: `file-name`; its folder holds the siblings). */
  fileName?: string;
  /** `auto` (default) reads `cluster.docker-registry.tag`, then config.yaml's `docker_image_tag`. */
  paiVersion?: PaiVersionOption;
  /** Rule codes not to run. */
  disabled?: readonly string[];
  /** Reads `layout.yaml` / `config.yaml` beside the file; without it the folder rules stay silent. */
  readSibling?: SiblingReader;
  /** The rules to run (all of them by default). */
  rules?: readonly Rule[];
  /**
   * Makes the password a fix writes (the editor gives `randomSecret`). Without it no fix writes a
   * password or copies one (such fixes are dropped), so reports (JSON, SARIF, CI logs) never carry
   * one. Messages and fix titles never show a secret either way (see secret.ts).
   */
  newSecret?: () => string;
}

export interface CheckResult {
  fileName: string;
  paiVersion: PaiVersion;
  /** Where `paiVersion` came from: `--pai-version` / `openpai.paiVersion`, a tag, or the default. */
  paiVersionSource: VersionSource;
  /**
   * The release the tag names when it is before the marketplace (v1.3 and earlier, e.g. `1.0`): only
   * the rules for every release ran (see the pai-version rule).
   */
  releaseBeforeMarketplace?: string;
  findings: Finding[];
  /** The one parse every consumer shares. */
  document: ParsedDocument;
}

/** One finding per fact: a finding is dropped where a rule that supersedes its rule reports the same range. */
function dropSuperseded(findings: Finding[], rules: readonly Rule[]): void {
  if (findings.length < 2) { return; }
  const supersedes = new Map(rules.filter(r => r.supersedes?.length).map(r => [r.code, r.supersedes ?? []]));
  if (supersedes.size === 0) { return; }
  const at = (code: string, f: Finding) => `${code}\u0000${JSON.stringify(f.range)}`;
  const claimed = new Set(findings.flatMap(f => (supersedes.get(f.code) ?? []).map(code => at(code, f))));
  const kept = findings.filter(f => !claimed.has(at(f.code, f)));
  findings.splice(0, findings.length, ...kept);
}

/** Parses once and runs every enabled rule. Never throws on any input text. */
export function check(text: string, options: CheckOptions = {}): CheckResult {
  return checkDocument(new ParsedDocument(text, options.fileName ?? ''), options);
}

export function checkDocument(doc: ParsedDocument, options: CheckOptions = {}): CheckResult {
  const fileName = options.fileName ?? doc.fileName;
  const siblings = new Siblings(fileName, options.readSibling);
  const resolvedVersion = versionOfDocument(options.paiVersion, doc, siblings);
  const { version, source, beforeMarketplace } = resolvedVersion;
  const memo = new Map<unknown, unknown>();
  const ctx: RuleContext = {
    doc, fileName, version, resolvedVersion, siblings,
    newSecret: options.newSecret,
    once<T>(compute: (c: RuleContext) => T): T {
      if (!memo.has(compute)) { memo.set(compute, compute(ctx)); }
      return memo.get(compute) as T;
    },
  };
  const disabled = new Set(options.disabled ?? []);
  let suppressed: ReturnType<typeof suppressedLines> | undefined; // read at the first finding: most checks have none
  const findings: Finding[] = [];
  // PyYAML loads nothing from a file with a syntax error, and paictl does nothing with it: only the
  // syntax errors and the file-level rules speak, never a side effect of the half-parsed value.
  const unloadable = pyyamlLoadFails(doc);
  for (const rule of options.rules ?? RULES) {
    if (disabled.has(rule.code) || beforeMarketplace !== undefined && !rule.everyVersion) { continue; }
    if (unloadable && !rule.fileLevel) { continue; }
    let produced;
    try {
      produced = rule.check(ctx);
    } catch (e) {
      produced = [{ range: doc.range(0, 0), severity: 'info' as const, message: `The ${rule.code} rule could not check this file (${e instanceof Error ? e.message : String(e)}); please report it.` }];
    }
    for (const f of produced) {
      const finding = toFinding(rule, f);
      if (!isSuppressed(finding, suppressed ??= suppressedLines(doc.text))) { findings.push(finding); }
    }
  }
  dropSuperseded(findings, options.rules ?? RULES);
  if (findings.length > 0) {
    const secrets = new Secrets(doc.text, doc.root);
    for (const f of findings) { redactFinding(f, secrets, options.newSecret !== undefined); }
  }
  if (doc.problems.some(p => p.severity === 'error')) {
    // On a broken parse, where a key sits is a guess: offering edits would pile text up, not fix it.
    for (const f of findings) { f.fixes = []; }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return {
    fileName, paiVersion: version, paiVersionSource: source,
    ...(beforeMarketplace !== undefined ? { releaseBeforeMarketplace: beforeMarketplace } : {}),
    findings, document: doc,
  };
}
