// Types of sync-rules.mjs for the drift test (test/unit/rule-docs.test.ts) and scripts/build.mjs.
interface RuleDoc { code: string; severity: string; fixable: boolean; description: string; docs: readonly string[] }
export function manifestWithRules(text: string, rules: readonly RuleDoc[]): string;
export function readmeWithRules(text: string, rules: readonly RuleDoc[]): string;
export function ruleTable(rules: readonly RuleDoc[]): string;
export const TABLE_BEGIN: string;
export const TABLE_END: string;
export function ruleSections(rules: readonly RuleDoc[]): string;
export function syncRules(dir: string, rules: readonly RuleDoc[], options?: { write?: boolean }): string[];
export const SECTIONS_BEGIN: string;
export const SECTIONS_END: string;
