import type { ParsedDocument } from './document';
import type { Finding, Fix, Range, RelatedLocation, Severity } from './finding';
import type { Siblings } from './siblings';
import type { PaiVersion, ResolvedVersion } from './version';

/** What a rule returns: code and default severity are filled in from the rule itself. */
export interface RuleFinding {
  range: Range;
  /** One sentence: what is wrong and what to do (see Finding.message). */
  message: string;
  /** The explanation after it (see Finding.detail). */
  detail?: string;
  severity?: Severity;
  related?: RelatedLocation[];
  fixes?: Fix[];
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  /** The checked file's path as given (may be empty for an unnamed buffer). */
  readonly fileName: string;
  readonly version: PaiVersion;
  /** How the version was found (the tags read, the source): the pai-version rule reports it. */
  readonly resolvedVersion: ResolvedVersion;
  readonly siblings: Siblings;
  /** Makes a new password, for fixes that write one; absent where no password may be printed (CLI reports). */
  readonly newSecret?: () => string;
  /** Computes a derived model once per check, shared by every rule that asks for it. */
  once<T>(compute: (ctx: RuleContext) => T): T;
}

export interface Rule {
  /** Stable public code: settings, suppression comments and the CLI use it. */
  readonly code: string;
  readonly severity: Severity;
  /** Its findings can carry a fix (the README table's "fix" column; a test checks no other rule makes one). */
  readonly fixable: boolean;
  /** One line: what the rule catches (README, settings, CLI --list-rules). */
  readonly description: string;
  /**
   * Its README section, one string a line, after the heading (the build writes the anchor and the heading):
   * what it catches, why (with the source in pai's code), the fix, the versions, and an example.
   * Every rule of the registry has it (`RegisteredRule`); a caller's own rule (`CheckOptions.rules`) needs none.
   */
  readonly docs?: readonly string[];
  /**
   * Its fixes change facts other rules' fixes are computed from (the marketplace switch decides
   * which URIs work): `--fix` and fix-all apply such fixes in a round of their own, then check again.
   */
  readonly premise?: boolean;
  /** Its findings mark text that has no effect (editors fade it: `DiagnosticTag.Unnecessary`). */
  readonly unnecessary?: boolean;
  /**
   * Its verdict holds on every pai release, also before the marketplace existed (v1.3 and earlier).
   * On such a release only these rules run: the others model pai's marketplace services.
   */
  readonly everyVersion?: boolean;
  /**
   * It judges the file or its folder, not its values: it still runs when PyYAML cannot load the file.
   * Every other rule's finding would come from a half-parsed value paictl never sees.
   */
  readonly fileLevel?: boolean;
  /**
   * Rules whose findings on the same range say the same thing less well: they are dropped where this
   * rule reports (switch-off names the `market` typo that schema would call an unknown key).
   */
  readonly supersedes?: readonly string[];
  check(ctx: RuleContext): RuleFinding[];
}

/** A rule of the registry (src/core/rules/index.ts): documented, since the README section is written from it. */
export type RegisteredRule = Rule & { readonly docs: readonly string[] };

export function toFinding(rule: Pick<Rule, 'code' | 'severity'>, f: RuleFinding): Finding {
  const out: Finding = {
    code: rule.code,
    severity: f.severity ?? rule.severity,
    message: f.message,
    ...(f.detail ? { detail: f.detail } : {}),
    range: f.range,
    related: f.related ?? [],
    fixes: f.fixes ?? [],
  };
  if (f.data) { out.data = f.data; }
  return out;
}
