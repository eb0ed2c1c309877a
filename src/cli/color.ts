/**
 * Colour in the text format, as other CLIs decide it: `NO_COLOR` (any value, no-color.org) turns it off,
 * `FORCE_COLOR` (not `0`/`false`) turns it on, otherwise only a terminal gets it (never a pipe or a file).
 */
export function colorWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') { return false; }
  const force = env.FORCE_COLOR;
  if (force !== undefined) { return force !== '0' && force !== 'false'; }
  return isTTY && env.TERM !== 'dumb';
}

const SGR = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;
export type Paint = (style: keyof typeof SGR, text: string) => string;

/** Wraps text in one SGR style; the text itself has been made inert before (it holds no escape of its own). */
export function painter(on: boolean): Paint {
  return on ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_style, text) => text;
}
