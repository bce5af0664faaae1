// Misspelled names ("Amodel" for "Amodei") are one or two edits away from the real one.

/** True when `b` is within a small edit distance of `a`, scaled to the name's length. */
export function closeSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const limit = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit || Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b, limit) <= limit;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}
