import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { NotRiskyOffer } from '../../guard/not-risky-offer';
import { formatCount } from '../../i18n/locale';
import type { Finding } from '../../rules/types';
import type { NotRiskyChoice } from '../../storage/not-risky';
import { CareSupport } from './care-support';
import { FindingList } from './finding-list';
import { highlightSegments } from './highlight';
import { NotRiskyQuestion } from './not-risky-question';
import { trusted } from './trusted';
import { UndoNotice, type UndoNoticeModel } from './undo-notice';
import { useFocusTrap, useRefocusAfterBusy } from './use-focus-trap';

export interface PauseDialogModel {
  draft: string;
  findings: Finding[];
  /** Seconds before "Send anyway" is enabled. */
  pauseSeconds: number;
  /** Risky send attempts to this chat in the last few minutes, this one included. */
  recentAttempts: number;
  /** Shown when an action could not finish, e.g. the site's send button disappeared. */
  notice: string | null;
  /** An action is under way; the buttons wait. */
  busy: boolean;
  /** What "Not risky" can change; null: not offered (nothing correctable, or already cleared). */
  offer: NotRiskyOffer | null;
  /** The person marked everything not risky: nothing is left to pause for, it may go at once. */
  cleared: boolean;
  /** The last correction, with its Undo, for a few seconds. */
  correction: UndoNoticeModel | null;
}

export interface PauseDialogActions {
  keepEditing(): void;
  saveNote(): void;
  sendAnyway(): void;
  notRisky(choice: NotRiskyChoice): void;
  undo(): void;
  dismissNotice(): void;
}

export function PauseDialog({
  model,
  actions,
}: {
  model: PauseDialogModel;
  actions: PauseDialogActions;
}) {
  const care = model.findings.some((f) => f.rule === 'self-harm');
  const remaining = useCountdown(model.pauseSeconds);
  const [asking, setAsking] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useFocusTrap(dialogRef, firstRef);
  useRefocusAfterBusy(model.busy, dialogRef, firstRef);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && event.isTrusted) {
      event.preventDefault();
      actions.keepEditing();
    }
    // A held Enter (the press that opened the dialog, auto-repeating) must not press the
    // focused button: it would close the dialog, and the next repeat would open it again.
    if (event.key === 'Enter' && event.repeat) event.preventDefault();
  };

  return (
    <div class="st-backdrop">
      <div
        ref={dialogRef}
        class={care ? 'st-dialog st-dialog--care' : 'st-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby="st-dialog-title"
        aria-describedby="st-dialog-desc"
        onKeyDown={onKeyDown}
      >
        {model.cleared ? (
          <header class="st-dialog__head">
            <h2 id="st-dialog-title">{i18n.t('dialog.clearedTitle')}</h2>
            <p id="st-dialog-desc">{i18n.t('dialog.clearedText')}</p>
          </header>
        ) : care ? (
          <CareSupport />
        ) : (
          <header class="st-dialog__head">
            <h2 id="st-dialog-title">{i18n.t('dialog.title')}</h2>
            <p id="st-dialog-desc">{i18n.t('dialog.text')}</p>
          </header>
        )}
        {model.recentAttempts >= 3 ? (
          <p class="st-repeat">
            {i18n.t('dialog.repeat', { count: formatCount(model.recentAttempts) })}
          </p>
        ) : null}
        <blockquote class="st-draft" aria-label={i18n.t('dialog.yourMessage')}>
          {highlightSegments(model.draft, model.findings).map((segment, i) =>
            segment.marked ? (
              <mark key={i}>{segment.text}</mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
        </blockquote>
        <FindingList findings={model.findings.filter((f) => f.rule !== 'self-harm')} />
        {model.offer && !model.busy ? (
          asking ? (
            <NotRiskyQuestion
              offer={model.offer}
              onChoose={(choice) => {
                setAsking(false);
                actions.notRisky(choice);
              }}
              onCancel={() => {
                setAsking(false);
                firstRef.current?.focus();
              }}
            />
          ) : (
            <p class="st-correct">
              <button
                type="button"
                class="st-btn st-btn--small st-btn--quiet"
                onClick={trusted(() => setAsking(true))}
              >
                {i18n.t('notRisky.button')}
              </button>
            </p>
          )
        ) : null}
        <UndoNotice
          model={model.correction}
          onUndo={actions.undo}
          onDismiss={actions.dismissNotice}
        />
        {model.notice ? (
          <p class="st-notice" role="alert">
            {model.notice}
          </p>
        ) : null}
        {model.cleared ? null : <PauseMeter remaining={remaining} total={model.pauseSeconds} />}
        <div class="st-actions">
          <button
            ref={firstRef}
            type="button"
            class={model.cleared ? 'st-btn' : 'st-btn st-btn--primary'}
            disabled={model.busy}
            onClick={trusted(actions.keepEditing)}
          >
            {i18n.t('dialog.keepEditing')}
          </button>
          <button
            type="button"
            class="st-btn"
            disabled={model.busy}
            onClick={trusted(actions.saveNote)}
          >
            {i18n.t('dialog.saveNote')}
          </button>
          {model.cleared ? (
            <button
              type="button"
              class="st-btn st-btn--primary"
              disabled={model.busy}
              onClick={trusted(actions.sendAnyway)}
            >
              {i18n.t('dialog.sendNow')}
            </button>
          ) : (
            <button
              type="button"
              class="st-btn st-btn--quiet"
              disabled={model.busy || remaining > 0}
              onClick={trusted(actions.sendAnyway)}
            >
              {i18n.t('dialog.sendAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function PauseMeter({ remaining, total }: { remaining: number; total: number }) {
  if (total === 0) return null;
  const done = remaining === 0;
  return (
    <div class="st-pause">
      <div class="st-pause__track" aria-hidden="true">
        <div class="st-pause__fill" style={{ width: `${((total - remaining) / total) * 100}%` }} />
      </div>
      <p class="st-pause__text" aria-hidden={done ? undefined : 'true'}>
        {done
          ? i18n.t('dialog.unlocked')
          : i18n.t('dialog.countdown', remaining, { count: formatCount(remaining) })}
      </p>
      {/* Screen readers hear the end of the countdown once, not every second of it. */}
      <p class="st-visually-hidden" role="status">
        {done ? i18n.t('dialog.unlockedAnnounce') : ''}
      </p>
    </div>
  );
}

/** Seconds left of the pause, ticking once a second from when the dialog opened. */
function useCountdown(seconds: number): number {
  const [remaining, setRemaining] = useState(seconds);
  useEffect(() => {
    if (seconds <= 0) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const left = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setRemaining(left);
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return remaining;
}
