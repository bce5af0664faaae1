// Articles the Discord tests ingest, in the shapes people attach or link: Markdown with front
// matter, and an HTML page.

/** An article whose text carries mass mentions and a role mention inside quotes and sentences. */
export const MENTION_ARTICLE = `---
title: "Chatbot posts spark moderation debate"
outlet: Example Wire
date: 2025-02-03
url: https://example.com/news/chatbot-posts
---
# Chatbot posts spark moderation debate

A forum moderator said the bot had copied a message that read "@everyone <@&123> free GPUs for all, click now" before it was removed.

"We saw @here and @everyone pings pasted into quotes, and nobody should be pinged by a news bot," said Priya Raman, a moderator at the forum.
`;

export function htmlArticle(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Local Wire">
<meta property="article:published_time" content="2025-02-10T08:00:00Z"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

/** Paragraphs long enough that any answer built from them must be cut to fit Discord. */
export function longQuoteParagraphs(count: number): string[] {
  const sentence = 'The compute budget for frontier training runs keeps rising every quarter, and the labs say so openly';
  return Array.from({ length: count }, (_, i) => {
    const quote = Array.from({ length: 30 }, (_, j) => `${sentence} (${i}.${j})`).join('. ');
    return `“${quote}.” said Lena Ortiz, chief scientist at Northwind Labs, in interview ${i + 1}.`;
  });
}
