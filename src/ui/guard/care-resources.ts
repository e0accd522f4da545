/**
 * Where to reach help now, shown first when a draft reads as a crisis (`self-harm`). Kept short
 * and factual; the person still decides what to send.
 */
export const CARE_LINES = [
  { region: 'US', text: 'call or text 988 (Suicide & Crisis Lifeline)' },
  { region: 'UK and Ireland', text: 'call Samaritans on 116 123, free, day or night' },
] as const;

export const FIND_A_HELPLINE = {
  before: 'Elsewhere, ',
  link: 'findahelpline.com',
  after: ' lists free, confidential lines in your country.',
  href: 'https://findahelpline.com',
} as const;
