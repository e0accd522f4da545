import type { HealthView, ProtocolMap, UnsentNote } from '../messaging/protocol';
import { countEvent } from '../storage/counters';
import type { Counters } from '../storage/counters-schema';
import { emptyCounters } from '../storage/counters-schema';
import { EMPTY_HEALTH } from '../storage/health';
import {
  addNote,
  clampNoteText,
  markSeen,
  noteChatTitle,
  notesNewestFirst,
  removeNote,
} from '../storage/notes';
import { recentSends, recordSend, type SendTimes } from '../storage/send-times';
import type { Settings } from '../storage/settings-schema';
import {
  incomingHealthSchema,
  noteIdSchema,
  noteIdsSchema,
  noteInputSchema,
  outcomeEventSchema,
  parseMessage,
  recentSendsRequestSchema,
} from './message-schemas';
import { createNotRiskyHandlers, type NotRiskyDeps } from './not-risky-handlers';
import { createSerialQueue } from './serial-queue';
import { computeStatsView } from './stats-view';

/** The little of storage the handlers need; the real items and in-memory fakes both fit. */
export interface ValueStore<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

export interface HandlerDeps {
  counters: ValueStore<Counters>;
  sendTimes: ValueStore<SendTimes>;
  notes: ValueStore<UnsentNote[]>;
  health: ValueStore<HealthView>;
  settings: NotRiskyDeps['settings'] & { get(): Promise<Settings> };
  corrections: NotRiskyDeps['corrections'];
  now(): number;
  newId(): string;
}

/** Every message the background answers; `getCurrentChat` is answered by content scripts. */
export type BackgroundMessage = Exclude<keyof ProtocolMap, 'getCurrentChat'>;

/** A message's data; `void` for messages without data, so their handlers take no argument. */
export type MessageData<K extends BackgroundMessage> =
  // biome-ignore lint/suspicious/noConfusingVoidType: void is what lets these handlers take no argument
  Parameters<ProtocolMap[K]> extends [] ? void : Parameters<ProtocolMap[K]>[0];

export type Handlers = {
  [K in BackgroundMessage]: (data: MessageData<K>) => Promise<ReturnType<ProtocolMap[K]>>;
};

/** Outcomes that mean a message really went out, and so count for the frequency rule. */
const SENDS = new Set(['safe-send', 'sent-anyway']);

/**
 * The background's answers. Every handler, reads included, runs through one queue: writes from
 * several tabs cannot interleave, and a read sees every write queued before it.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const queue = createSerialQueue();
  const { counters, sendTimes, notes, health } = deps;

  return {
    recordOutcome: (data) =>
      queue.run(async () => {
        const event = parseMessage(outcomeEventSchema, data, 'recordOutcome');
        const now = deps.now();
        const current = await counters.get();
        if (current.countedIds.includes(event.id)) return { counted: false };
        // Send time first: recording a time is idempotent, so if the worker stops between the
        // two writes, the retried event adds no duplicate time and is counted exactly once.
        if (SENDS.has(event.kind) && event.chatKey !== null) {
          const at = Math.min(event.at, now);
          await sendTimes.set(recordSend(await sendTimes.get(), event.chatKey, at, now));
        }
        const result = countEvent(current, event, now);
        await counters.set(result.counters);
        return { counted: result.counted };
      }),

    getRecentSends: (data) =>
      queue.run(async () => {
        const { chatKey } = parseMessage(recentSendsRequestSchema, data, 'getRecentSends');
        return recentSends(await sendTimes.get(), chatKey, deps.now());
      }),

    saveNote: (data) =>
      queue.run(async () => {
        const input = parseMessage(noteInputSchema, data, 'saveNote');
        const note: UnsentNote = {
          id: deps.newId(),
          site: input.site,
          text: clampNoteText(input.text),
          rules: [...new Set(input.rules)],
          at: input.at,
          chatTitle: noteChatTitle(input.chatTitle),
          seenAt: null,
        };
        await notes.set(addNote(await notes.get(), note));
        return { id: note.id };
      }),

    reportHealth: (data) =>
      queue.run(async () => {
        const report = parseMessage(incomingHealthSchema, data, 'reportHealth');
        const current = await health.get();
        const previous = current[report.site];
        // Reports can arrive out of order from several tabs; the newest wins.
        if (previous && previous.at > report.at) return;
        await health.set({ ...current, [report.site]: report });
      }),

    getStats: () => queue.run(async () => computeStatsView(await counters.get(), deps.now())),

    getSettings: () => deps.settings.get(),

    getHealth: () => queue.run(async () => ({ ...EMPTY_HEALTH, ...(await health.get()) })),

    listNotes: () => queue.run(async () => notesNewestFirst(await notes.get())),

    deleteNote: (data) =>
      queue.run(async () => {
        const { id } = parseMessage(noteIdSchema, data, 'deleteNote');
        await notes.set(removeNote(await notes.get(), id));
      }),

    markNotesSeen: (data) =>
      queue.run(async () => {
        const { ids } = parseMessage(noteIdsSchema, data, 'markNotesSeen');
        await notes.set(markSeen(await notes.get(), ids, deps.now()));
      }),

    deleteAllNotes: () => queue.run(() => notes.set([])),

    resetStats: () =>
      queue.run(async () => {
        // Ids stay: an event retried after the reset must not be counted into the fresh stats.
        const { countedIds } = await counters.get();
        await counters.set({ ...emptyCounters(), countedIds });
      }),

    ...createNotRiskyHandlers(deps, queue),
  };
}
