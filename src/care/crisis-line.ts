/**
 * The shape of one crisis line, as the care variant shows it when a draft reads as a crisis.
 * Pure data: nothing here dials, fetches or touches the page. Names, areas and numbers stay in
 * the service's own words and language (they are proper nouns, not interface text); everything a
 * sentence needs (hours, free, languages) is a value the interface phrases in its own language.
 */

/** Where a fact was checked: the service's own page, or a government or health-ministry page. */
export interface Source {
  url: string;
  /** ISO date (YYYY-MM-DD) the number was checked against this page. */
  checked: string;
}

export interface PhoneNumber {
  /** As the person dials it, spaced as the service prints it ("116 123", "*4141"). */
  display: string;
  /** The same number as a `tel:` link (RFC 3966 digits, `*` kept for short codes). */
  tel: string;
  /** Where or how this number works when not from everywhere, in the service's words. */
  area?: string;
  /** The menu option to choose after the greeting, when the number serves several needs. */
  menuOption?: number;
}

export interface TextNumber {
  display: string;
  /** The same number as an `sms:` link. */
  sms: string;
}

/** Local time of the service; a closing time before the opening one runs past midnight. */
export type Hours = '24/7' | { daily: { from: string; to: string } };

export interface CrisisLine {
  /** The name the service calls itself. */
  name: string;
  /** Where the service works when it is not the whole country (e.g. one city). */
  area?: string;
  phones: readonly PhoneNumber[];
  text?: TextNumber;
  /** A web or messaging chat run by the service itself. */
  chat?: string;
  email?: string;
  /** Hours of the phone line. */
  hours: Hours;
  /** True only when the sources say it is free from every phone; false claims nothing. */
  free: boolean;
  /** Languages answered directly, as BCP-47 primary tags. */
  languages: readonly string[];
  /** An interpreter can be brought in for other languages. */
  interpreters?: boolean;
  sources: readonly Source[];
}

/** Crisis lines of one country, keyed by its ISO 3166-1 alpha-2 code. */
export interface CountryLines {
  country: string;
  lines: readonly CrisisLine[];
}

/** An international directory: the fallback when the person's country is unknown or not listed. */
export interface Directory {
  name: string;
  url: string;
  sources: readonly Source[];
}
