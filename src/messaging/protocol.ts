import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RuleId } from '../rules/types';
import type { SiteId } from '../sites/types';
import type { Corrections, NotRiskyChange, NotRiskyRequest } from '../storage/not-risky';
import type { Settings } from '../storage/settings-schema';

/**
 * What happened to a draft. Reported by content scripts; counted only by the background, the
 * single writer, so tabs sending at once cannot lose updates. Never carries message text.
 */
export type OutcomeKind =
  | 'warned' // the live warning appeared while typing
  | 'paused' // a risky send was held and the dialog opened
  | 'kept-editing'
  | 'saved-note'
  | 'sent-anyway'
  | 'safe-send'; // a send to a guarded chat that raised nothing

export interface OutcomeEvent {
  /** Unique per event: the background ignores an id it has already counted (safe retries). */
  id: string;
  /**
   * The draft this happened to, the same for every event of one draft (its warning, its pauses,
   * how it ended): the background counts a draft once per outcome and a rule once per draft.
   * Absent (an older content script), the event is a draft of its own.
   */
  draft?: string;
  kind: OutcomeKind;
  site: SiteId;
  rules: RuleId[];
  /** Epoch milliseconds (real time, not wall clock). */
  at: number;
  /** Opaque hash of site + chat title, for per-chat send times; never the title itself. */
  chatKey: string | null;
}

export interface HealthReport {
  site: SiteId;
  /** `active`: composer and send button found. `broken`: the site changed; guard fails open. */
  status: 'active' | 'broken';
  /** Short technical reason, no message text (e.g. "send button not found"). */
  detail: string;
  at: number;
}

export interface NoteInput {
  site: SiteId;
  text: string;
  rules: RuleId[];
  at: number;
  /** The chat's title, sent only for a chat the person listed (the ex's), never for others. */
  chatTitle?: string;
}

/**
 * Drafts by outcome over some period, each draft counted once per outcome. "Reconsidered" = kept
 * editing + saved as note; a paused draft has one ending (the last: kept editing, then sent
 * anyway, counts as sent anyway), so reconsidered + sent anyway never exceeds paused.
 */
export interface OutcomeCounts {
  /** Drafts in which something risky was noticed: a warning while typing, a pause, or both. */
  noticed: number;
  warned: number;
  paused: number;
  keptEditing: number;
  savedNote: number;
  sentAnyway: number;
  safeSends: number;
}

/** What the popup shows; computed by the background from the aggregated counters. */
export interface StatsView {
  /** True until anything has been counted: the popup explains how to start instead. */
  firstRun: boolean;
  today: OutcomeCounts;
  last7Days: OutcomeCounts;
  allTime: OutcomeCounts;
  /** Share (0..1) of pauses that ended in keep editing or save as note; null with no pauses. */
  reconsideredShare: { today: number | null; last7Days: number | null; allTime: number | null };
  /**
   * Rules by the drafts they were seen in (a warning, a pause or both: once per draft), all time,
   * most first, zero counts left out; `paused`: how many of those drafts were paused for it.
   */
  topRules: { rule: RuleId; count: number; paused: number }[];
  /** The last 14 local days, oldest first, `day` as YYYY-MM-DD. */
  last14Days: { day: string; paused: number; sentAnyway: number }[];
  /** Whole days since a risky message was last sent anyway; null if never. */
  streakDays: number | null;
  /** When counting started (epoch ms), or null. */
  since: number | null;
}

export interface UnsentNote {
  id: string;
  site: SiteId;
  text: string;
  rules: RuleId[];
  /** When it was written (epoch ms). */
  at: number;
  /** The chat's title, for a chat the person listed; null for any other chat. */
  chatTitle: string | null;
  /**
   * When the person looked at it in the popup (kept, copied or read it there), or null while it
   * waits: the toolbar badge counts the notes still waiting.
   */
  seenAt: number | null;
}

/** Per-site health as the popup shows it; null when the site has not been opened yet. */
export type HealthView = Record<SiteId, HealthReport | null>;

export interface ProtocolMap {
  recordOutcome(event: OutcomeEvent): { counted: boolean };
  /** Earlier outgoing send times (epoch ms) to this chat within the last 24 hours. */
  getRecentSends(data: { chatKey: string }): number[];
  saveNote(note: NoteInput): { id: string };
  reportHealth(report: HealthReport): void;
  /**
   * The validated settings. Content scripts ask the background instead of reading storage, so
   * they need not bundle the schema library (content script size budget: 50 kB).
   */
  getSettings(): Settings;
  getStats(): StatsView;
  getHealth(): HealthView;
  listNotes(): UnsentNote[];
  deleteNote(data: { id: string }): void;
  /** The person has looked at these notes: they stop waiting (and leave the badge's count). */
  markNotesSeen(data: { ids: string[] }): void;
  deleteAllNotes(): void;
  resetStats(): void;
  /** "Not risky": changes the settings as asked and counts it; returns the new settings. */
  markNotRisky(request: NotRiskyRequest): { settings: Settings; change: NotRiskyChange };
  /** Takes back what one "Not risky" changed (its Undo). */
  undoNotRisky(change: NotRiskyChange): { settings: Settings };
  /** How often each rule was marked not risky. */
  getCorrections(): Corrections;
  /** Forgets the count for one rule (the options page's "Remove"). */
  forgetCorrections(data: { rule: string }): void;
  /** Answered by the content script of a tab (popup → tabs.sendMessage): the open chat, if any. */
  getCurrentChat(): { site: SiteId; title: string } | null;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
