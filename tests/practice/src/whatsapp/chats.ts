// Seed conversations. Some end with two or three unanswered outgoing messages (the situation the
// extension is built for), some with an incoming message, one is a group.
export type Direction = 'in' | 'out';

export type Message = {
  id: string;
  direction: Direction;
  text: string;
  /** Display time and date, en-US style as in data-pre-plain-text="[10:54 PM, 12/9/2025] Name: ". */
  time: string;
  date: string;
  author: string;
  status?: 'sent' | 'delivered' | 'read';
  edited?: boolean;
};

export type Chat = {
  id: string;
  /** WhatsApp JID: @c.us for people, @g.us for groups. */
  jid: string;
  name: string;
  isGroup: boolean;
  color: string;
  messages: Message[];
  /** Unsent text left in the composer when another chat was opened (WhatsApp keeps it). */
  draft?: string;
};

export const ME = 'Robin';

type Seed = [Direction, string, string, string?];

function build(chatId: string, name: string, date: string, seeds: Seed[]): Message[] {
  return seeds.map(([direction, time, text, author], i) => ({
    id: `${chatId}-${i}`,
    direction,
    text,
    time,
    date,
    author: direction === 'out' ? ME : (author ?? name),
    status: direction === 'out' ? (i < seeds.length - 3 ? 'read' : 'delivered') : undefined,
  }));
}

export function seedChats(): Chat[] {
  return [
    {
      id: 'alex',
      jid: '447700900123@c.us',
      name: 'Alex',
      isGroup: false,
      color: '#7f66ff',
      messages: build('alex', 'Alex', '9/12/2026', [
        ['in', '6:02 PM', 'I left your hoodie with Priya, you can pick it up whenever'],
        ['out', '6:15 PM', 'ok thanks'],
        ['out', '6:16 PM', 'can we talk at some point?'],
        ['in', '9:40 PM', "I don't think that's a good idea right now. I need some space."],
        ['out', '10:51 PM', 'I get it'],
        ['out', '10:53 PM', 'I just miss how things were'],
        ['out', '10:54 PM', 'are you awake?'],
      ]),
    },
    {
      id: 'mum',
      jid: '447700900456@c.us',
      name: 'Mum',
      isGroup: false,
      color: '#f7a928',
      messages: build('mum', 'Mum', '9/12/2026', [
        ['out', '5:30 PM', 'Home safe 🙂'],
        ['in', '5:41 PM', 'Good! Sunday lunch still on?'],
        ['out', '5:42 PM', 'Yes, I will bring dessert'],
        ['in', '8:10 PM', 'Lovely. Sleep well love ❤️'],
      ]),
    },
    {
      id: 'jordan',
      jid: '447700900789@c.us',
      name: 'Jordan',
      isGroup: false,
      color: '#06cf9c',
      messages: build('jordan', 'Jordan', '9/12/2026', [
        ['in', '7:12 PM', 'how are you holding up?'],
        ['out', '7:20 PM', 'honestly up and down'],
        ['in', '7:21 PM', 'want to get food tomorrow? my treat'],
      ]),
    },
    {
      id: 'climbing',
      jid: '120363025246125486@g.us',
      name: 'Climbing crew',
      isGroup: true,
      color: '#53bdeb',
      messages: build('climbing', 'Climbing crew', '9/12/2026', [
        ['in', '4:03 PM', 'Thursday 7pm at the wall?', 'Priya'],
        ['in', '4:05 PM', "I'm in", 'Marco'],
        ['out', '4:30 PM', 'count me in too'],
        ['in', '4:31 PM', 'Nice, see you all there', 'Priya'],
      ]),
    },
    {
      id: 'sam',
      jid: '447700900321@c.us',
      name: 'Sam (work)',
      isGroup: false,
      color: '#ff72a1',
      messages: build('sam', 'Sam (work)', '9/12/2026', [
        ['in', '11:02 AM', 'Can you send me the slides before the 3pm?'],
        ['out', '11:20 AM', 'Sent them to your email'],
        ['out', '11:21 AM', 'Let me know if anything is missing'],
      ]),
    },
  ];
}

const BUSY_LINES = [
  'did you see the match?',
  'haha yes',
  'on my way',
  'ok 👍',
  'send me the address please',
  'running 5 min late, sorry!',
  'that photo is amazing',
  'who is bringing snacks?',
];

/** A long history for performance tests: `count` alternating messages, oldest first. */
export function busyHistory(chat: Chat, count: number): Message[] {
  const messages: Message[] = [];
  for (let i = 0; i < count; i++) {
    const direction: Direction = i % 3 === 0 ? 'out' : 'in';
    const minute = i % 60;
    messages.push({
      id: `${chat.id}-busy-${i}`,
      direction,
      text: `${BUSY_LINES[i % BUSY_LINES.length]} (#${i + 1})`,
      time: `${1 + (Math.floor(i / 60) % 12)}:${String(minute).padStart(2, '0')} PM`,
      date: '9/11/2026',
      author: direction === 'out' ? ME : chat.name,
      status: direction === 'out' ? 'read' : undefined,
    });
  }
  return messages;
}
