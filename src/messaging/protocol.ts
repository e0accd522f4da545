import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RuleId } from '../rules/types';
import type { SiteId } from '../sites/types';

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
}

export interface ProtocolMap {
  recordOutcome(event: OutcomeEvent): { counted: boolean };
  /** Earlier outgoing send times (epoch ms) to this chat within the last 24 hours. */
  getRecentSends(data: { chatKey: string }): number[];
  saveNote(note: NoteInput): { id: string };
  reportHealth(report: HealthReport): void;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
