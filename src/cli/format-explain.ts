import type { EffectiveConfig, RenderedLine } from '../core/effective';

/** `{"paiVersion", "versionSource", "services": {"<service>": {"<key>": {"value", "origin"}}}}`. */
export function formatExplainJson(config: EffectiveConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The core's table, one line each (values are already free of control characters). */
export function formatExplainText(lines: readonly RenderedLine[]): string {
  return `${lines.map(l => l.text.trimEnd()).join('\n')}\n`;
}
