// Boots the WhatsApp Web practice replica: side pane, one open chat in `#main`, decoys, and the
// read-only test hook. See index.html for which dom-notes snapshot this copies.
import { h } from '../shared/dom';
import { busyHistory, type Chat, seedChats } from './chats';
import { buildConversation, type Conversation } from './conversation';
import { buildMediaCaption, type DecoyEvent, openEditDialog } from './decoys';
import { installHook } from './hook';
import { labelsFor } from './i18n';
import { readOptions } from './options';
import { buildSidePane } from './side-pane';

const options = readOptions(location.search);
const labels = labelsFor(options.lang);
const chats = seedChats();
const sentByChat = new Map<string, string[]>();
const decoyEvents: DecoyEvent[] = [];
const logDecoy = (event: DecoyEvent) => decoyEvents.push(event);

const app = document.getElementById('app')!;
const media = buildMediaCaption(labels, logDecoy);
const intro = h(
  'div',
  { class: 'wr-intro' },
  h('div', { class: 'wr-intro-title' }, 'WhatsApp Web'),
  h('div', {}, labels.intro),
);
let current: Conversation | null = null;

const side = buildSidePane(
  chats,
  labels,
  (chat) => openChat(chat, true),
  (text) => logDecoy({ kind: 'search', text }),
);

function sentLog(chatId: string): string[] {
  let log = sentByChat.get(chatId);
  if (!log) {
    log = [];
    sentByChat.set(chatId, log);
  }
  return log;
}

function openChat(chat: Chat | null, push: boolean): void {
  if (current?.chat === chat) return;
  current?.destroy();
  current = null;
  intro.remove();
  if (chat) {
    current = buildConversation(chat, options, labels, {
      sentLog: sentLog(chat.id),
      onAttach: () => media.open(),
      onActivity: () => side.update(chat.id),
      onEdit: (message, list) => openEditDialog(message, list, labels, logDecoy),
    });
    app.append(current.element);
  } else {
    app.append(intro);
  }
  side.update(chat?.id ?? null);
  if (push) {
    const url = new URL(location.href);
    url.searchParams.set('chat', chat?.id ?? 'none');
    history.pushState({ chat: chat?.id ?? null }, '', url);
  }
}

function chatFromUrl(): Chat | null {
  const id = new URLSearchParams(location.search).get('chat') ?? options.chat;
  if (id === 'none') return null;
  return chats.find((chat) => chat.id === id) ?? chats[0]!;
}

const first = chatFromUrl();
if (options.busy && first) first.messages = busyHistory(first, 5000);
app.append(side.element, media.element);
openChat(first, false);
window.addEventListener('popstate', () => openChat(chatFromUrl(), false));

installHook({
  options,
  current: () => current,
  sentIn: (chatId) => [...sentLog(chatId)],
  decoyEvents: () => [...decoyEvents],
});
