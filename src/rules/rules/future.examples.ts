import type { TextExamples } from './examples';

export const futureExamples: TextExamples = {
  positive: [
    "we're meant to be together",
    'when we get back together',
    "i'll wait for you forever",
    'I still want to marry you',
    'youre my soulmate',
    'this isnt over',
    'we should move back in together',
    'I want to grow old with you',
    'i can still see us growing old',
  ],
  negative: [
    'next Tuesday works for me',
    'In the future please text before you come round',
    'our kids both have colds',
    "my sister's getting married in June",
    "I'll wait for you outside the school",
    'we were supposed to be at the school at 5',
    "I'll always be there for the kids",
    'I can see us getting the kids there by 9',
  ],
};
