import { i18n } from '#i18n';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import { SaveIndicator } from '../options/SaveIndicator';
import { useSaver } from '../options/use-saver';
import { setSiteOn } from '../settings-ops';
import { SettingsStatus } from '../shared/SettingsStatus';
import { Switch } from '../shared/Switch';
import { useSettings } from '../shared/use-settings';

/** The sites to guard, as in the options page: each switch saves as it is turned. */
export function SiteChoices() {
  const { state, update, reload } = useSettings();
  const { save, state: saveState } = useSaver(update);

  return (
    <section class="card welcome__section" aria-labelledby="sites-title">
      <div class="welcome__heading-row">
        <h2 id="sites-title" class="welcome__heading">
          {i18n.t('welcome.sites.title')}
        </h2>
        <SaveIndicator state={saveState} />
      </div>
      <p class="welcome__intro">{i18n.t('welcome.sites.intro')}</p>
      <SettingsStatus state={state} reload={reload} />
      {state.status === 'ready' && (
        <div class="welcome__switches">
          {SITE_IDS.map((site) => (
            <Switch
              key={site}
              id={`site-${site}`}
              label={i18n.t('popup.controls.guardSite', { site: SITE_LABELS[site] })}
              checked={state.settings.sites[site]}
              onChange={(on) => save((s) => setSiteOn(s, site, on))}
            />
          ))}
        </div>
      )}
    </section>
  );
}
