import type { TextExamples } from './examples';

export const longingExamples: TextExamples = {
  positive: [
    'i still love you',
    "I'll always love you, whatever happens",
    'you were my person',
    "I can't stop thinking about you",
    'i hope you remember me sometimes',
    'a part of me will always be yours',
    'I miss us',
    'not a day goes by that i dont think about you',
    'still not over you lol',
    'love you',
    'miss u so much',
    // Spanish and Portuguese.
    'todavía te quiero, aunque no lo creas',
    'no te puedo sacar de mi cabeza',
    'fuiste el amor de mi vida',
    'eu ainda te amo',
    'sinto falta do que a gente tinha',
    'nunca vou deixar de te amar',
  ],
  negative: [
    'I love this song',
    'I’d love you to send the forms by Friday',
    'I still love that film',
    'missed the bus, running late',
    'the kids miss you, they keep asking when you are back',
    'Mia says love you daddy',
    'I love your mum’s curry',
    'me encanta esta canción',
    'te quiero pedir un favor, me pasas el cargador?',
    'lo sigo queriendo pero ya sé que tengo que soltar',
    'amo essa música',
    'tô morrendo de fome',
  ],
};
