// A small seeded PRNG so the same seed always gives the same corpus and the same queries.

export type Rng = () => number;

/** mulberry32: 32-bit state, fast, good enough for test data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Derives an independent stream from a seed and a label, so adding draws to one stream leaves the others unchanged. */
export function substream(seed: number, label: string | number): Rng {
  let h = 2166136261 ^ seed;
  for (const ch of String(label)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return mulberry32(h >>> 0);
}
