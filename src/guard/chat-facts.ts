import type { SiteAdapter } from '../sites/types';
import type { GuardLifetime } from './types';

/** What the guard needs to know about the open chat, besides the draft. */
export interface ChatFacts {
  title: string | null;
  unanswered: number;
}

/**
 * Longest a remembered title is trusted while nothing else changes: a chat renamed while open
 * (its header changes, its thread does not) is noticed within this time.
 */
const MAX_AGE_MS = 5000;

/**
 * The open chat's title and unanswered count for the live warning, read once per chat rather
 * than on every keystroke's check. Both are selector queries over the whole open chat, which in
 * a chat of thousands of messages cost more than the analysis itself.
 *
 * What was read is kept while the composer and the thread element are the same ones, nothing was
 * added to or removed from the thread (a narrow MutationObserver on the thread only, never the
 * document), and it is younger than MAX_AGE_MS. A chat whose title could not be read yet (still
 * rendering) is not kept. The send decision never uses this: it reads both afresh.
 */
export class ChatFactsCache {
  private composer: HTMLElement | null = null;
  private thread: Element | null = null;
  private facts: ChatFacts | null = null;
  private readAt = 0;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly o: {
      adapter: SiteAdapter;
      doc: Document;
      lifetime: GuardLifetime;
      now(): number;
    },
  ) {
    o.lifetime.onInvalidated(() => this.forget());
  }

  /** The facts for this composer's chat, from memory when nothing has changed. */
  read(composer: HTMLElement): ChatFacts {
    const { adapter, doc } = this.o;
    const threadRoot = adapter.threadRoot(doc, composer);
    // A fallback root that holds the composer too would change on every keystroke: no memory then.
    const thread = threadRoot?.contains(composer) ? null : threadRoot;
    const now = this.o.now();
    if (
      this.facts &&
      composer === this.composer &&
      thread === this.thread &&
      now - this.readAt < MAX_AGE_MS
    ) {
      return this.facts;
    }
    const facts = readFresh(adapter, doc, composer);
    this.remember(composer, thread, facts.title === null ? null : facts, now);
    return facts;
  }

  /** Chat switched or page changed: read afresh next time. */
  forget(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.facts = null;
    this.composer = null;
    this.thread = null;
  }

  private remember(
    composer: HTMLElement,
    thread: Element | null,
    facts: ChatFacts | null,
    now: number,
  ): void {
    if (thread !== this.thread || !this.observer) {
      this.observer?.disconnect();
      this.observer = null;
      if (thread) {
        // Rows coming and going is what changes the unanswered count (and a chat swapped in
        // place replaces every row). Attribute and text changes (read ticks, reactions) do not.
        this.observer = new MutationObserver(() => {
          this.facts = null;
        });
        this.observer.observe(thread, { childList: true, subtree: true });
      }
    }
    this.composer = composer;
    this.thread = thread;
    this.facts = thread ? facts : null;
    this.readAt = now;
  }
}

/** Both facts read from the page now. */
export function readFresh(adapter: SiteAdapter, doc: Document, composer: HTMLElement): ChatFacts {
  return {
    title: adapter.chatTitle(doc, composer),
    unanswered: adapter.countUnanswered(doc, composer),
  };
}
