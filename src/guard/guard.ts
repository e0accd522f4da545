import type { OutcomeKind } from '../messaging/protocol';
import { decide, isGuarded } from '../rules/decide';
import type { Finding, RuleId } from '../rules/types';
import { anchorOf } from '../ui/guard/above-composer';
import type { OverlayActions, OverlayView } from '../ui/guard/guard-overlay';
import { chipKey, type WarningModel } from '../ui/guard/warning-chip';
import { Bypass } from './bypass';
import { ChatEngineSettings } from './chat-engine-settings';
import { ChatFactsCache, readFresh } from './chat-facts';
import { chatKeyFor } from './chat-key';
import { ComposerMemo } from './composer-memo';
import { composerNear } from './composer-near';
import { checkDraft } from './draft-check';
import { DraftIdentity } from './draft-identity';
import { editingElsewhere } from './editing-elsewhere';
import { chatStanding } from './guard-scope';
import { HealthMonitor } from './health-monitor';
import { LiveDebounce } from './live-debounce';
import { notRiskyOffer } from './not-risky-offer';
import { NoticeUndo } from './notice-undo';
import { createOutbox, newEventId } from './outbox';
import { PauseFlow } from './pause-flow';
import { RepeatAttempts } from './repeat-attempts';
import { enterBelongsToSite, isSendKey, sendControlSavesEdit } from './send-keys';
import { ShownForWatch } from './shown-for-watch';
import type { GuardOptions } from './types';

const SEND_POINTER_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;
/**
 * Events after which the draft may have changed (the check itself runs debounced), besides
 * `keydown` (see onKeyDown). Lexical handles paste, cut and drop itself, with no `input` event
 * and, from a menu, no key either.
 */
const DRAFT_EDIT_EVENTS = ['input', 'beforeinput', 'paste', 'cut', 'drop'] as const;
/** Outcomes after which the composer is empty: the next outcome is another draft's. */
const ENDS_DRAFT: ReadonlySet<OutcomeKind> = new Set(['safe-send', 'sent-anyway', 'saved-note']);

/**
 * The guard, written once for every site: watches the composer through the adapter, shows the
 * live warning, holds risky sends for the pause dialog, and reports outcomes. All listeners are
 * on `window` in the capture phase (they run before the site's own handlers and survive the
 * composer being replaced) and are registered through the content script's lifetime, so they go
 * away when the extension is updated or reloaded.
 */
export class Guard {
  private view: OverlayView = { warning: null, dialog: null, notice: null };
  private readonly bypass: Bypass;
  private readonly outbox;
  private readonly repeats = new RepeatAttempts();
  private readonly health: HealthMonitor;
  private readonly pause: PauseFlow;
  private readonly shownFor: ShownForWatch;
  private readonly composers: ComposerMemo;
  private readonly chatFacts: ChatFactsCache;
  private readonly live: LiveDebounce;
  private readonly draft = new DraftIdentity();
  private recentSends = new Map<string, number[]>();
  private readonly chatEngine = new ChatEngineSettings();
  private chatKey: string | null = null;
  private chatTitle: string | null = null;
  /** The notice above the composer, and its Undo. */
  private readonly notice: NoticeUndo;
  readonly actions: OverlayActions = {
    keepEditing: () => this.pause.keepEditing(),
    saveNote: () => void this.pause.saveNote(),
    sendAnyway: () => void this.pause.sendAnyway(),
    notRisky: (choice) =>
      void (this.pause.isOpen
        ? this.pause.notRisky(choice)
        : this.notice.chipNotRisky(this.view.warning?.offer, choice)),
    undo: () => void (this.pause.isOpen ? this.pause.undo() : this.notice.undo()),
    dismissNotice: () => (this.pause.isOpen ? this.pause.dismissNotice() : this.notice.show(null)),
    returnToComposer: () => this.o.adapter.findComposer(this.o.doc)?.focus(),
  };
  private warnedRules = '';
  /** `chipKey` of the chip on screen, if any. */
  private shownChipKey = '';
  private compositionEndedAt = -1;
  private dialogWatch: number | null = null;

  constructor(private readonly o: GuardOptions) {
    this.bypass = new Bypass(o.now);
    this.composers = new ComposerMemo(o.adapter);
    this.chatFacts = new ChatFactsCache(o);
    this.live = new LiveDebounce(o, () => this.updateLiveWarning());
    this.outbox = createOutbox({
      send: (event) => o.services.recordOutcome(event),
      setTimeout: (fn, ms) => o.lifetime.setTimeout(fn, ms),
      isActive: () => o.lifetime.isValid,
    });
    this.health = new HealthMonitor(o);
    this.notice = new NoticeUndo(o, {
      view: () => this.view,
      setView: (view) => this.setView(view),
      recheck: () => this.live.schedule(),
      stillConnected: () => this.stillConnected(),
    });
    this.pause = new PauseFlow(o, this.bypass, {
      show: (dialog) => {
        this.setView({ ...this.view, dialog });
        if (!dialog) this.afterDialog();
      },
      report: (kind, rules) => this.report(kind, rules),
      noteSend: () => this.noteSend(),
      noteSaved: (note) => this.notice.noteSaved(note),
      recheck: (composer) => {
        const again = this.assess(composer, true);
        return again ? { findings: again.findings, pause: again.pause } : null;
      },
      offerFor: (findings) => notRiskyOffer(findings, this.chatTitle),
      health: this.health,
    });
    this.shownFor = new ShownForWatch(o, {
      chatGone: () => this.onNavigate(),
      composerReplaced: () => this.live.schedule(),
    });
  }

  start(): void {
    const { lifetime } = this.o;
    const capture = { capture: true };
    // Lexical cancels `beforeinput` for deletions, handles undo on keydown and pastes itself,
    // so no `input` event follows those edits: without the others the warning would stay up
    // after the risky words were deleted, or never come for a pasted draft. Each listener costs
    // a call into the extension on every keystroke, so `keydown` doubles as the key's edit event.
    for (const type of DRAFT_EDIT_EVENTS) {
      lifetime.addEventListener(window, type, (e) => this.onInput(e), capture);
    }
    lifetime.addEventListener(
      window,
      'keydown',
      (e) => this.onKeyDown(e as KeyboardEvent),
      capture,
    );
    lifetime.addEventListener(
      window,
      'compositionend',
      () => {
        this.compositionEndedAt = performance.now();
      },
      capture,
    );
    for (const type of SEND_POINTER_EVENTS) {
      lifetime.addEventListener(window, type, (e) => this.onPointer(e), capture);
    }
    lifetime.addEventListener(window, 'wxt:locationchange', (event) => {
      if (isRealLocationChange(event)) this.onNavigate();
    });
    lifetime.addEventListener(window, 'resize', () => this.live.schedule());
    // Focus moving to or from another field (search, caption, comment box) hides or brings
    // back the chip: it speaks about the chat's draft, and must not sit over those fields.
    lifetime.addEventListener(window, 'focusin', () => this.live.schedule(), capture);
    this.health.start();
  }

  // ── While typing ────────────────────────────────────────────────────────────────────────────

  /**
   * Runs several times per keystroke, so it stays minimal. No `stillConnected()` here: the check
   * it schedules runs on a lifetime timer, which does nothing once the extension is gone.
   */
  private onInput(event: Event): void {
    if (!this.composers.of(event.target)) return;
    this.live.schedule();
  }

  private updateLiveWarning(): void {
    if (this.view.dialog) return;
    // Usually the composer has focus (and was the last thing typed in, so this is one check):
    // then nobody is typing elsewhere, and there is no need to look for the composer.
    const focused = this.composers.of(this.o.doc.activeElement);
    if (!focused && editingElsewhere(this.o.adapter, this.o.doc)) {
      if (this.view.warning) this.setView({ ...this.view, warning: null });
      return;
    }
    const assessed = this.assess(focused, false);
    if (!assessed || assessed.findings.length === 0) {
      this.warnedRules = '';
      if (this.view.warning) this.setView({ ...this.view, warning: null });
      return;
    }
    const warning: WarningModel = {
      findings: assessed.findings,
      anchor: anchorOf(assessed.composer.getBoundingClientRect()),
      offer: notRiskyOffer(assessed.findings, assessed.title),
    };
    const signature = assessed.findings.map((f) => f.rule).join(',');
    if (signature !== this.warnedRules) {
      // Counted once per change in what the warning names, not once per keystroke.
      if (!this.warnedRules) this.report('warned', rulesOf(assessed.findings));
      this.warnedRules = signature;
    }
    this.shownFor.track(assessed.composer, assessed.title);
    // Typing on inside a risky draft usually leaves the chip as it is: skip the re-render then.
    const key = chipKey(warning);
    if (this.view.warning && key === this.shownChipKey && this.o.overlay.isAttached()) return;
    this.shownChipKey = key;
    this.setView({ ...this.view, warning });
  }

  /** Settings changed (site switched off, chats listed…): the chip follows at once. */
  settingsChanged(): void {
    this.live.schedule();
  }

  // ── On send ─────────────────────────────────────────────────────────────────────────────────

  private onKeyDown(event: KeyboardEvent): void {
    // Every key may edit the draft (Backspace and undo do so without an `input` event); only
    // Enter can send.
    const justComposed = performance.now() - this.compositionEndedAt < 20;
    if (!isSendKey(event, justComposed, this.o.adapter, this.o.doc)) {
      this.onInput(event);
      return;
    }
    const composer = this.composers.of(event.target);
    if (!composer || !this.stillConnected()) return;
    this.live.schedule(); // A sent draft leaves the composer empty: any chip goes with it.
    if (this.bypass.consume()) return;
    if (this.view.dialog) {
      hold(event); // The draft is under consideration; it goes only through the dialog.
      return;
    }
    // Enter that picks from the site's suggestion list or saves an edit is the site's own key.
    if (enterBelongsToSite(this.o.adapter, composer, this.o.doc)) return;
    this.decide(event, true, composer);
  }

  private onPointer(event: Event): void {
    const button = this.o.adapter.sendButtonFor(event.target as Node | null);
    if (!button || !this.stillConnected()) return;
    // The bypass goes first: "Send anyway" clicks the site's button while the dialog is still
    // open (it closes once the send is confirmed), and that one click must go through.
    if (event.type === 'click' && this.bypass.consume()) return;
    if (this.bypass.armed) return;
    if (this.view.dialog) {
      hold(event);
      return;
    }
    const composer = composerNear(this.o.adapter, button);
    if (sendControlSavesEdit(this.o.adapter, composer, this.o.doc)) return;
    this.decide(event, event.type === 'click', composer);
  }

  /**
   * Lets a safe draft through untouched; holds a risky one and opens the pause dialog. The
   * composer is the one the key or button belongs to (there can be several pop-up chats).
   */
  private decide(event: Event, countsAsSend: boolean, composer: HTMLElement | null): void {
    const assessed = this.assess(composer, true);
    if (!assessed || assessed.draft.trim() === '') return;
    // Only what pauses in this chat holds the send; findings that do not reach it count nothing.
    if (assessed.pause.length === 0) {
      if (countsAsSend) {
        this.report('safe-send', []);
        this.noteSend();
      }
      return;
    }
    if (!this.o.adapter.findSendButton(assessed.composer)) {
      // No send control beside a draft: the site changed under us, and "Send anyway" would have
      // no path to send by. Step aside (the send goes through as without the extension) and say so.
      this.health.sendButtonMissing();
      return;
    }
    hold(event);
    const attempts = this.chatKey ? this.repeats.record(this.chatKey, this.o.now()) : 1;
    this.setView({ warning: null, dialog: null, notice: null });
    this.shownFor.track(assessed.composer, assessed.title);
    this.pause.open(assessed.composer, assessed.draft, assessed.findings, attempts);
  }

  // ── Shared ──────────────────────────────────────────────────────────────────────────────────

  /**
   * False once the extension was updated, reloaded or turned off under this tab. The listeners
   * stay on the page until WXT notices, and its periodic check runs only every few seconds, so
   * every event that would act (a send key, a send button) asks first: reading `isValid` makes
   * WXT notice, which removes our listeners and the overlay (dialog included). The event then
   * goes on to the site as if we were never there. Reading it is not free (it asks the browser
   * for `runtime.id`), so plain typing does not: its check runs on a lifetime timer instead.
   */
  private stillConnected(): boolean {
    return this.o.lifetime.isValid;
  }

  /**
   * The draft, the findings that reach the current chat (what the chip and dialog speak of) and
   * the rules that pause there, as `decide` says; or null when the guard stays out (site off,
   * snoozed, or a chat it is not on in). `forComposer` is the composer in question when known
   * (else the adapter finds it). A send (`fresh`) reads the chat afresh; the live check may use
   * what was read for this chat before (see ChatFactsCache).
   */
  private assess(forComposer: HTMLElement | null, fresh: boolean): Assessment | null {
    const { adapter, doc } = this.o;
    const settings = this.o.settings();
    const composer = forComposer ?? adapter.findComposer(doc);
    if (!settings || !composer) return null;
    const facts = fresh ? readFresh(adapter, doc, composer) : this.chatFacts.read(composer);
    const title = facts.title;
    this.trackChat(title);
    const standing = chatStanding(settings, adapter.id, title, this.o.now());
    if (standing === 'site-off' || standing === 'snoozed') return null;
    const decideSettings = { guardMode: settings.guardMode };
    if (!isGuarded(standing, decideSettings)) return null;
    const draft = adapter.readDraft(composer);
    if (draft.trim() === '') {
      this.draft.end();
      return { composer, title, draft, findings: [], pause: [] };
    }
    const sends = this.chatKey ? (this.recentSends.get(this.chatKey) ?? []) : [];
    const check = checkDraft(
      this.o.analyze,
      draft,
      this.chatEngine.for(settings, adapter.id, title),
      sends,
      facts.unanswered,
      this.o.now(),
    );
    if (check.error) this.health.engineFailed(check.error);
    const decision = decide(check.findings, standing, decideSettings);
    return { composer, title, draft, findings: decision.findings, pause: decision.pause };
  }

  private trackChat(title: string | null): void {
    this.chatTitle = title;
    const key = title ? chatKeyFor(this.o.adapter.id, title) : null;
    if (key === this.chatKey) return;
    this.chatKey = key;
    this.warnedRules = '';
    this.draft.end();
    if (key && !this.recentSends.has(key)) {
      this.recentSends.set(key, []);
      this.o.services.getRecentSends(key).then(
        (times) => this.recentSends.set(key, [...times, ...(this.recentSends.get(key) ?? [])]),
        () => undefined, // Without history `frequency` just sees fewer sends: fail open.
      );
    }
  }

  private noteSend(): void {
    if (!this.chatKey) return;
    const list = this.recentSends.get(this.chatKey) ?? [];
    list.push(this.o.now());
    this.recentSends.set(this.chatKey, list);
  }

  /**
   * Kept for editing, the draft's warning comes back. Saved or sent, the composer is empty: that
   * warning is over, so the next risky draft is counted as a new one, however soon it is typed.
   */
  private afterDialog(): void {
    const composer = this.o.adapter.findComposer(this.o.doc);
    if (!composer || this.o.adapter.readDraft(composer).trim() === '') this.warnedRules = '';
    this.live.schedule();
  }

  private onNavigate(): void {
    // A new chat or page: the draft stays where the site keeps it; our overlay resets.
    this.composers.forget();
    this.chatFacts.forget();
    this.pause.abandon();
    this.notice.forget();
    this.setView({ warning: null, dialog: null, notice: null });
    this.live.schedule();
  }

  /**
   * While the dialog covers the page, look twice a second whether the extension is still there
   * (WXT's lifetime timers check on each tick), so a dialog orphaned by an update or reload goes
   * away by itself instead of sitting over the page until the next event or health check.
   */
  private watchWhileDialogOpen(open: boolean): void {
    if (open && this.dialogWatch === null) {
      this.dialogWatch = this.o.lifetime.setInterval(() => undefined, 500);
    } else if (!open && this.dialogWatch !== null) {
      clearInterval(this.dialogWatch);
      this.dialogWatch = null;
    }
  }

  private report(kind: OutcomeKind, rules: RuleId[]): void {
    this.outbox.post({
      id: newEventId(),
      draft: this.draft.current(),
      kind,
      site: this.o.adapter.id,
      rules,
      at: this.o.now(),
      chatKey: this.chatKey,
    });
    if (ENDS_DRAFT.has(kind)) this.draft.end();
  }

  private setView(view: OverlayView): void {
    this.view = view;
    this.watchWhileDialogOpen(view.dialog !== null);
    if (!view.warning && !view.dialog) this.shownFor.stop();
    this.o.overlay.render(view, this.actions);
  }
}

interface Assessment {
  composer: HTMLElement;
  title: string | null;
  draft: string;
  /** The findings that reach this chat: what the chip and the dialog speak of. */
  findings: Finding[];
  /** The rules that open the dialog here; empty: the draft sends at once. */
  pause: RuleId[];
}

function rulesOf(findings: readonly Finding[]): RuleId[] {
  return findings.map((f) => f.rule);
}

/**
 * WXT names this event after our extension id, which is public, so a page can dispatch one too and
 * would close the dialog with it. WXT's own event carries the new address as a URL object made in
 * the content script's world; properties the page sets on its own event are not visible here.
 */
function isRealLocationChange(event: Event): boolean {
  return (event as Event & { newUrl?: unknown }).newUrl instanceof URL;
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
