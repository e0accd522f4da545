/**
 * Where to reach help now, shown first when a draft reads as a crisis (`self-harm`). Kept short
 * and factual; the person still decides what to send. Numbers and services' names stay here (they
 * are the same in every language); the words around them are in the locale files (`care.*`).
 */
export const CARE_LINES = [
  { region: 'us', number: '988', service: 'Suicide & Crisis Lifeline' },
  { region: 'ukIe', number: '116 123', service: 'Samaritans' },
] as const;

export const FIND_A_HELPLINE = {
  link: 'findahelpline.com',
  href: 'https://findahelpline.com',
} as const;
