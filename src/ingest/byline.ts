// Bylines ("By Sun Dam-eun, staff reporter; Jeong Nam-ku, staff reporter") name the authors.

const NOT_NAME_WORDS = new Set([
  'the', 'staff', 'reporter', 'reporters', 'editor', 'editors', 'correspondent', 'writer', 'news', 'press',
  'agency', 'desk', 'team', 'wire', 'associated', 'contributor', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
]);
const PARTICLES = new Set(['de', 'da', 'del', 'der', 'di', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos']);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** True for "Sam Altman", "Sun Dam-eun", "Ursula von der Leyen"; false for "staff reporter", "Tuesday". */
export function isPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (!NAME_TOKEN.test(tokens[0]!) || !NAME_TOKEN.test(tokens[tokens.length - 1]!)) return false;
  return tokens.every(
    (t) => !NOT_NAME_WORDS.has(t.toLowerCase()) && (NAME_TOKEN.test(t) || PARTICLES.has(t.toLowerCase())),
  );
}

/** The author names of a byline line, or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const m = /^by\s+(\S.{2,200})$/i.exec(line.trim());
  if (!m || line.split(/\s+/).length > 16) return null;
  const segments = m[1]!.split(/\s*(?:;|\||,|&|\band\b)\s*/).filter((s) => s !== '');
  // The first segment must itself be a name: "By 2030, the company will…" is a sentence.
  if (!segments[0] || !isPersonName(segments[0])) return null;
  if (segments.some((s) => s.split(/\s+/).length > 6)) return null;
  return segments.filter(isPersonName);
}
