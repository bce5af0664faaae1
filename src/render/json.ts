import type { Answer } from '../core/answer.ts';

/** The JSON answer of the CLI contract: one object, one line. */
export function renderJson(answer: Answer): string {
  return JSON.stringify({
    command: answer.command,
    query: answer.query,
    results: answer.results.map((r) => ({
      text: r.text,
      excerpt: r.excerpt,
      speaker: r.speaker,
      source: r.source,
      ...(r.figures && { figures: r.figures }),
    })),
    ...(answer.message !== undefined && { message: answer.message }),
    ...(answer.comparison && { comparison: answer.comparison }),
    ...(answer.report && { report: answer.report }),
    ...(answer.facts && { facts: answer.facts }),
  });
}
