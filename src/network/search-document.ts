/**
 * Search text folded the same way on both sides: lower case, diacritics removed ("Fryslân" →
 * "fryslan", "één" → "een"), everything that is not a letter or digit a space. The stored
 * document and every query go through `fold`, so matching does not depend on the database's
 * own accent handling.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded, at most `max` (a 10,000-character query is simply cut). */
export function queryTerms(query: string, max = 8): string[] {
  return fold(query.slice(0, 500))
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, max);
}

/** The searchable text of a listing: its own words, its labels and the names of its places. */
export function searchDocument(parts: {
  name: string;
  summary: string;
  description: string;
  city: string;
  labels: string[];
  places: string[];
}): string {
  return fold(
    [
      parts.name,
      parts.summary,
      parts.description,
      parts.city,
      ...parts.labels,
      ...parts.places,
    ].join(' '),
  );
}
