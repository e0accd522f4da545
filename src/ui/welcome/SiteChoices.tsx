import { i18n } from '#i18n';
import { SITE_IDS, SITE_LABELS } from '../../sites/types';
import { SaveIndicator } from '../options/SaveIndicator';
import { useSaver } from '../options/use-saver';
import { setSiteOn } from '../settings-ops';
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
      {state.status === 'loading' && (
        <p class="hint" role="status">
          {i18n.t('options.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="notice" role="alert">
          <p class="notice__title">{i18n.t('options.readFailed')}</p>
          <p>{state.message}</p>
          <button type="button" class="button" onClick={reload}>
            {i18n.t('common.tryAgain')}
          </button>
        </div>
      )}
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
