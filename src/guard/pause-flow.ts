import { i18n } from '#i18n';
import type { OutcomeKind } from '../messaging/protocol';
import type { Finding, RuleId } from '../rules/types';
import type { NotRiskyChange, NotRiskyChoice } from '../storage/not-risky';
import type { PauseDialogModel } from '../ui/guard/pause-dialog';
import type { Bypass } from './bypass';
import { clearComposer, sendThroughSite } from './composer-actions';
import { chatStanding } from './guard-scope';
import type { HealthMonitor } from './health-monitor';
import { type NotRiskyOffer, notRiskyRequest } from './not-risky-offer';
import type { GuardOptions } from './types';

export interface PauseFlowHooks {
  show(dialog: PauseDialogModel | null): void;
  report(kind: OutcomeKind, rules: RuleId[]): void;
  noteSend(): void;
  /** A note was saved from the dialog and the box emptied: the guard confirms it, with Undo. */
  noteSaved(note: { id: string; text: string }): void;
  /** The held draft checked again (after a correction): what reaches the chat and what pauses. */
  recheck(composer: HTMLElement | null): { findings: Finding[]; pause: RuleId[] } | null;
  /** What "Not risky" may offer for these findings in the current chat. */
  offerFor(findings: readonly Finding[]): NotRiskyOffer | null;
  health: HealthMonitor;
}

/**
 * The pause-and-reflect dialog's three ways out, and its "Not risky" correction. The text in the
 * composer is never changed, except that "Save as unsent note" empties it after the note is
 * safely stored.
 */
export class PauseFlow {
  private model: PauseDialogModel | null = null;
  /** The composer the held draft is in: the actions act on it, not on whichever is focused. */
  private composer: HTMLElement | null = null;
  /** The correction made in this dialog that its Undo would take back. */
  private lastChange: NotRiskyChange | null = null;
  private notices = 0;

  constructor(
    private readonly o: GuardOptions,
    private readonly bypass: Bypass,
    private readonly hooks: PauseFlowHooks,
  ) {}

  get isOpen(): boolean {
    return this.model !== null;
  }

  open(composer: HTMLElement, draft: string, findings: Finding[], recentAttempts: number): void {
    this.composer = composer;
    this.lastChange = null;
    const settings = this.o.settings();
    this.model = {
      draft,
      findings,
      pauseSeconds: settings?.pauseSeconds ?? 5,
      recentAttempts,
      notice: null,
      busy: false,
      offer: this.hooks.offerFor(findings),
      cleared: false,
      correction: null,
    };
    this.hooks.show(this.model);
    this.hooks.report('paused', this.rules());
  }

  /** The page moved on (navigation, chat switch): close without touching the draft. */
  abandon(): void {
    this.model = null;
    this.lastChange = null;
    this.composer = null;
  }

  /** The held draft's composer, or (if the site re-rendered it) the current one. */
  private target(): HTMLElement | null {
    if (this.composer?.isConnected) return this.composer;
    return this.o.adapter.findComposer(this.o.doc);
  }

  keepEditing(): void {
    if (!this.model) return;
    this.hooks.report('kept-editing', this.rules());
    const composer = this.target();
    this.close();
    composer?.focus();
  }

  async saveNote(): Promise<void> {
    const model = this.model;
    if (!model || model.busy) return;
    this.update({ busy: true, notice: null });
    let saved: { id: string };
    try {
      saved = await this.o.services.saveNote({
        site: this.o.adapter.id,
        text: model.draft,
        rules: this.rules(),
        at: this.o.now(),
        chatTitle: this.listedChatTitle(),
      });
    } catch {
      this.update({
        busy: false,
        notice: i18n.t('dialog.noteFailed'),
      });
      return;
    }
    this.hooks.report('saved-note', this.rules());
    // The note is stored: a box that cannot be emptied (or an editor that throws) only means the
    // text stays where it is, and the dialog must not stay stuck waiting.
    const cleared = await clearComposer(this.o.adapter, this.o.doc, this.target()).catch(
      () => false,
    );
    if (cleared) {
      this.close();
      this.hooks.noteSaved({ id: saved.id, text: model.draft });
      return;
    }
    this.update({
      busy: false,
      notice: i18n.t('dialog.savedNotCleared'),
    });
  }

  /** "Send anyway", or "Send" once the person marked everything not risky. */
  async sendAnyway(): Promise<void> {
    const model = this.model;
    if (!model || model.busy) return;
    this.update({ busy: true, notice: null });
    const composer = this.target();
    const result = await sendThroughSite(this.o.adapter, this.o.doc, this.bypass, composer);
    if (result === 'sent') {
      // Nothing risky was left in what went out: it is a plain send, not one sent anyway.
      if (model.cleared) this.hooks.report('safe-send', []);
      else this.hooks.report('sent-anyway', this.rules());
      this.hooks.noteSend();
      this.close();
      // As after the site's own send: the person can go on typing (in the chat it went to).
      (composer?.isConnected ? composer : this.o.adapter.findComposer(this.o.doc))?.focus();
      return;
    }
    this.hooks.health.sendFailed(result);
    this.update({
      busy: false,
      notice: i18n.t('dialog.siteRefused'),
    });
  }

  /** "Not risky": apply the person's correction, then check the held draft again. */
  async notRisky(choice: NotRiskyChoice): Promise<void> {
    const model = this.model;
    if (!model || model.busy || !model.offer) return;
    this.update({ busy: true, notice: null });
    try {
      this.lastChange = await this.o.services.markNotRisky(
        notRiskyRequest(model.offer, choice, this.o.adapter.id),
      );
    } catch {
      this.update({ busy: false, correction: this.notice({ kind: 'mark-failed' }) });
      return;
    }
    this.afterCorrection({ kind: 'marked', change: this.lastChange });
  }

  /** Takes back the dialog's last correction; true when there was one to take back. */
  async undo(): Promise<boolean> {
    const change = this.lastChange;
    if (!this.model || !change) return false;
    this.update({ busy: true });
    try {
      await this.o.services.undoNotRisky(change);
    } catch {
      this.update({ busy: false, correction: this.notice({ kind: 'undo-failed' }) });
      return true;
    }
    this.lastChange = null;
    this.afterCorrection({ kind: 'unmarked' });
    return true;
  }

  dismissNotice(): void {
    if (this.model?.correction) this.update({ correction: null });
  }

  /** The draft checked again with the corrected settings; nothing left: it may go at once. */
  private afterCorrection(message: NonNullable<PauseDialogModel['correction']>['message']): void {
    const model = this.model;
    if (!model) return;
    const again = this.hooks.recheck(this.target());
    const findings = again?.findings ?? model.findings;
    const cleared = again !== null && again.pause.length === 0;
    this.update({
      busy: false,
      findings,
      cleared,
      offer: cleared ? null : this.hooks.offerFor(findings),
      correction: this.notice(message),
    });
  }

  private notice(message: NonNullable<PauseDialogModel['correction']>['message']) {
    this.notices += 1;
    return { id: this.notices, message, anchor: null };
  }

  /**
   * The chat's title for the note, only when the person listed this chat (the ex's, where the
   * title is what they will look for the next morning); no other chat's name is ever stored.
   */
  private listedChatTitle(): string | undefined {
    const settings = this.o.settings();
    const composer = this.target();
    if (!settings || !composer) return undefined;
    const title = this.o.adapter.chatTitle(this.o.doc, composer);
    if (title === null) return undefined;
    return chatStanding(settings, this.o.adapter.id, title, this.o.now()) === 'listed'
      ? title
      : undefined;
  }

  private rules(): RuleId[] {
    return this.model?.findings.map((f) => f.rule) ?? [];
  }

  private update(patch: Partial<PauseDialogModel>): void {
    if (!this.model) return;
    this.model = { ...this.model, ...patch };
    this.hooks.show(this.model);
  }

  private close(): void {
    this.model = null;
    this.lastChange = null;
    this.composer = null;
    this.hooks.show(null);
  }
}
