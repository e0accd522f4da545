import type { TextExamples } from './examples';

export const angerExamples: TextExamples = {
  positive: [
    "you're such a selfish bitch",
    'fuck you',
    'WHY WOULD YOU DO THAT',
    'ur an idiot',
    'go to hell',
    'i hate you',
    'you make me sick',
    'fuckin liar',
    "you're a parasite",
    'u r such a weasel',
  ],
  negative: [
    'I hate Mondays',
    'that film was fucking brilliant',
    'shit, I forgot the lunchbox',
    'OK',
    'NYC trip is booked',
    'HAPPY BIRTHDAY',
    'this app is useless',
    'my boss is driving me insane this week',
    'the rat trap is in the shed',
  ],
};
