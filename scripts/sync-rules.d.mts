// Types of sync-rules.mjs for the drift test (test/unit/rule-docs.test.ts).
interface RuleDoc { code: string; severity: string; fixable: boolean; description: string }
export function manifestWithRules(text: string, rules: readonly RuleDoc[]): string;
export function readmeWithRules(text: string, rules: readonly RuleDoc[]): string;
export function ruleTable(rules: readonly RuleDoc[]): string;
export const TABLE_BEGIN: string;
export const TABLE_END: string;
