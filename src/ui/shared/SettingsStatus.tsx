import { i18n } from '#i18n';
import type { SettingsState } from './use-settings';

/**
 * What a settings page shows before its settings are ready: a hint while they load, or why they
 * could not be read, with Try again. Nothing once they are ready.
 */
export function SettingsStatus({ state, reload }: { state: SettingsState; reload(): void }) {
  if (state.status === 'loading') {
    return (
      <p class="hint" role="status">
        {i18n.t('options.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="notice" role="alert">
        <p class="notice__title">{i18n.t('options.readFailed')}</p>
        <p>{state.message}</p>
        <button type="button" class="button" onClick={reload}>
          {i18n.t('common.tryAgain')}
        </button>
      </div>
    );
  }
  return null;
}
