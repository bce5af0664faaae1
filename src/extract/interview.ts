// Interviews printed as Q&A: "Q:"/"A:" (or "Question:"/"Answer:") lines, or lines labelled with
// the speaker's name ("Doe:", "**Doe:**"). Answers are quotations of the interviewee even though
// they carry no quotation marks.

import type { Speaker } from './types.ts';
import type { ArticleText } from './article-text.ts';
import type { EntityIndex } from './entities.ts';
import { speakerOf } from './subject.ts';

export interface InterviewTurn {
  paragraph: number;
  /** The answer text after the label, trimmed. */
  start: number;
  end: number;
  speaker: Speaker | null;
}

// Bounded and linear: a label is at most four capitalised words before the colon.
const QA_LABEL = /^(?:\*\*|__)?(Q|A|Question|Answer)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/;
// "Q. …" / "A. …" counts only where both forms recur, since "A. J. Smith" also opens lines.
const QA_DOT_LABEL = /^(?:\*\*|__)?(Q|A)\.(?:\*\*|__)?\s+(?!\p{Lu}\.)/u;
const NAME_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:\*\*|__)?:(?:\*\*|__)?\s+/u;
const MIN_LABELS = 2;

interface Label {
  kind: 'question' | 'answer' | 'name';
  name: string;
  bodyStart: number;
}

function labelOf(text: string, dotLabels: boolean): Label | null {
  const qa = QA_LABEL.exec(text) ?? (dotLabels ? QA_DOT_LABEL.exec(text) : null);
  if (qa) {
    const tag = qa[1]!;
    return { kind: tag.startsWith('Q') ? 'question' : 'answer', name: tag, bodyStart: qa[0].length };
  }
  const named = NAME_LABEL.exec(text);
  return named ? { kind: 'name', name: named[1]!, bodyStart: named[0].length } : null;
}

/** Answer turns of a Q&A interview; empty when the article is not one. */
export function findInterviewTurns(article: ArticleText, index: EntityIndex): InterviewTurn[] {
  const dots = (tag: string): number => article.paragraphs.filter((p) => QA_DOT_LABEL.exec(p.text)?.[1] === tag).length;
  const dotLabels = dots('Q') >= MIN_LABELS && dots('A') >= MIN_LABELS;
  const raw = article.paragraphs.map((p) => labelOf(p.text, dotLabels));
  const repeated = new Map<string, number>();
  for (const l of raw) if (l?.kind === 'name') repeated.set(l.name, (repeated.get(l.name) ?? 0) + 1);
  const isSpeakerLabel = (l: Label): boolean =>
    index.resolve(l.name)?.kind === 'person' || ((repeated.get(l.name) ?? 0) >= MIN_LABELS && l.name.includes(' '));
  const labels = raw.map((l) => (l && (l.kind !== 'name' || isSpeakerLabel(l)) ? l : null));
  const qa = labels.filter((l) => l && l.kind !== 'name').length;
  const named = labels.filter((l) => l?.kind === 'name').length;
  if (qa < MIN_LABELS && named < MIN_LABELS) return [];
  const firstLabel = labels.findIndex((l) => l !== null);
  const interviewee = qa >= MIN_LABELS ? mainPerson(index, firstLabel) : null;
  const turns: InterviewTurn[] = [];
  let current: Speaker | null | undefined;
  let lastLabel = -1;
  labels.forEach((l, p) => {
    if (l) lastLabel = p;
  });
  labels.forEach((label, p) => {
    const text = article.paragraphs[p]!.text;
    if (label) {
      current = speakerForLabel(label, index, interviewee);
      if (current !== undefined) turns.push(turn(p, text, label.bodyStart, current));
      return;
    }
    if (current !== undefined && p < lastLabel) turns.push(turn(p, text, 0, current));
  });
  return turns.filter((t) => t.end > t.start);
}

/** undefined: the paragraph is a question, not a quotation. */
function speakerForLabel(label: Label, index: EntityIndex, interviewee: Speaker | null): Speaker | null | undefined {
  if (label.kind === 'question') return undefined;
  if (label.kind === 'answer') return interviewee;
  const entity = index.resolve(label.name);
  // "The Circuit:" — a publication asking, not a person.
  return entity ? speakerOf(entity) : { name: label.name, kind: /^The /.test(label.name) ? 'organisation' : 'person' };
}

function turn(paragraph: number, text: string, from: number, speaker: Speaker | null): InterviewTurn {
  let start = from;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { paragraph, start, end, speaker };
}

// The interviewee is the person the introduction mentions most (first mentioned on a tie).
function mainPerson(index: EntityIndex, before: number): Speaker | null {
  const counts = new Map<string, { n: number; first: number; speaker: Speaker }>();
  index.mentions.forEach((m, i) => {
    if (m.paragraph >= before || m.entity.kind !== 'person') return;
    const c = counts.get(m.entity.name) ?? { n: 0, first: i, speaker: speakerOf(m.entity) };
    c.n++;
    counts.set(m.entity.name, c);
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best ? best.speaker : null;
}
