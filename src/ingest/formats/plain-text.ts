// Plain text: one paragraph per non-empty line, as scraped articles are usually saved.

export function plainTextParagraphs(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
