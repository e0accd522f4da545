import type { OutcomeKind } from '../messaging/protocol';
import type { Finding, RuleId } from '../rules/types';
import type { PauseDialogActions, PauseDialogModel } from '../ui/guard/pause-dialog';
import type { Bypass } from './bypass';
import { clearComposer, sendThroughSite } from './composer-actions';
import { chatStanding } from './guard-scope';
import type { HealthMonitor } from './health-monitor';
import type { GuardOptions } from './types';

export interface PauseFlowHooks {
  show(dialog: PauseDialogModel | null): void;
  report(kind: OutcomeKind, rules: RuleId[]): void;
  noteSend(): void;
  health: HealthMonitor;
}

/**
 * The pause-and-reflect dialog's three ways out. The text in the composer is never changed,
 * except that "Save as unsent note" empties it after the note is safely stored.
 */
export class PauseFlow {
  private model: PauseDialogModel | null = null;
  /** The composer the held draft is in: the actions act on it, not on whichever is focused. */
  private composer: HTMLElement | null = null;
  readonly actions: PauseDialogActions = {
    keepEditing: () => this.keepEditing(),
    saveNote: () => void this.saveNote(),
    sendAnyway: () => void this.sendAnyway(),
  };

  constructor(
    private readonly o: GuardOptions,
    private readonly bypass: Bypass,
    private readonly hooks: PauseFlowHooks,
  ) {}

  open(composer: HTMLElement, draft: string, findings: Finding[], recentAttempts: number): void {
    this.composer = composer;
    const settings = this.o.settings();
    this.model = {
      draft,
      findings,
      pauseSeconds: settings?.pauseSeconds ?? 5,
      recentAttempts,
      notice: null,
      busy: false,
    };
    this.hooks.show(this.model);
    this.hooks.report('paused', this.rules());
  }

  /** The page moved on (navigation, chat switch): close without touching the draft. */
  abandon(): void {
    this.model = null;
    this.composer = null;
  }

  /** The held draft's composer, or (if the site re-rendered it) the current one. */
  private target(): HTMLElement | null {
    if (this.composer?.isConnected) return this.composer;
    return this.o.adapter.findComposer(this.o.doc);
  }

  private keepEditing(): void {
    if (!this.model) return;
    this.hooks.report('kept-editing', this.rules());
    const composer = this.target();
    this.close();
    composer?.focus();
  }

  private async saveNote(): Promise<void> {
    const model = this.model;
    if (!model || model.busy) return;
    this.update({ busy: true, notice: null });
    try {
      await this.o.services.saveNote({
        site: this.o.adapter.id,
        text: model.draft,
        rules: this.rules(),
        at: this.o.now(),
        chatTitle: this.listedChatTitle(),
      });
    } catch {
      this.update({
        busy: false,
        notice: 'The note could not be saved just now. Your message is untouched in the box.',
      });
      return;
    }
    this.hooks.report('saved-note', this.rules());
    const cleared = await clearComposer(this.o.adapter, this.o.doc, this.target());
    if (cleared) {
      this.close();
      return;
    }
    this.update({
      busy: false,
      notice:
        'Saved to your unsent notes. The message box could not be cleared, so your text is still there.',
    });
  }

  private async sendAnyway(): Promise<void> {
    const model = this.model;
    if (!model || model.busy) return;
    this.update({ busy: true, notice: null });
    const composer = this.target();
    const result = await sendThroughSite(this.o.adapter, this.o.doc, this.bypass, composer);
    if (result === 'sent') {
      this.hooks.report('sent-anyway', this.rules());
      this.hooks.noteSend();
      this.close();
      // As after the site's own send: the person can go on typing (in the chat it went to).
      (composer?.isConnected ? composer : this.o.adapter.findComposer(this.o.doc))?.focus();
      return;
    }
    this.hooks.health.sendFailed(result);
    this.update({
      busy: false,
      notice:
        'The site did not take the message, so it was not sent. Your text is still in the message box; you can send it yourself.',
    });
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
    this.composer = null;
    this.hooks.show(null);
  }
}
