import type { HealthReport, NoteInput, OutcomeEvent } from '../messaging/protocol';
import type { AnalysisContext, Finding } from '../rules/types';
import type { SiteAdapter } from '../sites/types';
import type { Settings } from '../storage/settings-schema';
import type { OverlayView } from '../ui/guard/guard-overlay';
import type { PauseDialogActions } from '../ui/guard/pause-dialog';

/** The extension services the guard needs, injected so the guard can be tested without a browser. */
export interface GuardServices {
  recordOutcome(event: OutcomeEvent): Promise<unknown>;
  getRecentSends(chatKey: string): Promise<number[]>;
  saveNote(note: NoteInput): Promise<unknown>;
  reportHealth(report: HealthReport): Promise<unknown>;
}

/** Where the guard draws: the shadow-root overlay (warning chip + pause dialog). */
export interface OverlayRenderer {
  render(view: OverlayView, actions: PauseDialogActions): void;
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
