import type { TextExamples } from './examples';

export const rehashExamples: TextExamples = {
  positive: [
    'you made me question my worth',
    'you walked away like it was nothing',
    'you never even tried',
    'it was all my fault, I ruined everything',
    'you chose your friends over me every single time',
    'the pain you caused is still here',
    'I know I pushed you away',
    "you didn't even tell me to my face",
    'you threw it all away',
    // Spanish and Portuguese.
    'nunca lo intentaste de verdad',
    '¿por qué me mentiste tanto tiempo?',
    'me cambiaste por tus amigos',
    'vc me trocou pelo trabalho',
    'ainda não acredito que vc me traiu',
    'se vc tivesse escutado a gente não tava assim',
  ],
  negative: [
    "I'm sorry for how things ended. I hope you're doing well.",
    'you never told me the wifi password',
    'it was my fault the dishwasher flooded, sorry',
    'you always make the best cake',
    'I forgive you for the mix up, dont worry',
    'You didn’t try to fix it, you just sat with me. Thank you.',
    'fue mi culpa lo del lavarropas, ya llamé al técnico',
    'qué hiciste de cena?',
    'foi mal pelo atraso, o trânsito tava horrível',
  ],
};
