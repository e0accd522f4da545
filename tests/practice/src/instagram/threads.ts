// Seed threads: one ending with the person's own unanswered messages (what the extension is
// for), one ending with an incoming message, a group, and one long enough that only its newest
// rows render (every site virtualises its list, dom-notes-more-sites §0). Thread ids are
// numeric, as in /direct/t/<id>/ (§1.5).
export type Direction = 'in' | 'out';

export type Message = { direction: Direction; text: string; time: string };

export type Thread = {
  id: string;
  /** The display name, as the header's `h2 span[title]` shows it (§1.3). */
  name: string;
  /** The other person's @handle: the avatar link's `href` and label (§1.3, §1.4). */
  handle: string;
  messages: Message[];
};

type Seed = [Direction, string, string];

const build = (seeds: Seed[]): Message[] =>
  seeds.map(([direction, time, text]) => ({ direction, time, text }));

export function seedThreads(): Thread[] {
  return [
    {
      id: '340282366841710301',
      name: 'Alex Morgan',
      handle: 'alex.morgan',
      messages: build([
        ['in', '6:02 PM', 'I left your hoodie with Priya'],
        ['in', '6:03 PM', 'pick it up whenever'],
        ['out', '6:15 PM', 'ok thanks'],
        ['in', '9:40 PM', "I don't think talking is a good idea right now."],
        ['out', '10:51 PM', 'I get it'],
        ['out', '10:53 PM', 'I just miss how things were'],
        ['out', '10:54 PM', 'are you awake?'],
      ]),
    },
    {
      id: '340282366841710302',
      name: 'Mum',
      handle: 'mum.jones',
      messages: build([
        ['out', '5:10 PM', 'Home by 7 tonight'],
        ['in', '5:12 PM', 'Lovely, dinner at 7:30 then ❤️'],
      ]),
    },
    {
      id: '340282366841710303',
      name: 'Sam, Priya',
      handle: 'sam.climbs',
      messages: build([
        ['in', '1:00 PM', 'Climbing on Saturday?'],
        ['out', '1:05 PM', "I'm in"],
        ['in', '1:06 PM', 'Great, 10am at the wall'],
      ]),
    },
    {
      id: '340282366841710304',
      name: 'Jordan',
      handle: 'jordan.r',
      messages: build(
        Array.from(
          { length: 40 },
          (_, i): Seed => [
            i === 9 ? 'in' : 'out',
            '11:00 PM',
            i === 9 ? 'please stop texting me' : `message ${i + 1}`,
          ],
        ),
      ),
    },
  ];
}

export function threadPath(id: string): string {
  return `/direct/t/${id}/`;
}
