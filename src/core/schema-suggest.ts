/**
 * "Did you mean" for misspelled keys: the known keys close to an unknown one by edit distance,
 * comparing case-insensitively and treating `-` and `_` alike (paictl mixes both styles).
 */

function normalizeKey(key: string): string { return key.toLowerCase().replace(/_/g, '-'); }

/** How many times editDistance ran its table (a test counts it: long keys must not get there). */
export const distanceStats = { runs: 0 };

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), three rows of
 * memory. With `bound`, any distance above it comes back as `bound + 1`, without filling the table
 * when the lengths alone say so.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) { return bound + 1; }
  distanceStats.runs++;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d = Math.min(d, before[j - 2] + 1); }
      row[j] = d;
      if (d < smallest) { smallest = d; }
    }
    if (smallest > bound) { return bound + 1; }
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length], bound + 1);
}

/** How many edits still count as a typo for a key of this length. */
function allowance(length: number): number {
  if (length <= 4) { return 1; }
  if (length < 12) { return 2; }
  return 3;
}

/** Known keys close to `key`, closest first (ties keep the order of `known`). */
export function suggestKeys(key: string, known: readonly string[]): string[] {
  // No allowance exceeds 3: a pasted blob is no typo of a key, and is not lowercased whole to learn that.
  if (known.every(name => key.length > name.length + 3)) { return []; }
  const k = normalizeKey(key);
  const scored = known
    .map((name, order) => {
      const limit = allowance(Math.max(k.length, name.length));
      return { name, order, limit, distance: editDistance(k, normalizeKey(name), limit) };
    })
    .filter(c => c.distance <= c.limit && c.name !== key);
  return scored.sort((a, b) => a.distance - b.distance || a.order - b.order).map(c => c.name);
}

/** The single best suggestion, when one candidate is strictly closer than every other. */
export function bestSuggestion(key: string, known: readonly string[]): string | undefined {
  const all = suggestKeys(key, known);
  if (all.length === 0) { return undefined; }
  if (all.length === 1) { return all[0]; }
  const k = normalizeKey(key);
  const d0 = editDistance(k, normalizeKey(all[0]), 3);
  const d1 = editDistance(k, normalizeKey(all[1]), 3);
  return d0 < d1 ? all[0] : undefined;
}
