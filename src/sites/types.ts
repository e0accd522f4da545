/**
 * One adapter per site. Everything that knows a selector lives behind this interface; the guard,
 * the UI and the engine never look at the site's DOM themselves.
 *
 * The sites are single-page apps that replace the composer when the chat changes, so nothing
 * here caches elements: every call re-finds what it needs from the document or the event target.
 */
import type { SiteId } from './lookup';

// The sites themselves are rows of src/sites/table.ts; these are read from it.
export { SITE_IDS, SITE_LABELS, type SiteId } from './lookup';

export interface SiteAdapter {
  readonly id: SiteId;
  /** The open chat's message composer, or null (no chat open, or the DOM changed). */
  findComposer(doc: Document): HTMLElement | null;
  /** The composer that contains `node`, or null when `node` is in some other editable (decoys). */
  composerFor(node: Node | null): HTMLElement | null;
  /** The draft exactly as the person typed it: paragraphs and line breaks as "\n", emoji kept. */
  readDraft(composer: HTMLElement): string;
  /** The send control for this composer, or null when it is not shown (empty draft). */
  findSendButton(composer: HTMLElement): HTMLElement | null;
  /** The send control that contains `node` (for click interception), or null. */
  sendButtonFor(node: Node | null): HTMLElement | null;
  /**
   * The open chat's name as the site shows it, or null. With several chats on screen
   * (facebook.com pop-ups), `composer` says which one; without it, the focused or first one.
   */
  chatTitle(doc: Document, composer?: HTMLElement | null): string | null;
  /** Trailing outgoing messages at the end of the thread with no incoming message after them. */
  countUnanswered(doc: Document, composer?: HTMLElement | null): number;
  /**
   * The narrowest element whose subtree changes when messages arrive (for a MutationObserver).
   * With several chats on screen, `composer` says which one, as for `countUnanswered`.
   */
  threadRoot(doc: Document, composer?: HTMLElement | null): Element | null;
  /**
   * True while a suggestion list that `composer` owns is open (emoji after ":", mentions): Enter
   * picks from that list and the draft stays. The send control still sends, so this is asked
   * for keys only. Optional: a site without such lists leaves it out. Answers from what is on
   * screen, layered like the selectors; a weak sign counts when the list itself cannot be seen
   * (an Enter let through is sent by the site as without the extension; one held wrongly would
   * take the site's own key away).
   */
  suggestionListOpen?(composer: HTMLElement, doc: Document): boolean;
  /**
   * True while `composer` edits a message already sent: Enter and the send control save that
   * edit in place, they do not send a new message. Optional, like `suggestionListOpen`.
   */
  editingSentMessage?(composer: HTMLElement, doc: Document): boolean;
  /**
   * Whether this Enter keydown sends, on a site where the person chooses the send key (Telegram:
   * "Send by Enter" or "Send by Ctrl+Enter"). Asked for every Enter outside an IME composition.
   * Optional: without it, plain Enter sends and any modified Enter does not. Answers false when
   * the site's choice cannot be told: a key let through is sent by the site as without the
   * extension; one held wrongly would take away the new line the person typed.
   */
  enterSends?(event: KeyboardEvent, doc: Document): boolean;
}
