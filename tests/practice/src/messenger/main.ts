// Boots the Messenger practice replica, served at facebook.com/messages/… and messenger.com/….
// Full page by default; `?popup=1` shows a facebook.com feed with a pop-up chat window instead.
import { h } from '../shared/dom';
import { buildChatList } from './chat-list';
import { buildCommentDecoy, type CommentEvent } from './comment-decoy';
import { installHook } from './hook';
import { readLocation, threadPath } from './options';
import { buildThreadView, type ThreadView } from './thread-view';
import { seedThreads, type Thread } from './threads';

const where = readLocation(location);
const threads = seedThreads();
const sentByThread = new Map<string, string[]>();
const decoyEvents: CommentEvent[] = [];
const app = document.getElementById('app')!;
const mode = where.popup ? 'popup' : 'page';
let current: ThreadView | null = null;

function sentLog(threadId: string): string[] {
  let log = sentByThread.get(threadId);
  if (!log) {
    log = [];
    sentByThread.set(threadId, log);
  }
  return log;
}

const chatList = buildChatList(
  threads,
  where.base,
  (thread) => openThread(thread, true),
  (text) => decoyEvents.push({ kind: 'search', text }),
);
const center = h('div', { class: 'mr-center' });
const banner = h(
  'div',
  { role: 'banner', class: 'mr-banner' },
  h('span', { class: 'mr-logo' }, 'facebook'),
  h(
    'span',
    { class: 'mr-practice-note' },
    'Practice copy for Second Thought: nothing is sent anywhere.',
  ),
);
const feed = h(
  'div',
  { role: 'main', class: 'mr-feed' },
  h('h2', { class: 'mr-aside-title' }, 'From your feed'),
  buildCommentDecoy((event) => decoyEvents.push(event)),
);

if (mode === 'page') {
  app.append(
    banner,
    h(
      'div',
      { class: 'mr-layout' },
      chatList.element,
      center,
      h('aside', { class: 'mr-aside' }, feed),
    ),
  );
  feed.removeAttribute('role'); // on the /messages page only the conversation is role=main
} else {
  app.append(
    banner,
    h(
      'div',
      { class: 'mr-layout mr-layout-feed' },
      feed,
      h('aside', { class: 'mr-contacts' }, chatList.element),
    ),
  );
}

function openThread(thread: Thread | null, push: boolean): void {
  if (current?.thread === thread) return;
  current?.destroy();
  current = null;
  if (thread) {
    current = buildThreadView(thread, {
      mode,
      sentLog: sentLog(thread.id),
      windowSize: 200,
      onActivity: () => chatList.update(thread.id),
      onEditSaved: (text) => decoyEvents.push({ kind: 'edit-save', text }),
      onClose: () => openThread(null, false),
    });
    if (mode === 'page') center.append(current.element);
    else app.append(current.element);
  }
  chatList.update(thread?.id ?? null);
  if (push && thread && mode === 'page') {
    history.pushState({ thread: thread.id }, '', threadPath(where.base, thread) + location.search);
  }
}

function threadFromUrl(): Thread {
  const id = readLocation(location).threadId;
  return threads.find((thread) => thread.id === id) ?? threads[0]!;
}

openThread(threadFromUrl(), false);
if (where.secondPopup) openSecondPopup(threads.find((t) => t !== current?.thread)!);

/** A second pop-up window to the left of the first; it lives on its own, like the real ones. */
function openSecondPopup(thread: Thread): void {
  const view: ThreadView = buildThreadView(thread, {
    mode: 'popup',
    sentLog: sentLog(thread.id),
    windowSize: 200,
    onActivity: () => chatList.update(current?.thread.id ?? null),
    onEditSaved: (text) => decoyEvents.push({ kind: 'edit-save', text }),
    onClose: () => view.destroy(),
  });
  view.element.classList.add('mr-popup-second');
  app.append(view.element);
}
window.addEventListener('popstate', () => openThread(threadFromUrl(), false));

installHook({
  popup: where.popup,
  current: () => current,
  sentIn: (threadId) => [...sentLog(threadId)],
  decoyEvents: () => [...decoyEvents],
});
