/** A return path from a query string is used only when it is a local path on this site. */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\r\n\t]/.test(value) || value.length > 500) return fallback;
  return value;
}
