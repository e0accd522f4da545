// Boots the Google Messages for Web practice replica: the conversation list, the open
// conversation from the URL (/web/conversations/<id>, switched by pushState like the real SPA),
// the phone-connection banner, and the read-only test hook. See index.html for the sources.
import { h } from '../shared/dom';
import { buildConversationList, conversationPath } from './conversation-list';
import { type Conversation, seedConversations } from './conversations';
import { type DecoyEvent, installHook } from './hook';
import { readOptions } from './options';
import { type OpenConversation, openConversation } from './thread';

const options = readOptions(location.search);
const conversations = seedConversations();
const sentByConversation = new Map<string, string[]>();
const decoyEvents: DecoyEvent[] = [];
let current: OpenConversation | null = null;

function sentLog(id: string): string[] {
  let log = sentByConversation.get(id);
  if (!log) {
    log = [];
    sentByConversation.set(id, log);
  }
  return log;
}

const app = document.getElementById('app')!;
// The phone-connection banner (§2.7): its h2 is no chat title.
const banner = h('div', { class: 'information-banner' }, h('h2', { class: 'title' }, 'Connecting'));
const inbox = h('div', { class: 'gm-inbox' }, h('h2', {}, 'Start a conversation'));
const list = buildConversationList(
  conversations,
  (conversation) => open(conversation, true),
  (text) => decoyEvents.push({ kind: 'search', text }),
);

function open(conversation: Conversation | null, push: boolean): void {
  if (current && current.conversation === conversation) return;
  current?.destroy();
  current = null;
  inbox.remove();
  if (conversation) {
    current = openConversation(conversation, options, {
      sentLog: sentLog(conversation.id),
      onActivity: () => list.update(conversation.id),
    });
    app.append(current.element);
  } else {
    app.append(inbox);
  }
  list.update(conversation?.id ?? null);
  if (push) {
    const path = conversation ? conversationPath(conversation.id) : '/web/conversations';
    history.pushState({}, '', path + location.search);
  }
}

function conversationFromUrl(): Conversation | null {
  const match = /^\/web\/conversations\/([^/]+)/.exec(location.pathname);
  return conversations.find((c) => c.id === match?.[1]) ?? null;
}

app.append(banner, list.element);
open(conversationFromUrl(), false);
window.addEventListener('popstate', () => open(conversationFromUrl(), false));
// The banner shows while the page reaches the phone, then hides.
setTimeout(() => banner.setAttribute('hidden', ''), 800);

installHook({
  options,
  current: () => current,
  sentIn: (id) => [...sentLog(id)],
  decoyEvents: () => [...decoyEvents],
});
