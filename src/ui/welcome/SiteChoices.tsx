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
          Where to guard
        </h2>
        <SaveIndicator state={saveState} />
      </div>
      <p class="welcome__intro">
        Second Thought starts on every site below. Turn one off if you would rather not be guarded
        there; the toolbar icon turns it back on at any time.
      </p>
      {state.status === 'loading' && (
        <p class="hint" role="status">
          Loading your settings…
        </p>
      )}
      {state.status === 'error' && (
        <div class="notice" role="alert">
          <p class="notice__title">Your settings could not be read</p>
          <p>{state.message}</p>
          <button type="button" class="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <div class="welcome__switches">
          {SITE_IDS.map((site) => (
            <Switch
              key={site}
              id={`site-${site}`}
              label={`Guard on ${SITE_LABELS[site]}`}
              checked={state.settings.sites[site]}
              onChange={(on) => save((s) => setSiteOn(s, site, on))}
            />
          ))}
        </div>
      )}
    </section>
  );
}
