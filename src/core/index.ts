/** The public, editor-free engine: `import { check } from 'openpai-marketplace-tools/core'`. */
export { check, checkDocument, type CheckOptions, type CheckResult } from './check';
export { ParsedDocument, type YamlPath } from './document';
export type { Finding, Fix, Position, Range, RelatedLocation, Severity, TextEdit } from './finding';
export { applyEdits } from './fix';
export { checkLayout, type LayoutCheckOptions } from './layout-check';
export type { RegisteredRule, Rule, RuleContext, RuleFinding } from './rule';
export { RULES, RULE_CODES } from './rules';
export type { SiblingName, SiblingReader } from './siblings';
export { PAI_VERSIONS, LATEST_VERSION, type PaiVersion, type PaiVersionOption } from './version';
export { explain, explainDocument, type EffectiveConfig, type EffectiveEntry, type ExplainOptions, type Origin, type OriginKind } from './effective';
