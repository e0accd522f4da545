import { useCallback, useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UnsentNote } from '../../messaging/protocol';
import { SITE_LABELS } from '../../sites/types';
import { deleteAllNotes, deleteNote, fetchNotes } from '../data/background';
import { RULE_LABELS } from '../rule-text';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { copyText } from '../shared/clipboard';
import { formatDateTime } from '../shared/format';
import { Section } from './Section';

type Notes = { status: 'loading' } | { status: 'error' } | { status: 'ready'; notes: UnsentNote[] };

/** Drafts the person chose to keep instead of sending: read, copy, delete. */
export function NotesSection() {
  const [notes, setNotes] = useState<Notes>({ status: 'loading' });
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(() => {
    setNotes({ status: 'loading' });
    fetchNotes().then(
      (list) => setNotes({ status: 'ready', notes: [...list].sort((a, b) => b.at - a.at) }),
      () => setNotes({ status: 'error' }),
    );
  }, []);
  useEffect(load, []);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(done);
    } catch {
      setMessage(i18n.t('popup.notes.failed'));
    }
    load();
  };

  return (
    <Section id="notes" title={i18n.t('options.notes.title')} intro={i18n.t('options.notes.intro')}>
      {notes.status === 'loading' && <p class="hint">{i18n.t('options.notes.loading')}</p>}
      {notes.status === 'error' && (
        <div class="notice" role="alert">
          <p>{i18n.t('options.notes.loadFailed')}</p>
          <button type="button" class="button" onClick={load}>
            {i18n.t('common.tryAgain')}
          </button>
        </div>
      )}
      {notes.status === 'ready' && notes.notes.length === 0 && (
        <p class="hint">{i18n.t('options.notes.none')}</p>
      )}
      {notes.status === 'ready' && notes.notes.length > 0 && (
        <>
          <ul class="notes" aria-label={i18n.t('options.notes.title')}>
            {notes.notes.map((note) => (
              <NoteItem
                key={note.id}
                note={note}
                onCopy={async () =>
                  setMessage(
                    (await copyText(note.text))
                      ? i18n.t('options.notes.copied')
                      : i18n.t('popup.notes.copyFailed'),
                  )
                }
                onDelete={() => act(() => deleteNote(note.id), i18n.t('options.notes.deleted'))}
              />
            ))}
          </ul>
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            {i18n.t('options.notes.deleteAll')}
          </button>
        </>
      )}
      <p class="status-line" role="status">
        {message}
      </p>
      <ConfirmDialog
        open={confirming}
        title={i18n.t('options.notes.deleteAllTitle')}
        confirmLabel={i18n.t('options.notes.deleteAllConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          act(deleteAllNotes, i18n.t('options.notes.allDeleted'));
        }}
      >
        <p>{i18n.t('options.notes.deleteAllText')}</p>
      </ConfirmDialog>
    </Section>
  );
}

function NoteItem({
  note,
  onCopy,
  onDelete,
}: {
  note: UnsentNote;
  onCopy: () => void;
  onDelete: () => void;
}) {
  const when = formatDateTime(note.at);
  return (
    <li class="note">
      <p class="note__meta">
        <time dateTime={new Date(note.at).toISOString()}>{when}</time> · {SITE_LABELS[note.site]}
        {note.chatTitle && <> · {i18n.t('popup.notes.to', { chat: note.chatTitle })}</>}
        {note.rules.map((rule) => (
          <span key={rule} class="tag">
            {RULE_LABELS[rule].name}
          </span>
        ))}
      </p>
      <p class="note__text">{note.text}</p>
      <div class="note__actions">
        <button
          type="button"
          class="button"
          aria-label={i18n.t('options.notes.copyNote', { when })}
          onClick={onCopy}
        >
          {i18n.t('popup.notes.copy')}
        </button>
        <button
          type="button"
          class="button button--danger"
          aria-label={i18n.t('options.notes.deleteNote', { when })}
          onClick={onDelete}
        >
          {i18n.t('popup.notes.delete')}
        </button>
      </div>
    </li>
  );
}
