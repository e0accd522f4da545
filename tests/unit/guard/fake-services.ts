import type { GuardServices } from '../../../src/guard/types';

/** Guard services that answer like a healthy background; a test overrides what it watches. */
export function fakeServices(overrides: Partial<GuardServices> = {}): GuardServices {
  return {
    recordOutcome: async () => ({ counted: true }),
    getRecentSends: async () => [],
    saveNote: async () => ({ id: 'n' }),
    deleteNote: async () => undefined,
    markNotRisky: async (request) => ({ ...request, phrasesAdded: [], rulesAdded: [] }),
    undoNotRisky: async () => undefined,
    reportHealth: async () => undefined,
    ...overrides,
  };
}
