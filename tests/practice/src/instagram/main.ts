// Boots the Instagram DMs practice replica, served at www.instagram.com. The path decides what
// shows (dom-notes-more-sites §1.5): /direct/t/<id>/ an open thread, other /direct/ paths the
// inbox alone, anything else the feed with a post and its comment box. The rail's links, the
// inbox rows and the back/forward buttons all move by history.pushState / popstate, as the real
// single-page app does, so the page never reloads. See index.html for the sources.
import { h } from '../shared/dom';
import { buildFeedPost, buildNewMessageDialog, buildSearchPanel, type DecoyEvent } from './decoys';
import { installHook } from './hook';
import { svgIcon } from './icons';
import { buildInbox } from './inbox';
import { readOptions } from './options';
import { buildThreadView, type ThreadView } from './thread-view';
import { seedThreads, type Thread, threadPath } from './threads';

const options = readOptions(location.search);
const threads = seedThreads();
const sentByThread = new Map<string, string[]>();
const decoyEvents: DecoyEvent[] = [];
const logDecoy = (event: DecoyEvent) => decoyEvents.push(event);
let likes = 0;
let current: ThreadView | null = null;

function sentLog(id: string): string[] {
  let log = sentByThread.get(id);
  if (!log) {
    log = [];
    sentByThread.set(id, log);
  }
  return log;
}

function go(path: string): void {
  history.pushState({}, '', path + location.search);
  route();
}

function railLink(icon: string, label: string, href: string, onClick: () => void): HTMLElement {
  const link = h(
    'a',
    { href, role: 'link', class: 'ig-rail-link' },
    svgIcon(icon, label),
    h('span', { class: 'ig-rail-label' }, label),
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return link;
}

const searchPanel = buildSearchPanel(logDecoy);
const dialog = buildNewMessageDialog(logDecoy);
const rail = h(
  'div',
  { role: 'navigation', class: 'ig-rail' },
  h('div', { class: 'ig-logo' }, 'Instagram'),
  railLink('home', 'Home', '/', () => go('/')),
  railLink('search', 'Search', '#', () => {
    searchPanel.hidden = !searchPanel.hidden;
    if (!searchPanel.hidden) searchPanel.querySelector('input')?.focus();
  }),
  railLink('messenger', 'Messages', '/direct/inbox/', () => go('/direct/inbox/')),
  h('div', { class: 'ig-practice-note' }, 'Practice copy: nothing is sent.'),
);
const inbox = buildInbox(threads, (thread) => go(threadPath(thread.id)), dialog.show);
const empty = h(
  'div',
  { class: 'ig-empty' },
  svgIcon('messenger', 'Direct', 96),
  h('h2', {}, 'Your messages'),
  h('span', {}, 'Send private photos and messages to a friend or group.'),
  h('div', { role: 'button', tabindex: 0, class: 'ig-empty-button' }, 'Send message'),
);
empty.querySelector('.ig-empty-button')?.addEventListener('click', dialog.show);
const feed = h('main', { role: 'main', class: 'ig-feed' }, buildFeedPost(logDecoy));
const direct = h('main', { role: 'main', class: 'ig-direct' }, inbox.element);

const app = document.getElementById('app')!;
app.append(rail, searchPanel, dialog.element);

function threadFromUrl(): Thread | null {
  const match = /^\/direct\/(?:e2ee\/)?t\/([^/]+)/.exec(location.pathname);
  return threads.find((thread) => thread.id === match?.[1]) ?? null;
}

function route(): void {
  const onDirect = /^\/direct(\/|$)/.test(location.pathname);
  const thread = onDirect ? threadFromUrl() : null;
  if (current && current.thread !== thread) {
    current.destroy();
    current = null;
  }
  if (thread && !current) {
    current = buildThreadView(thread, options, {
      sentLog: sentLog(thread.id),
      onActivity: () => inbox.update(thread.id),
      onLike: () => likes++,
    });
  }
  direct.replaceChildren(inbox.element, current?.element ?? empty);
  inbox.update(thread?.id ?? null);
  (onDirect ? feed : direct).remove();
  if (!(onDirect ? direct : feed).isConnected) app.append(onDirect ? direct : feed);
  document.title = 'Instagram'; // the same on every page (§1.3: document.title is useless)
}

route();
window.addEventListener('popstate', route);

installHook({
  options,
  current: () => current,
  sentIn: (id) => [...sentLog(id)],
  decoyEvents: () => [...decoyEvents],
  likes: () => likes,
});
