import { i18n } from '#i18n';
import { listInWords } from '../../i18n/locale';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import { rich } from '../shared/rich';

/** What the extension does and how to start, shown until anything has been counted. */
export function FirstRun() {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" class="first-run__title">
        {i18n.t('popup.firstRun.title')}
      </h2>
      <p>{i18n.t('popup.firstRun.text')}</p>
      <ol class="first-run__steps">
        <li>
          {i18n.t('popup.firstRun.open', {
            sites: listInWords(
              SITE_IDS.map((id) => SITE_LABELS[id]),
              'or',
            ),
          })}
        </li>
        <li>{rich(i18n.t('popup.firstRun.guard'))}</li>
        <li>{i18n.t('popup.firstRun.write')}</li>
      </ol>
    </section>
  );
}
