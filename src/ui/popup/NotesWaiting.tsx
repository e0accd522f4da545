import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatCount } from '../../i18n/locale';
import type { UnsentNote } from '../../messaging/protocol';
import { SITE_LABELS } from '../../sites/types';
import { copyText } from '../shared/clipboard';
import { formatClock, formatDateTime } from '../shared/format';
import type { NotesApi } from './use-notes';

type Actions = Pick<NotesApi, 'decided' | 'keep' | 'remove'>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** A note longer than this, or on more lines, is shown cut short until the person reads it. */
const PREVIEW_CHARS = 90;
const PREVIEW_LINES = 2;

/**
 * Last night's notes, first thing in the popup once the quiet hours are over. Gentle on purpose:
 * the person wrote these at a hard moment. One line that opens (a disclosure button), so the
 * popup's controls still fit on its first screen; the notes open below it, each to read, copy,
 * keep or delete.
 */
export function NightReview({
  notes,
  headline,
  now,
  actions,
}: {
  notes: UnsentNote[];
  headline: string;
  now: number;
  actions: Actions;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section class="card review" aria-labelledby="review-title">
      <h2 class="review__title" id="review-title">
        <button
          type="button"
          class="review__toggle"
          aria-expanded={open}
          aria-controls="review-notes"
          onClick={() => setOpen(!open)}
        >
          {headline}
          <span class="review__chevron" aria-hidden="true" />
        </button>
      </h2>
      <div id="review-notes" class="review__notes" hidden={!open}>
        <p class="hint">{i18n.t('popup.notes.reviewHint')}</p>
        {open && (
          <NoteList
            notes={notes}
            now={now}
            actions={actions}
            label={headline}
            done={i18n.t('popup.notes.reviewDone')}
          />
        )}
      </div>
    </section>
  );
}

/** Notes not looked at yet, in one line that opens into the same list. */
export function WaitingLine({
  notes,
  now,
  actions,
}: {
  notes: UnsentNote[];
  now: number;
  actions: Actions;
}) {
  const [open, setOpen] = useState(false);
  const left = notes.filter((note) => !actions.decided.has(note.id)).length;
  return (
    <section class="waiting" aria-labelledby="waiting-title">
      <div class="waiting__line">
        <h2 class="waiting__title" id="waiting-title">
          {left > 0
            ? i18n.t('popup.notes.waiting', left, { count: formatCount(left) })
            : i18n.t('popup.notes.noneWaiting')}
        </h2>
        <button
          type="button"
          class="button button--quiet"
          aria-expanded={open}
          aria-controls="waiting-notes"
          onClick={() => setOpen(!open)}
        >
          {open ? i18n.t('popup.notes.hide') : i18n.t('popup.notes.read')}
        </button>
      </div>
      <div id="waiting-notes" class="waiting__notes" hidden={!open}>
        {open && (
          <NoteList
            notes={notes}
            now={now}
            actions={actions}
            label={i18n.t('popup.notes.waitingLabel')}
            done={i18n.t('popup.notes.waitingDone')}
          />
        )}
      </div>
    </section>
  );
}

/**
 * The notes still undecided, and one status line for what was just done. When a note leaves the
 * list, focus goes to the next one (or to the status line once none are left), never to nowhere.
 */
function NoteList({
  notes,
  now,
  actions,
  label,
  done,
}: {
  notes: UnsentNote[];
  now: number;
  actions: Actions;
  label: string;
  done: string;
}) {
  const [message, setMessage] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const focusAt = useRef<number | null>(null);
  const left = notes.filter((note) => !actions.decided.has(note.id));

  useEffect(() => {
    const index = focusAt.current;
    if (index === null) return;
    focusAt.current = null;
    const items = list.current?.querySelectorAll<HTMLElement>('.waiting-note');
    const next = items?.[Math.min(index, items.length - 1)];
    (next?.querySelector<HTMLElement>('button') ?? status.current)?.focus();
  }, [left.length]);

  const decide = async (
    index: number,
    work: (id: string) => Promise<boolean>,
    note: UnsentNote,
    doneText: string,
  ) => {
    if (await work(note.id)) {
      focusAt.current = index;
      setMessage(doneText);
    } else {
      setMessage(i18n.t('popup.notes.failed'));
    }
  };

  return (
    <>
      {left.length > 0 && (
        <ul class="waiting-notes" aria-label={label} ref={list}>
          {left.map((note, index) => (
            <NoteCard
              key={note.id}
              note={note}
              now={now}
              onCopy={async () =>
                setMessage(
                  (await copyText(note.text))
                    ? i18n.t('popup.notes.copied')
                    : i18n.t('popup.notes.copyFailed'),
                )
              }
              onKeep={() => decide(index, actions.keep, note, i18n.t('popup.notes.kept'))}
              onDelete={() => decide(index, actions.remove, note, i18n.t('popup.notes.deleted'))}
            />
          ))}
        </ul>
      )}
      <p class="status-line" role="status" tabIndex={-1} ref={status}>
        {left.length === 0 ? `${message} ${done}`.trim() : message}
      </p>
    </>
  );
}

function NoteCard({
  note,
  now,
  onCopy,
  onKeep,
  onDelete,
}: {
  note: UnsentNote;
  now: number;
  onCopy: () => void;
  onKeep: () => void;
  onDelete: () => void;
}) {
  const [open, setOpen] = useState(false);
  const when = noteTime(note.at, now);
  const long = note.text.length > PREVIEW_CHARS || note.text.split('\n').length > PREVIEW_LINES;
  const textId = `note-text-${note.id}`;
  return (
    <li class="waiting-note">
      <p class="waiting-note__meta">
        <time dateTime={new Date(note.at).toISOString()}>{when}</time> · {SITE_LABELS[note.site]}
        {note.chatTitle && <> · {i18n.t('popup.notes.to', { chat: note.chatTitle })}</>}
      </p>
      <p id={textId} class={long && !open ? 'waiting-note__text is-cut' : 'waiting-note__text'}>
        {note.text}
      </p>
      <div class="waiting-note__actions">
        {long && (
          <button
            type="button"
            class="button button--small"
            aria-expanded={open}
            aria-controls={textId}
            aria-label={
              open
                ? i18n.t('popup.notes.showLessOf', { when })
                : i18n.t('popup.notes.readNote', { when })
            }
            onClick={() => setOpen(!open)}
          >
            {open ? i18n.t('popup.notes.showLess') : i18n.t('popup.notes.read')}
          </button>
        )}
        <button
          type="button"
          class="button button--small"
          aria-label={i18n.t('popup.notes.copyNote', { when })}
          onClick={onCopy}
        >
          {i18n.t('popup.notes.copy')}
        </button>
        <button
          type="button"
          class="button button--small"
          aria-label={i18n.t('popup.notes.keepNote', { when })}
          onClick={onKeep}
        >
          {i18n.t('popup.notes.keep')}
        </button>
        <button
          type="button"
          class="button button--small button--danger"
          aria-label={i18n.t('popup.notes.deleteNote', { when })}
          onClick={onDelete}
        >
          {i18n.t('popup.notes.delete')}
        </button>
      </div>
    </li>
  );
}

/** "23:40" today, "Yesterday, 23:40", else the date and time. */
export function noteTime(at: number, now: number): string {
  const day = (ms: number) => new Date(ms).toDateString();
  if (day(at) === day(now)) return formatClock(at);
  if (day(at) === day(now - DAY_MS)) {
    return i18n.t('popup.notes.yesterday', { time: formatClock(at) });
  }
  return formatDateTime(at);
}
