import type { SaveState } from './use-saver';

const TEXT: Record<SaveState, string> = {
  idle: 'Changes save as you make them',
  saving: 'Saving…',
  saved: 'All changes saved',
  failed: 'That change could not be saved. Please check it and try again.',
};

/** Always visible, announced politely: the person never wonders whether a change stuck. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p class={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {TEXT[state]}
    </p>
  );
}
