import { useState } from 'preact/hooks';
import { SITE_IDS, SITE_LABELS, type SiteId } from '../../sites/types';
import type { Settings } from '../../storage/settings-schema';
import { listChat, stopLeavingChatAlone, unlistChat } from '../settings-ops';
import { Section } from './Section';
import type { Save } from './use-saver';
import { CHAT_LIST, checkListEntry } from './validation';

/**
 * Guard every chat, or only the listed ones; the chats listed (every finding counts there) and
 * the chats left alone (the guard stays out), each removable.
 */
export function ChatsSection({ settings, save }: { settings: Settings; save: Save }) {
  const setMode = (guardMode: Settings['guardMode']) => save((s) => ({ ...s, guardMode }));
  return (
    <Section id="chats" title="Chats to guard">
      <fieldset class="choices">
        <legend class="visually-hidden">Which chats to guard</legend>
        <label class="choice">
          <input
            type="radio"
            name="guard-mode"
            checked={settings.guardMode === 'all'}
            onChange={() => setMode('all')}
          />
          <span>
            All chats
            <span class="choice__desc">
              Every chat on the sites you turned on, except those left alone. Outside your listed
              chats only what carries the breakup, or is a risk to anyone, gets a pause.
            </span>
          </span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="guard-mode"
            checked={settings.guardMode === 'listed'}
            onChange={() => setMode('listed')}
          />
          <span>
            Only the chats listed below
            <span class="choice__desc">Everything else is left alone.</span>
          </span>
        </label>
      </fieldset>
      <ChatList settings={settings} save={save} />
      <LeftAlone settings={settings} save={save} />
    </Section>
  );
}

function ChatList({ settings, save }: { settings: Settings; save: Save }) {
  const [name, setName] = useState('');
  // The table's first site until the person picks another.
  const [site, setSite] = useState<SiteId>(SITE_IDS[0]);
  const [error, setError] = useState<string | null>(null);
  const listed = settings.guardMode === 'listed';

  const add = async (e: Event) => {
    e.preventDefault();
    const sameSite = settings.guardedChats.filter((c) => c.site === site).map((c) => c.title);
    const checked = checkListEntry(name, sameSite, CHAT_LIST, settings.guardedChats.length);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    if (await save((s) => listChat(s, { site, title: checked.value }))) {
      setName('');
      setError(null);
    }
  };

  return (
    <div class="list-editor">
      <h3 class="subhead">Listed chats</h3>
      <p class="hint">
        A second thought for everything you write there, even "I love you" and late nights.
      </p>
      {settings.guardedChats.length === 0 ? (
        <p class="hint">
          {listed
            ? 'No chats listed yet, so nothing is guarded. Add one below, or choose "All chats".'
            : 'No chats listed. The list is used when you choose "Only the chats listed below".'}
        </p>
      ) : (
        <ChatItems
          label="Guarded chats"
          chats={settings.guardedChats}
          removeLabel={(chat) => `Stop guarding ${chat.title} on ${SITE_LABELS[chat.site]}`}
          onRemove={(chat) => save((s) => unlistChat(s, chat))}
        />
      )}
      <form class="add-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="chat-name" class="field__label">
            Chat name
          </label>
          <input
            id="chat-name"
            class="input"
            value={name}
            maxLength={CHAT_LIST.maxLength + 50}
            aria-invalid={error !== null}
            aria-describedby={error ? 'chat-name-error' : 'chat-name-hint'}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setError(null);
            }}
          />
        </div>
        <div class="field">
          <label for="chat-site" class="field__label">
            Site
          </label>
          <select
            id="chat-site"
            class="input"
            value={site}
            onChange={(e) => setSite(e.currentTarget.value as SiteId)}
          >
            {SITE_IDS.map((id) => (
              <option key={id} value={id}>
                {SITE_LABELS[id]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          Add chat
        </button>
      </form>
      {error ? (
        <p id="chat-name-error" class="field__error" role="alert">
          {error}
        </p>
      ) : (
        <p id="chat-name-hint" class="hint">
          Write the name exactly as the site shows it at the top of the chat.
        </p>
      )}
    </div>
  );
}

/** The chats the person asked the guard to leave alone (from the popup), each removable. */
function LeftAlone({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <div class="list-editor">
      <h3 class="subhead">Chats left alone</h3>
      {settings.unguardedChats.length === 0 ? (
        <p class="hint">
          None. Choose "Don't guard this chat" in the toolbar popup over a chat to leave it alone.
        </p>
      ) : (
        <ChatItems
          label="Chats left alone"
          chats={settings.unguardedChats}
          removeLabel={(chat) => `Guard ${chat.title} on ${SITE_LABELS[chat.site]} again`}
          onRemove={(chat) => save((s) => stopLeavingChatAlone(s, chat))}
        />
      )}
    </div>
  );
}

type Chat = Settings['guardedChats'][number];

/** A list of chats, each with its site and a Remove button named for what removing does. */
function ChatItems({
  label,
  chats,
  removeLabel,
  onRemove,
}: {
  label: string;
  chats: readonly Chat[];
  removeLabel: (chat: Chat) => string;
  onRemove: (chat: Chat) => void;
}) {
  return (
    <ul class="list" aria-label={label}>
      {chats.map((chat) => (
        <li key={`${chat.site}:${chat.title}`} class="list__item">
          <span>
            {chat.title} <span class="tag">{SITE_LABELS[chat.site]}</span>
          </span>
          <button
            type="button"
            class="button button--quiet"
            aria-label={removeLabel(chat)}
            onClick={() => onRemove(chat)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
