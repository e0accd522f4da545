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
  ],
  negative: [
    "I've been busy with work so I haven't even thought about dating anyone.",
    'is your partner ok to do the drop off on tuesday?',
    'who is picking up Mia today?',
    'who is the new teacher? Leo keeps talking about her',
    'is she asleep yet?',
    'did you find someone to cover your shift?',
    'how long were you at the dentist?',
  ],
};
