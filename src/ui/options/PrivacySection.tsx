import { i18n } from '#i18n';
import { rich } from '../shared/rich';
import { Section } from './Section';

/** What is kept, where, and what never happens. Must stay true: update it with the storage layer. */
export function PrivacySection() {
  return (
    <Section id="privacy" title={i18n.t('options.nav.privacy')}>
      <p>{rich(i18n.t('options.privacy.nothingLeaves'))}</p>
      <p>{i18n.t('options.privacy.stored')}</p>
      <ul class="privacy-list">
        <li>{i18n.t('options.privacy.settings')}</li>
        <li>{i18n.t('options.privacy.counts')}</li>
        <li>{i18n.t('options.privacy.times')}</li>
        <li>{i18n.t('options.privacy.health')}</li>
        <li>{i18n.t('options.privacy.notes')}</li>
      </ul>
      <p>{i18n.t('options.privacy.removing')}</p>
    </Section>
  );
}
