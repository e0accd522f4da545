import type { TextExamples } from './examples';

export const newPartnerExamples: TextExamples = {
  positive: [
    'are you seeing someone?',
    'who is he',
    "how's your new boyfriend",
    'is she prettier than me',
    'did you already move on?',
    'r u dating anyone',
    'i saw you with that guy at the bar',
    'how long were you dating her',
    // Spanish and Portuguese.
    '¿ya me superaste?',
    '¿es más bonita que yo?',
    '¿hay alguien más? decime la verdad',
    'vc já tá com outro né?',
    'o que ela tem que eu não tenho',
  ],
  negative: [
    "I've been busy with work so I haven't even thought about dating anyone.",
    'is your partner ok to do the drop off on tuesday?',
    'who is picking up Mia today?',
    'who is the new teacher? Leo keeps talking about her',
    'is she asleep yet?',
    'did you find someone to cover your shift?',
    'how long were you at the dentist?',
    '¿estás con alguien en la oficina? necesito que me abran',
    'amor de madre no hay otro',
    'quem é ela? a da foto do grupo da escola',
  ],
};
