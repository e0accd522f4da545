// Seed threads. Ids look like the sites' numeric ids; encrypted ones live under /e2ee/t/<id>.
export type Direction = 'in' | 'out';

export type ThreadMessage = {
  id: string;
  direction: Direction;
  text: string;
  time: string;
  author: string;
};

export type Thread = {
  id: string;
  e2ee: boolean;
  name: string;
  isGroup: boolean;
  color: string;
  messages: ThreadMessage[];
};

export const ME = 'Robin Hart';

type Seed = [Direction, string, string, string?];

function build(threadId: string, name: string, seeds: Seed[]): ThreadMessage[] {
  return seeds.map(([direction, time, text, author], i) => ({
    id: `${threadId}-${i}`,
    direction,
    text,
    time,
    author: direction === 'out' ? ME : (author ?? name),
  }));
}

export function seedThreads(): Thread[] {
  return [
    {
      id: '100064581234567',
      e2ee: true,
      name: 'Alex',
      isGroup: false,
      color: '#7f66ff',
      messages: build('alex', 'Alex', [
        ['in', '6:02 PM', 'I left your hoodie with Priya'],
        ['out', '6:15 PM', 'ok thanks'],
        ['in', '9:40 PM', 'I need some space right now, please respect that.'],
        ['out', '10:51 PM', 'I get it'],
        ['out', '10:54 PM', 'are you awake?'],
      ]),
    },
    {
      id: '100071234567890',
      e2ee: false,
      name: 'Jordan Lee',
      isGroup: false,
      color: '#06cf9c',
      messages: build('jordan', 'Jordan Lee', [
        ['out', '7:20 PM', 'honestly up and down'],
        ['in', '7:21 PM', 'want to get food tomorrow? my treat'],
      ]),
    },
    {
      id: '6543210987654321',
      e2ee: false,
      name: 'Weekend hikers',
      isGroup: true,
      color: '#f7a928',
      messages: build('hikers', 'Weekend hikers', [
        ['in', '3:10 PM', 'Saturday 9am at the car park?', 'Priya Shah'],
        ['out', '3:30 PM', 'I can drive two people'],
        ['in', '3:32 PM', 'Perfect, thanks Robin!', 'Marco Rossi'],
      ]),
    },
    {
      id: '100059876543210',
      e2ee: true,
      name: 'Sam Taylor',
      isGroup: false,
      color: '#ff72a1',
      messages: build('sam', 'Sam Taylor', [
        ['in', '11:02 AM', 'Are you coming to the leaving drinks?'],
        ['out', '11:20 AM', 'Yes!'],
        ['out', '11:21 AM', 'Might be a bit late though'],
      ]),
    },
  ];
}
