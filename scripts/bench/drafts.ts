/**
 * Deterministic chat-like drafts of a given length for the benchmarks: everyday logistics mixed
 * with phrasings the rules look for, lowercase and SHOUTED, with emoji and paragraph breaks, so
 * every rule's patterns do real work. Variants rotate through the pool so a benchmark never
 * times one string over and over.
 */
const POOL = [
  "hey, can you pick Mia up at 4? I'm stuck at work",
  'please come back, I will do anything 😭',
  'remember when we went to Lisbon and got lost? I miss us',
  'the kids need their PE kits on monday',
  'WHY WOULD YOU DO THIS TO ME',
  'i dont want to lose u, im nothing without you babe',
  'is he better than me? who is that guy in your photos',
  'running 10 mins late, traffic is awful',
  "after everything i did for you, i hope you're happy now",
  'come over tonight, nobody has to know',
  'we were meant to be together, I still see a future with you',
  "this homework is killing me lol\n\nanyway how's your mum?",
  'pleeeease answer me',
  'I paid the gas bill, your half is £42.10',
];

export function draftOf(length: number, variant = 0): string {
  let text = '';
  for (let i = variant; text.length < length; i++) {
    text += `${POOL[i % POOL.length]}${i % 3 === 2 ? '\n\n' : ' '}`;
  }
  return text.slice(0, length);
}
