/**
 * The region a BCP-47 language tag names, if any: "es-MX" -> "MX", "pt" -> undefined. Only a
 * country (two letters) counts; a UN M.49 area such as "es-419" (Latin America) names no one
 * country, so it gives undefined like a bare language. Browsers report "pt-BR", some older APIs
 * "pt_BR", so both separators are read, in any case.
 */
export function regionFromLocale(locale: string): string | undefined {
  const [language, ...rest] = locale.trim().split(/[-_]/);
  if (!language || !/^[a-z]{2,8}$/i.test(language)) return undefined;
  for (const subtag of rest) {
    // A singleton (u-, x-, t-...) starts extensions or private use: no region after it counts.
    if (subtag.length === 1) return undefined;
    if (/^[a-z]{2}$/i.test(subtag)) return canonical(subtag.toUpperCase());
    if (/^[0-9]{3}$/.test(subtag)) return undefined;
    // Otherwise an extended language (3 letters), a script (4) or a variant (5-8): keep looking.
  }
  return undefined;
}

/** "UK" is not an ISO 3166 code but is written for Great Britain often enough to honour. */
function canonical(region: string): string {
  return region === 'UK' ? 'GB' : region;
}
