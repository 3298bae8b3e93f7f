/**
 * Turns user input into a LIKE pattern that matches it as a substring. Wildcards typed by the user
 * are removed rather than escaped, because the escape character differs per database.
 */
export function containsPattern(value: string): string {
  return `%${value.replace(/[%_\\]/g, '').toLowerCase()}%`;
}
