import type { TextExamples } from './examples';

export const beggingExamples: TextExamples = {
  positive: [
    "please come back, I'll do anything",
    'pleeeease give me one more chance',
    'i need you',
    'Im begging you',
    'i cant live without u',
    'dont give up on us',
    'I promise I will change',
    'can we please try again',
    'TAKE ME BACK',
    'i still love you\n\nplease just talk to me',
    'pls dont go.',
    'i cant do life without u',
    'what can i do to fix us',
  ],
  negative: [
    'please send me the address',
    'I need you to sign the consent form by Friday',
    'please let me know when you have picked them up',
    "Please don't give Leo sweets before bed",
    "I'd do anything for a coffee right now",
    "Sorry, I was rude on the phone. Let's try again tomorrow when we're both calmer.",
    'when do the kids come back?',
    "I'm sorry for how things ended. I hope you're doing well.",
    "please don't leave the bins out on Sunday",
    "I can't do this without you signing the form",
    "the printer jammed, one more try and I'll call IT",
    'what can i do to fix it by friday',
  ],
};
