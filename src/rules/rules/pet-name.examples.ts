import type { TextExamples } from './examples';

export const petNameExamples: TextExamples = {
  positive: [
    'hey babe',
    'goodnight baby 😘',
    'thanks sweetheart',
    'how are you my love',
    'hi honey, did you get home ok',
    'ok babyyy',
    'BABE answer your phone',
    'night hun x',
    'hey love hope you slept well',
  ],
  negative: [
    'my baby sister is staying with me this weekend',
    'the baby is finally asleep',
    'our baby is one next week',
    'honey and lemon helps with his cough',
    'send my love to your mum',
    "he's such a baby about injections",
    'the baby shower is on the 12th',
    'hey, love the new haircut',
  ],
};
