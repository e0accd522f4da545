import { i18n } from '#i18n';
import type { SaveState } from './use-saver';

const TEXT: Record<SaveState, () => string> = {
  idle: () => i18n.t('options.save.idle'),
  saving: () => i18n.t('options.save.saving'),
  saved: () => i18n.t('options.save.saved'),
  failed: () => i18n.t('options.save.failed'),
};

/** Always visible, announced politely: the person never wonders whether a change stuck. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p class={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {TEXT[state]()}
    </p>
  );
}
