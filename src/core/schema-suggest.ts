/**
 * "Did you mean" for misspelled keys: the known keys close to an unknown one by edit distance,
 * comparing case-insensitively and treating `-` and `_` alike (paictl mixes both styles).
 */

function normalizeKey(key: string): string { return key.toLowerCase().replace(/_/g, '-'); }

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_unused, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); }
    }
  }
  return d[a.length][b.length];
}

/** How many edits still count as a typo for a key of this length. */
function allowance(length: number): number {
  if (length <= 4) { return 1; }
  if (length < 12) { return 2; }
  return 3;
}

/** Known keys close to `key`, closest first (ties keep the order of `known`). */
export function suggestKeys(key: string, known: readonly string[]): string[] {
  const k = normalizeKey(key);
  const scored = known
    .map((name, order) => ({ name, order, distance: editDistance(k, normalizeKey(name)) }))
    .filter(c => c.distance <= allowance(Math.max(k.length, c.name.length)) && c.name !== key);
  return scored.sort((a, b) => a.distance - b.distance || a.order - b.order).map(c => c.name);
}

/** The single best suggestion, when one candidate is strictly closer than every other. */
export function bestSuggestion(key: string, known: readonly string[]): string | undefined {
  const k = normalizeKey(key);
  const all = suggestKeys(key, known);
  if (all.length === 0) { return undefined; }
  if (all.length === 1) { return all[0]; }
  const d0 = editDistance(k, normalizeKey(all[0]));
  const d1 = editDistance(k, normalizeKey(all[1]));
  return d0 < d1 ? all[0] : undefined;
}
