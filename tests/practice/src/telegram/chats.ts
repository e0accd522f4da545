// Seed chats, the same for both clients: one ending with the person's own unanswered messages
// (the situation the extension is built for), one ending with an incoming message, and a group.
export type Direction = 'in' | 'out';

export type Message = { id: number; direction: Direction; text: string; time: string };

export type Chat = {
  /** A's hash (`#1001`) and K's peer id (`#1001` works there too). */
  id: string;
  /** K's hash for chats with a username (`#@alexmorgan`). */
  username: string | null;
  name: string;
  messages: Message[];
};

type Seed = [Direction, string, string];

function build(seeds: Seed[]): Message[] {
  return seeds.map(([direction, time, text], i) => ({ id: 100 + i, direction, time, text }));
}

export function seedChats(): Chat[] {
  return [
    {
      id: '1001',
      username: 'alexmorgan',
      name: 'Alex Morgan',
      messages: build([
        ['in', '18:02', 'I left your hoodie with Priya, pick it up whenever'],
        ['out', '18:15', 'ok thanks'],
        ['in', '21:40', "I don't think talking is a good idea right now."],
        ['out', '22:51', 'I get it'],
        ['out', '22:53', 'I just miss how things were'],
        ['out', '22:54', 'are you awake?'],
      ]),
    },
    {
      id: '1002',
      username: null,
      name: 'Mum',
      messages: build([
        ['out', '17:10', 'Home by 7 tonight'],
        ['in', '17:12', 'Lovely, I made soup'],
        ['in', '17:13', 'Bring bread if you pass the shop x'],
      ]),
    },
    {
      id: '-2003',
      username: null,
      name: 'Climbing club',
      messages: build([
        ['in', '09:00', 'Sam: Saturday at the wall, 10am?'],
        ['out', '09:05', "I'm in"],
        ['in', '09:07', 'Priya: same, bringing the rope'],
      ]),
    },
  ];
}

/** The chat a location hash names: `#1001`, `#@alexmorgan` (K), `#1001_` (A's suffix). */
export function chatForHash(chats: readonly Chat[], hash: string): Chat | null {
  const key = hash.replace(/^#/, '').replace(/_.*$/, '');
  if (key === '') return null;
  return chats.find((c) => c.id === key || (c.username && `@${c.username}` === key)) ?? null;
}
