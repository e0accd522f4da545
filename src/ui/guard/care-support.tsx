import { i18n } from '#i18n';
import { CARE_LINES, FIND_A_HELPLINE } from './care-resources';

/** The words of one line, by region: how that service is reached is part of the sentence. */
function lineWords(line: (typeof CARE_LINES)[number]): { region: string; text: string } {
  const named = { number: line.number, service: line.service };
  return line.region === 'us'
    ? { region: i18n.t('care.region.us'), text: i18n.t('care.line.us', named) }
    : { region: i18n.t('care.region.ukIe'), text: i18n.t('care.line.ukIe', named) };
}

/** Leads the dialog when a draft reads as a crisis: support first, no "are you sure?". */
export function CareSupport() {
  // The directory's name is a link inside the sentence, wherever the language puts it.
  const [before, after] = i18n.t('care.elsewhere', { link: '\u0000' }).split('\u0000');
  return (
    <header class="st-dialog__head st-care">
      <h2 id="st-dialog-title">{i18n.t('care.title')}</h2>
      <div id="st-dialog-desc">
        <p>{i18n.t('care.intro')}</p>
        <ul class="st-care__lines">
          {CARE_LINES.map((line) => {
            const { region, text } = lineWords(line);
            return (
              <li key={line.region}>
                <strong>{region}:</strong> {text}
              </li>
            );
          })}
          <li>
            {before}
            <a href={FIND_A_HELPLINE.href} target="_blank" rel="noreferrer noopener">
              {FIND_A_HELPLINE.link}
            </a>
            {after}
          </li>
          <li>{i18n.t('care.emergency')}</li>
        </ul>
        <p>{i18n.t('care.closing')}</p>
      </div>
    </header>
  );
}
