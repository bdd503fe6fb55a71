/** Console: the domain (host and port) of a web URL, as the browser reads it; undefined otherwise. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    // `host` is the punycode form of an international domain: a look-alike shows as `xn--…`.
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}
