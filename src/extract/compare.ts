// Lines up what different outlets report for the same figure, so a reader sees at a glance that
// one says "$5.6 million" and another "under $6 million".
//
// Why the rules are what they are:
// - Figures only compare within one unit: dollars against dollars, chips against chips.
// - A count names what it counts, so every count of the same class is about the same thing:
//   "2,000 H800 chips" against "50,000 NVIDIA H100s" is exactly the disagreement to show, however
//   far apart the numbers are.
// - Money, percentages and durations say nothing about what they measure: a training cost and a
//   market loss are both USD, a market share and a one-day fall are both %. Two outlets reporting
//   the same thing report it within the same magnitude, so only values within a factor of 1.5 of
//   each other are lined up, and of those windows the one most sources agree on is the topic's.
// - Agreement needs two sources: one outlet repeating itself is not corroboration. So groups are
//   scored by distinct files, and ties go to the group holding the best-ranked result, the one the
//   reader sees first.
// - "under $6 million" and "$6 million" report the same number; the bound is already in the quoted
//   text, so values alone decide whether sources agree.

import type { Comparison, Figure } from '../core/answer.ts';
import { formatFigure } from '../render/format-figure.ts';

/** Largest max/min ratio for generic figures (money, %, durations) to count as the same quantity. */
const SAME_MAGNITUDE = 1.5;

interface Entry {
  figure: Figure;
  file: string;
  /** Position in the input: 0 is the best-ranked result's figure. */
  rank: number;
}

interface Candidate {
  entries: Entry[];
  files: number;
  firstRank: number;
}

export function compareFigures(values: { figure: Figure; file: string }[]): Comparison | undefined {
  const groups = new Map<string, Entry[]>();
  values.forEach(({ figure, file }, rank) => {
    const key = `${figure.kind}\u0000${figure.unit}`;
    const group = groups.get(key) ?? [];
    group.push({ figure, file, rank });
    groups.set(key, group);
  });

  let best: Candidate | undefined;
  for (const group of groups.values()) {
    const candidate = group[0]?.figure.kind === 'count' ? describe(group) : bestWindow(group);
    if (candidate && candidate.files >= 2 && isBetter(candidate, best)) best = candidate;
  }
  return best && toComparison(best.entries);
}

function describe(entries: Entry[]): Candidate {
  return {
    entries,
    files: new Set(entries.map((e) => e.file)).size,
    firstRank: Math.min(...entries.map((e) => e.rank)),
  };
}

function isBetter(candidate: Candidate, current: Candidate | undefined): boolean {
  if (!current) return true;
  if (candidate.files !== current.files) return candidate.files > current.files;
  return candidate.firstRank < current.firstRank;
}

/** The run of sorted values within SAME_MAGNITUDE of each other that the most sources report. */
function bestWindow(entries: Entry[]): Candidate | undefined {
  const sorted = [...entries].sort((a, b) => a.figure.value - b.figure.value || a.rank - b.rank);
  let best: Candidate | undefined;
  let end = 0;
  for (let start = 0; start < sorted.length; start++) {
    const low = sorted[start]?.figure.value ?? 0;
    end = Math.max(end, start);
    while (end + 1 < sorted.length && (sorted[end + 1]?.figure.value ?? 0) <= low * SAME_MAGNITUDE) end++;
    const window = describe(sorted.slice(start, end + 1));
    if (isBetter(window, best)) best = window;
  }
  return best;
}

function toComparison(entries: Entry[]): Comparison {
  const seen = new Set<string>();
  const lined = [...entries]
    .sort((a, b) => a.rank - b.rank)
    .filter((e) => {
      const key = `${e.file}\u0000${e.figure.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const first = lined[0]!.figure;
  const numbers = lined.map((e) => e.figure.value);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const agree = min === max;
  const sources = new Set(lined.map((e) => e.file)).size;
  const range = agree ? formatFigure(min, first.unit) : `${formatFigure(min, first.unit)} to ${formatFigure(max, first.unit)}`;
  return {
    unit: first.unit,
    kind: first.kind,
    min,
    max,
    values: lined.map((e) => ({ value: e.figure.value, file: e.file, text: e.figure.text })),
    agree,
    summary: `Sources ${agree ? 'agree' : 'differ'}: ${range} (${sources} sources)`,
  };
}
