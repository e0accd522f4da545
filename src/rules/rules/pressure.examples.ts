import type { TextExamples } from './examples';

export const pressureExamples: TextExamples = {
  positive: [
    'just one night, for old times sake',
    'come over tonight, nobody has to know',
    'can we hook up this weekend',
    'what are you wearing',
    'friends with benefits?',
    "I won't take no for an answer",
    'im home alone tonight',
    "just stay the night, it's late",
    // Spanish and Portuguese.
    'mandame nudes',
    'solo una noche, nadie se tiene que enterar',
    'no te hagas la difícil',
    'manda nudes',
    'ninguém precisa saber, vem e pronto',
  ],
  negative: [
    'can I come by at 4 to collect the rest of my books?',
    'can you send me the photos from the school play?',
    'what are you wearing to the wedding?',
    'can you hook up the printer when you drop them off',
    'they can stay one night at yours',
    'you need to meet me at the school at 3',
    "Leo can stay the night at his friend's",
    'nadie tiene que saber lo de la fiesta sorpresa, ni una palabra',
    'vem aqui em casa sábado, vamos fazer um churrasco',
    'qué llevas puesto para la boda? no sé qué ponerme',
  ],
};
