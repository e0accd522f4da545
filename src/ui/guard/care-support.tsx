import { i18n } from '#i18n';
import { chooseLines, type LineChoice } from '../../care/choose-lines';
import type { CountryLines, CrisisLine, PhoneNumber } from '../../care/crisis-line';
import { uiLocale } from '../../i18n/locale';

/**
 * Leads the dialog when a draft reads as a crisis: support first, no "are you sure?". The lines
 * are the person's country's (from the browser's languages, see src/care/choose-lines.ts), the
 * international directory, and the other countries' lines one click away. Numbers and services'
 * names come from the checked table (src/care/crisis-lines.ts); the words around them from the
 * locale files.
 */
export function CareSupport({ locales = browserLocales() }: { locales?: readonly string[] }) {
  const choice = chooseLines(locales);
  return (
    <header class="st-dialog__head st-care">
      <h2 id="st-dialog-title">{i18n.t('care.title')}</h2>
      <div id="st-dialog-desc">
        <p>{i18n.t('care.intro')}</p>
        <ul class="st-care__lines">
          {choice.home?.lines.map((line) => (
            <li key={line.name}>
              <strong>{countryName(choice.home!.country)}</strong> {lineWords(line)}
            </li>
          ))}
          <li>
            <Directory choice={choice} />
          </li>
          <li>{i18n.t('care.emergency')}</li>
        </ul>
        <details class="st-care__others">
          <summary>{i18n.t('care.others')}</summary>
          <ul class="st-care__lines">
            {choice.others.map((country) => (
              <CountryItem key={country.country} country={country} />
            ))}
          </ul>
        </details>
        <p>{i18n.t('care.closing')}</p>
      </div>
    </header>
  );
}

function CountryItem({ country }: { country: CountryLines }) {
  return (
    <li>
      <strong>{countryName(country.country)}</strong>{' '}
      {country.lines.map((line) => lineWords(line)).join('; ')}
    </li>
  );
}

/** The directory's sentence; its name is a link inside it, wherever the language puts it. */
function Directory({ choice }: { choice: LineChoice }) {
  const key = choice.home ? 'care.elsewhere' : 'care.directory';
  const [before, after] = i18n.t(key, { link: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <a href={choice.directory.url} target="_blank" rel="noreferrer noopener">
        {new URL(choice.directory.url).hostname}
      </a>
      {after}
    </>
  );
}

/** "Samaritans: call 116 123 (day or night, free)", in the interface language. */
export function lineWords(line: CrisisLine): string {
  const numbers = line.phones.map(phoneWords).join(i18n.t('care.line.or'));
  let words = i18n.t('care.line.call', { service: line.name, numbers });
  if (line.text) words += i18n.t('care.line.text', { number: line.text.display });
  if (line.chat) words += i18n.t('care.line.chat');
  const hours =
    line.hours === '24/7'
      ? i18n.t('care.hours.always')
      : i18n.t('care.hours.daily', { from: line.hours.daily.from, to: line.hours.daily.to });
  return `${words} (${line.free ? `${hours}, ${i18n.t('care.free')}` : hours})`;
}

function phoneWords(phone: PhoneNumber): string {
  const number =
    phone.menuOption === undefined
      ? phone.display
      : i18n.t('care.line.option', { number: phone.display, option: String(phone.menuOption) });
  return phone.area ? i18n.t('care.line.area', { number, area: phone.area }) : number;
}

/** "Spain:" / "España:" / "Espanha:": the country as the interface language names it. */
function countryName(code: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([uiLocale()], { type: 'region' }).of(code) ?? code;
  } catch {
    // An engine without DisplayNames: the code still says where.
  }
  return i18n.t('care.country', { country: name });
}

/** The browser's languages, most preferred first: where the person most likely is. */
function browserLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
