import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { aboveComposer, type ComposerAnchor } from './above-composer';
import { type NoticeMessage, noticeOffersUndo, noticeText } from './notice-text';
import { trusted } from './trusted';

export interface UndoNoticeModel {
  /** Changes whenever a new notice replaces the last one (restarts its timer). */
  id: number;
  message: NoticeMessage;
  /** Above the composer; null: in place (inside the pause dialog). */
  anchor: ComposerAnchor | null;
}

/** How long a notice stays, unless the pointer or focus is on it. */
export const NOTICE_MS = 8000;

/**
 * A short confirmation above the composer ("Saved to your unsent notes…", "Marked not risky…")
 * with an Undo. It goes after a few seconds, but not while the person is pointing at it or has
 * moved focus into it, so the Undo cannot vanish under their hand.
 */
export function UndoNotice({
  model,
  onUndo,
  onDismiss,
}: {
  model: UndoNoticeModel | null;
  onUndo(): void;
  onDismiss(): void;
}) {
  const [held, setHeld] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  // Listened to directly: the box itself is not a control, only a place the pointer rests on.
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const hold = () => setHeld(true);
    const release = (event: Event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (event.type === 'mouseleave' || !box.contains(next)) setHeld(false);
    };
    box.addEventListener('mouseenter', hold);
    box.addEventListener('focusin', hold);
    box.addEventListener('mouseleave', release);
    box.addEventListener('focusout', release);
    return () => {
      box.removeEventListener('mouseenter', hold);
      box.removeEventListener('focusin', hold);
      box.removeEventListener('mouseleave', release);
      box.removeEventListener('focusout', release);
    };
  }, []);
  useEffect(() => {
    if (!model || held) return;
    const timer = setTimeout(onDismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [model?.id, held]);
  const style = model?.anchor ? aboveComposer(model.anchor, 440) : undefined;
  return (
    <div
      ref={ref}
      class={`st-toast${model ? ' st-toast--on' : ''}${model && !model.anchor ? ' st-toast--inline' : ''}`}
      style={style}
    >
      <p class="st-toast__text" role="status" aria-live="polite">
        {model ? noticeText(model.message) : ''}
      </p>
      {model && noticeOffersUndo(model.message) ? (
        <button type="button" class="st-btn st-btn--small" onClick={trusted(onUndo)}>
          {i18n.t('notice.undo')}
        </button>
      ) : null}
    </div>
  );
}
