import { i18n } from '#i18n';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import type { Settings } from '../../storage/settings-schema';
import { setSiteOn } from '../settings-ops';
import { Switch } from '../shared/Switch';
import { Section } from './Section';
import type { Save } from './use-saver';

export function SitesSection({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <Section id="sites" title={i18n.t('options.sites.title')} intro={i18n.t('options.sites.intro')}>
      <div class="stack">
        {SITE_IDS.map((site) => (
          <Switch
            key={site}
            id={`site-${site}`}
            label={i18n.t('popup.controls.guardSite', { site: SITE_LABELS[site] })}
            checked={settings.sites[site]}
            onChange={(on) => save((s) => setSiteOn(s, site, on))}
          />
        ))}
      </div>
    </Section>
  );
}
