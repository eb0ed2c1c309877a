/** Where a rule is explained: the README's `#rule-<code>` section (diagnostic links, SARIF helpUri). */
export const REPOSITORY_URL = 'https://github.com/openpai-tools/openpai-marketplace-tools';

export function ruleDocUrl(code: string): string {
  return `${REPOSITORY_URL}#rule-${code}`;
}
