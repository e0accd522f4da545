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
    // Spanish and Portuguese.
    'sos un egoísta de mierda',
    'vete a la mierda',
    'te odio',
    'vc é um lixo de pessoa',
    'vai se foder',
    'CALA A BOCA E ME DEIXA EM PAZ',
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
    'no mames, qué partidazo',
    'puta merda, perdi o ônibus',
    'qué idiota soy, dejé la comida en el horno',
    'BORA BRASIL PORRA',
    'JAJAJA NO PUEDE SER, GANAMOS',
  ],
};
