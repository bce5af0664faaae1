// Slack's mrkdwn treats `&`, `<` and `>` as control characters: `<!channel>` pings a channel and
// `<https://x|click>` hides a link behind any label. Article text goes through `escapeMrkdwn`, so
// whatever an article contains is shown as text and never acted on.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escaped `text` in at most `max` UTF-16 units: cut at a word boundary with "…" when too long. */
export function fitMrkdwn(text: string, max: number): string {
  const whole = escapeMrkdwn(text);
  if (whole.length <= max) return whole;
  return `${escapeMrkdwn(cutToFit(text, max - 1, escapedCost))}…`;
}

/** Plain text (header, button) in at most `max` UTF-16 units, cut like `fitMrkdwn`. */
export function fitPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutToFit(text, max - 1, (ch) => ch.length)}…`;
}

function escapedCost(ch: string): number {
  if (ch === '&') return 5;
  if (ch === '<' || ch === '>') return 4;
  return ch.length;
}

/**
 * The longest start of `text` costing at most `budget`, ending at a word boundary when one is near.
 * It walks code points, so a surrogate pair (an emoji) is kept whole or left out, never split; and it
 * measures escaped length, so cutting never lands inside an `&amp;`.
 */
function cutToFit(text: string, budget: number, cost: (ch: string) => number): string {
  let used = 0;
  let end = 0;
  let lastSpace = -1;
  for (const ch of text) {
    if (/\s/.test(ch)) lastSpace = end;
    used += cost(ch);
    if (used > budget) break;
    end += ch.length;
  }
  // A boundary that would throw away more than half the room is worse than a cut word.
  const cut = lastSpace > end / 2 ? lastSpace : end;
  return text.slice(0, cut).trimEnd();
}
