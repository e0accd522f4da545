import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
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
    <Section id="chats" title={i18n.t('options.chats.title')}>
      <fieldset class="choices">
        <legend class="visually-hidden">{i18n.t('options.chats.which')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="guard-mode"
            checked={settings.guardMode === 'all'}
            onChange={() => setMode('all')}
          />
          <span>
            {i18n.t('options.chats.all')}
            <span class="choice__desc">{i18n.t('options.chats.allDesc')}</span>
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
            {i18n.t('options.chats.listed')}
            <span class="choice__desc">{i18n.t('options.chats.listedDesc')}</span>
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
      <h3 class="subhead">{i18n.t('options.chats.listedTitle')}</h3>
      <p class="hint">{i18n.t('options.chats.listedHint')}</p>
      {settings.guardedChats.length === 0 ? (
        <p class="hint">
          {listed ? i18n.t('options.chats.noneListedOnly') : i18n.t('options.chats.noneListed')}
        </p>
      ) : (
        <ChatItems
          label={i18n.t('options.chats.guardedLabel')}
          chats={settings.guardedChats}
          removeLabel={(chat) =>
            i18n.t('options.chats.stopGuarding', {
              chat: chat.title,
              site: SITE_LABELS[chat.site],
            })
          }
          onRemove={(chat) => save((s) => unlistChat(s, chat))}
        />
      )}
      <form class="add-form" onSubmit={add} noValidate>
        <div class="field">
          <label for="chat-name" class="field__label">
            {i18n.t('options.chats.name')}
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
            {i18n.t('options.chats.site')}
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
          {i18n.t('options.chats.add')}
        </button>
      </form>
      {error ? (
        <p id="chat-name-error" class="field__error" role="alert">
          {error}
        </p>
      ) : (
        <p id="chat-name-hint" class="hint">
          {i18n.t('options.chats.nameHint')}
        </p>
      )}
    </div>
  );
}

/** The chats the person asked the guard to leave alone (from the popup), each removable. */
function LeftAlone({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <div class="list-editor">
      <h3 class="subhead">{i18n.t('options.chats.leftAlone')}</h3>
      {settings.unguardedChats.length === 0 ? (
        <p class="hint">{i18n.t('options.chats.noneLeftAlone')}</p>
      ) : (
        <ChatItems
          label={i18n.t('options.chats.leftAlone')}
          chats={settings.unguardedChats}
          removeLabel={(chat) =>
            i18n.t('options.chats.guardAgain', { chat: chat.title, site: SITE_LABELS[chat.site] })
          }
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
            {i18n.t('common.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
