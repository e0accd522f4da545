import { useCallback, useEffect, useState } from 'preact/hooks';
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
      setMessage('That did not work. Please try again.');
    }
    load();
  };

  return (
    <Section
      id="notes"
      title="Unsent notes"
      intro="Messages you saved instead of sending. Reading them later, with a clear head, is the point."
    >
      {notes.status === 'loading' && <p class="hint">Loading notes…</p>}
      {notes.status === 'error' && (
        <div class="notice" role="alert">
          <p>Your notes could not be loaded.</p>
          <button type="button" class="button" onClick={load}>
            Try again
          </button>
        </div>
      )}
      {notes.status === 'ready' && notes.notes.length === 0 && (
        <p class="hint">
          No unsent notes. When you save a draft instead of sending it, it waits here.
        </p>
      )}
      {notes.status === 'ready' && notes.notes.length > 0 && (
        <>
          <ul class="notes" aria-label="Unsent notes">
            {notes.notes.map((note) => (
              <NoteItem
                key={note.id}
                note={note}
                onCopy={async () =>
                  setMessage(
                    (await copyText(note.text)) ? 'Note copied.' : 'Copying did not work here.',
                  )
                }
                onDelete={() => act(() => deleteNote(note.id), 'Note deleted.')}
              />
            ))}
          </ul>
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            Delete all notes…
          </button>
        </>
      )}
      <p class="status-line" role="status">
        {message}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Delete all unsent notes?"
        confirmLabel="Delete all"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          act(deleteAllNotes, 'All notes deleted.');
        }}
      >
        <p>They are removed from this device and cannot be brought back.</p>
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
        {note.chatTitle && <> · to {note.chatTitle}</>}
        {note.rules.map((rule) => (
          <span key={rule} class="tag">
            {RULE_LABELS[rule].name}
          </span>
        ))}
      </p>
      <p class="note__text">{note.text}</p>
      <div class="note__actions">
        <button type="button" class="button" aria-label={`Copy note from ${when}`} onClick={onCopy}>
          Copy
        </button>
        <button
          type="button"
          class="button button--danger"
          aria-label={`Delete note from ${when}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
