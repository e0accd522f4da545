/** Unanswered outgoing messages (default: fires at 2 or more). */
export const doubleTextExamples = { positive: [2, 3, 10], negative: [0, 1] } as const;
