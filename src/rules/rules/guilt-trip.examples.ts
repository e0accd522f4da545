import type { TextExamples } from './examples';

export const guiltTripExamples: TextExamples = {
  positive: [
    'after everything i did for you',
    'i hope youre happy now',
    'you ruined my life',
    'this is all your fault',
    "look what you've done to me",
    "you'll regret this",
    'you owe me an explanation',
    'I gave you the best years of my life',
    // Spanish and Portuguese.
    'después de todo lo que hice por vos, así me tratás',
    'espero que estés feliz ahora',
    'por tu culpa no puedo ni comer',
    'vc acabou com a minha vida',
    'vc vai se arrepender disso',
    'larguei tudo por vc e é assim que vc me paga',
  ],
  negative: [
    'I hope you are happy in the new flat',
    'you owe me 42 for the internet, no rush',
    'because of the strike, school is closed tomorrow',
    'thanks for everything you did with the kids this summer',
    "If you don't care which day, I'll pick Saturday",
    "it's not your fault, the school mixed up the dates",
    'espero que estés bien, avisame cuando llegues',
    'la culpa fue del tráfico',
    'espero que vc goste do presente',
  ],
};
