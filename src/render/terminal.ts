import type { Answer, Result } from '../core/answer.ts';
import { sourceLine } from './source-line.ts';

/** What a person reads in a terminal: numbered results, each with its speaker and source. */
export function renderTerminal(answer: Answer): string {
  const lines = [answer.title, ''];
  answer.results.forEach((result, i) => lines.push(...renderResult(result, i + 1), ''));
  if (answer.comparison) lines.push(answer.comparison.summary, '');
  for (const fact of answer.facts ?? []) lines.push(`  ${fact.label}: ${fact.value}`);
  if (answer.facts) lines.push('');
  if (answer.report) {
    for (const failure of answer.report.failed) lines.push(`  failed: ${failure.file}: ${failure.reason}`);
  }
  if (answer.message) lines.push(answer.message);
  return lines.join('\n').trimEnd();
}

function renderResult(result: Result, n: number): string[] {
  const { source } = result;
  const where = `${source.file}${source.paragraph !== null ? `, paragraph ${source.paragraph}` : ''}`;
  const line = sourceLine(source);
  const known = line !== source.file;
  if (result.kind === 'article') {
    return [`${n}. ${result.text}`, ...(known ? [`   ${line}`] : []), `   ${where}${source.url ? ` · ${source.url}` : ''}`];
  }
  const who = result.speaker ?? (result.kind === 'quote' ? 'Unnamed speaker' : null);
  const head = result.kind === 'passage' ? result.text : `“${result.text}”`;
  const lines = [`${n}. ${who ? `${who}: ` : ''}${head}`];
  if (result.excerpt && result.excerpt !== result.text) lines.push(`   …${result.excerpt}…`);
  if (result.figures && result.figures.length > 0) lines.push(`   figures: ${result.figures.map((f) => f.text).join('; ')}`);
  lines.push(known ? `   — ${line} (${where})` : `   — ${where}`);
  return lines;
}
