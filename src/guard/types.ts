import type { HealthReport, NoteInput, OutcomeEvent } from '../messaging/protocol';
import type { AnalysisContext, Finding } from '../rules/types';
import type { SiteAdapter } from '../sites/types';
import type { NotRiskyChange, NotRiskyRequest } from '../storage/not-risky';
import type { Settings } from '../storage/settings-schema';
import type { OverlayActions, OverlayView } from '../ui/guard/guard-overlay';

/** The extension services the guard needs, injected so the guard can be tested without a browser. */
export interface GuardServices {
  recordOutcome(event: OutcomeEvent): Promise<unknown>;
  getRecentSends(chatKey: string): Promise<number[]>;
  saveNote(note: NoteInput): Promise<{ id: string }>;
  deleteNote(id: string): Promise<unknown>;
  /**
   * Applies a "Not risky" correction. Resolves once the new settings are in use by the guard
   * (`GuardOptions.settings()` returns them), so the draft can be checked again at once.
   */
  markNotRisky(request: NotRiskyRequest): Promise<NotRiskyChange>;
  /** Takes a correction back; resolves once the guard uses the settings without it. */
  undoNotRisky(change: NotRiskyChange): Promise<unknown>;
  reportHealth(report: HealthReport): Promise<unknown>;
}

/** Where the guard draws: the shadow-root overlay (warning chip + pause dialog). */
export interface OverlayRenderer {
  render(view: OverlayView, actions: OverlayActions): void;
  /** False when the site removed the overlay from the page (the next render puts it back). */
  isAttached(): boolean;
}

/** The subset of WXT's ContentScriptContext the guard uses (all cleanup goes through it). */
export interface GuardLifetime {
  readonly isValid: boolean;
  addEventListener(
    target: Window | Document,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
  onInvalidated(cb: () => void): () => void;
}

export interface GuardOptions {
  adapter: SiteAdapter;
  doc: Document;
  lifetime: GuardLifetime;
  services: GuardServices;
  overlay: OverlayRenderer;
  analyze(draft: string, context: AnalysisContext): Finding[];
  /** The latest validated settings; the guard fails open (does nothing) until they load. */
  settings(): Settings | null;
  now(): number;
}
