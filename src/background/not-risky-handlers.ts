import type { Corrections, NotRiskyChange } from '../storage/not-risky';
import { applyNotRisky, countCorrection, undoNotRisky } from '../storage/not-risky';
import type { Settings } from '../storage/settings-schema';
import type { Handlers, ValueStore } from './handlers';
import {
  forgetCorrectionsSchema,
  notRiskyChangeSchema,
  notRiskyRequestSchema,
  parseMessage,
} from './message-schemas';
import type { SerialQueue } from './serial-queue';

export interface NotRiskyDeps {
  settings: { update(change: (settings: Settings) => Settings): Promise<Settings> };
  corrections: ValueStore<Corrections>;
}

type NotRiskyHandlers = Pick<
  Handlers,
  'markNotRisky' | 'undoNotRisky' | 'getCorrections' | 'forgetCorrections'
>;

/**
 * The "Not risky" corrections. A content script cannot write settings itself (it does not carry
 * the schemas), so the background applies the change, counts it by rule, and answers with the
 * new settings: the guard re-checks the draft with them at once, without waiting for the
 * storage change to reach the tab. The count is what the options page shows; no text is kept
 * apart from the phrase in the never-flag list.
 */
export function createNotRiskyHandlers(deps: NotRiskyDeps, queue: SerialQueue): NotRiskyHandlers {
  const { corrections } = deps;
  return {
    markNotRisky: (data) =>
      queue.run(async () => {
        const request = parseMessage(notRiskyRequestSchema, data, 'markNotRisky');
        // The change is worked out on the settings as they are when written, not as read before.
        const made: { change?: NotRiskyChange } = {};
        const settings = await deps.settings.update((current) => {
          const applied = applyNotRisky(current, request);
          made.change = applied.change;
          return applied.settings;
        });
        await corrections.set(countCorrection(await corrections.get(), request.rules, 1));
        return { settings, change: made.change ?? applyNotRisky(settings, request).change };
      }),

    undoNotRisky: (data) =>
      queue.run(async () => {
        const change = parseMessage(notRiskyChangeSchema, data, 'undoNotRisky');
        const settings = await deps.settings.update((current) => undoNotRisky(current, change));
        await corrections.set(countCorrection(await corrections.get(), change.rules, -1));
        return { settings };
      }),

    getCorrections: () => queue.run(() => corrections.get()),

    forgetCorrections: (data) =>
      queue.run(async () => {
        const { rule } = parseMessage(forgetCorrectionsSchema, data, 'forgetCorrections');
        const { byRule } = await corrections.get();
        const { [rule]: _forgotten, ...rest } = byRule;
        await corrections.set({ byRule: rest });
      }),
  };
}
