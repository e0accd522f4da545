/** Local wall-clock times (no zone) at the default quiet hours 22:00-06:00, every night. */
export const lateNightExamples = {
  positive: [
    '2026-11-18T22:00:00',
    '2026-11-18T23:40:00',
    '2026-11-19T00:00:00',
    '2026-11-19T05:59:59',
  ],
  negative: ['2026-11-18T06:00:00', '2026-11-18T12:00:00', '2026-11-18T21:59:59'],
} as const;
