import type { SiteAdapter } from '../sites/types';
import type { GuardLifetime } from './types';

/** How often to look, only while the chip or dialog is on screen (a cheap `isConnected` check). */
const CHECK_EVERY_MS = 300;

export interface ShownForHooks {
  /** The chat the chip/dialog was shown for is gone (another chat opened, pop-up closed). */
  chatGone(): void;
  /** The same chat re-rendered its composer: the chip should re-anchor to the new one. */
  composerReplaced(): void;
}

/**
 * Watches the composer that the chip or the pause dialog belongs to. The sites replace the
 * composer when the chat switches, often without changing the URL (WhatsApp Web keeps one URL,
 * pop-up chats close in place), so URL changes alone miss it. A dialog left open for a chat that
 * is no longer on screen would make "Send anyway" act on the wrong chat.
 */
export class ShownForWatch {
  private composer: HTMLElement | null = null;
  private title: string | null = null;
  private timer: number | null = null;

  constructor(
    private readonly o: { adapter: SiteAdapter; doc: Document; lifetime: GuardLifetime },
    private readonly hooks: ShownForHooks,
  ) {}

  track(composer: HTMLElement, title: string | null): void {
    this.composer = composer;
    this.title = title;
    if (this.timer === null) {
      this.timer = this.o.lifetime.setInterval(() => this.check(), CHECK_EVERY_MS);
    }
  }

  stop(): void {
    this.composer = null;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private check(): void {
    if (!this.composer) return;
    if (this.composer.isConnected) {
      // Some builds keep the editor element and swap the chat around it. A title missing for a
      // moment (mid-render) is not a switch; a different one is.
      const title = this.o.adapter.chatTitle(this.o.doc, this.composer);
      if (title === null || title === this.title) return;
      this.stop();
      this.hooks.chatGone();
      return;
    }
    const current = this.o.adapter.findComposer(this.o.doc);
    const sameChat = current !== null && this.o.adapter.chatTitle(this.o.doc) === this.title;
    if (sameChat) {
      this.composer = current;
      this.hooks.composerReplaced();
      return;
    }
    this.stop();
    this.hooks.chatGone();
  }
}
