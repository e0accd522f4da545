import type { TextExamples } from './examples';

export const selfHarmExamples: TextExamples = {
  positive: [
    "I'm going to kill myself",
    'i dont want to live without you',
    'no point in living',
    'everyone would be better off without me',
    'I want to end it all',
    "i'm suicidal",
    'I cant go on like this',
    // Spanish and Portuguese.
    'me quiero morir',
    'no quiero vivir sin vos',
    'estarían todos mejor sin mí',
    'eu quero morrer',
    'não tenho mais motivo pra viver',
    'tô pensando em me suicidar',
    'sinceramente não quero mais estar aqui',
  ],
  negative: [
    'this homework is killing me',
    "I'm dying to see that film",
    'my phone is dead',
    'I could die of embarrassment',
    'my back is killing me today',
    "I don't want to live in London any more",
    'remember to take your pills',
    'me muero de hambre',
    'me quiero morir de la vergüenza jajaja',
    'esa serie me mató, qué final',
    'tô morrendo de fome',
    'essa prova tá me matando',
  ],
};
