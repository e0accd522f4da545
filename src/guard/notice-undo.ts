import type { NotRiskyChange, NotRiskyChoice } from '../storage/not-risky';
import { anchorOf } from '../ui/guard/above-composer';
import type { OverlayView } from '../ui/guard/guard-overlay';
import type { NoticeMessage } from '../ui/guard/notice-text';
import { restoreDraft } from './composer-actions';
import { type NotRiskyOffer, notRiskyRequest } from './not-risky-offer';
import type { GuardOptions } from './types';

/** What the guard lends the notice: its view, and a fresh look at the draft. */
export interface NoticeHost {
  view(): OverlayView;
  setView(view: OverlayView): void;
  /** Check the draft again soon (the chip follows a correction or a restored draft). */
  recheck(): void;
  /** False once the extension is gone from under the tab (see Guard.stillConnected). */
  stillConnected(): boolean;
}

/**
 * The notice above the composer, and what its Undo takes back: a note saved from the dialog, or
 * a "Not risky" correction made from the chip. Each is confirmed with a notice and can be taken
 * back once; leaving the chat forgets it.
 */
export class NoticeUndo {
  private undoable: Undoable | null = null;
  private shown = 0;

  constructor(
    private readonly o: GuardOptions,
    private readonly host: NoticeHost,
  ) {}

  /** A note was saved from the dialog: say so, with Undo. */
  noteSaved(note: { id: string; text: string }): void {
    this.undoable = { kind: 'note', ...note };
    this.show({ kind: 'note-saved' });
  }

  /** "Not risky" from the chip: the correction is applied, confirmed with Undo, the chip updates. */
  async chipNotRisky(
    offer: NotRiskyOffer | null | undefined,
    choice: NotRiskyChoice,
  ): Promise<void> {
    this.o.adapter.findComposer(this.o.doc)?.focus();
    if (!offer) return;
    try {
      const change = await this.o.services.markNotRisky(
        notRiskyRequest(offer, choice, this.o.adapter.id),
      );
      this.undoable = { kind: 'correction', change };
      this.show({ kind: 'marked', change });
    } catch {
      this.show({ kind: 'mark-failed' });
    }
    this.host.recheck();
  }

  /**
   * The notice's Undo. A saved note goes back into the (empty) box exactly as it was, and only
   * then is the note deleted: if the text cannot be put back, the note stays.
   */
  async undo(): Promise<void> {
    const undoable = this.undoable;
    this.undoable = null;
    if (!undoable || !this.host.stillConnected()) return;
    if (undoable.kind === 'correction') {
      try {
        await this.o.services.undoNotRisky(undoable.change);
        this.show({ kind: 'unmarked' });
      } catch {
        this.show({ kind: 'undo-failed' });
      }
      this.host.recheck();
      return;
    }
    const { adapter, doc } = this.o;
    const restored = await restoreDraft(
      adapter,
      doc,
      adapter.findComposer(doc),
      undoable.text,
    ).catch(() => false);
    if (restored) {
      // Should the delete fail, the person has both the draft and the note: nothing is lost.
      await this.o.services.deleteNote(undoable.id).catch(() => undefined);
    }
    this.show({ kind: restored ? 'note-restored' : 'note-not-restored' });
    this.host.recheck();
  }

  /** Shows a notice above the composer (or hides it, with null). */
  show(message: NoticeMessage | null): void {
    const view = this.host.view();
    if (!message) {
      if (view.notice) this.host.setView({ ...view, notice: null });
      return;
    }
    const composer = this.o.adapter.findComposer(this.o.doc);
    const anchor = composer
      ? anchorOf(composer.getBoundingClientRect())
      : { top: window.innerHeight - 80, right: window.innerWidth - 24, width: 320 };
    this.shown += 1;
    this.host.setView({ ...view, notice: { id: this.shown, message, anchor } });
  }

  /** Another chat or page: nothing there to take back. */
  forget(): void {
    this.undoable = null;
  }
}

type Undoable =
  | { kind: 'note'; id: string; text: string }
  | { kind: 'correction'; change: NotRiskyChange };
