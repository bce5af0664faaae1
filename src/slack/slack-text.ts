/**
 * What a person typed, from the way Slack sends a message: mentions (`<@U0BOT>`, `<!here>`) dropped,
 * links (`<https://x.com/a|x.com/a>`) unwrapped to their URL, and `&amp;` `&lt;` `&gt;` decoded,
 * so "@ainews ingest https://x.com/a" reads as "ingest https://x.com/a".
 */
export function plainFromSlack(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<![^>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<((?:https?|mailto):[^|>]*)(?:\|[^>]*)?>/gi, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
