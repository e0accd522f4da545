import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  clearRecoveries,
  describeRecovery,
  getRecoveries,
  type Recovery,
  watchRecoveries,
} from '../data/recoveries';
import { formatDateTime } from '../shared/format';

/**
 * Tells the person when saved data was found damaged and reset, so a setting that jumped back
 * to its default is explained rather than mysterious. Live: damage found by the background or
 * another page while this page is open shows up at once. Hidden when there is nothing to tell.
 */
export function RecoveryNotice() {
  const [log, setLog] = useState<Recovery[]>([]);
  useEffect(() => {
    let live = true;
    const unwatch = watchRecoveries((next) => live && setLog(next));
    getRecoveries().then(
      (first) => live && setLog(first),
      () => undefined, // Nothing to show is better than an error about the error log.
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (log.length === 0) return null;
  return (
    <div class="notice recovery-notice" role="alert">
      <p class="notice__title">{i18n.t('options.recovery.title')}</p>
      <ul class="recovery-notice__list">
        {[...log].reverse().map((recovery) => (
          <li key={`${recovery.key}-${recovery.at}`}>
            {describeRecovery(recovery)} <span class="hint">({formatDateTime(recovery.at)})</span>
          </li>
        ))}
      </ul>
      <p>{i18n.t('options.recovery.kept')}</p>
      <button type="button" class="button" onClick={() => clearRecoveries()}>
        {i18n.t('options.recovery.dismiss')}
      </button>
    </div>
  );
}
