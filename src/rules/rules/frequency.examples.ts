/** Earlier sends as minutes before `at` (default limits: 7th in 60 min, 21st in 24 h). */
export const frequencyExamples = {
  positive: [
    [1, 2, 3, 4, 5, 6],
    [10, 20, 30, 40, 50, 60],
    Array.from({ length: 20 }, (_, i) => 90 + i * 60),
  ],
  negative: [
    [],
    [1, 2, 3, 4, 5],
    [10, 20, 30, 40, 50, 61],
    Array.from({ length: 19 }, (_, i) => 90 + i * 60),
  ],
} as const;
