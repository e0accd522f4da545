// Seed conversations: one ending with the person's own unanswered texts (the situation the
// extension is built for), one ending with an incoming text, one group, and one long enough that
// only its latest 25 messages render (dom-notes-more-sites §2.5).
export type Direction = 'in' | 'out';

export type Message = { id: string; direction: Direction; text: string; time: string };

export type Conversation = {
  /** The id in the URL: /web/conversations/<id>. */
  id: string;
  /** Participants other than the person, as the header's h2 elements show them. */
  participants: string[];
  messages: Message[];
};

type Seed = [Direction, string, string];

function build(id: string, seeds: Seed[]): Message[] {
  return seeds.map(([direction, time, text], i) => ({ id: `${id}-${i}`, direction, time, text }));
}

export function seedConversations(): Conversation[] {
  return [
    {
      id: '1001',
      participants: ['Alex Morgan'],
      messages: build('1001', [
        ['in', '6:02 PM', 'I left your hoodie with Priya, pick it up whenever'],
        ['out', '6:15 PM', 'ok thanks'],
        ['in', '9:40 PM', "I don't think talking is a good idea right now."],
        ['out', '10:51 PM', 'I get it'],
        ['out', '10:53 PM', 'I just miss how things were'],
        ['out', '10:54 PM', 'are you awake?'],
      ]),
    },
    {
      id: '1002',
      participants: ['Mum'],
      messages: build('1002', [
        ['out', '5:10 PM', 'Home by 7 tonight'],
        ['in', '5:12 PM', 'Lovely, dinner at 7:30 then ❤️'],
      ]),
    },
    {
      id: '1003',
      participants: ['Sam', 'Priya'],
      messages: build('1003', [
        ['in', '1:00 PM', 'Climbing on Saturday?'],
        ['out', '1:05 PM', "I'm in"],
        ['in', '1:06 PM', 'Great, 10am at the wall'],
      ]),
    },
    {
      id: '1004',
      participants: ['Jordan'],
      messages: build(
        '1004',
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

/** The header's text for a conversation (a group's participants, comma-separated). */
export function conversationName(conversation: Conversation): string {
  return conversation.participants.join(', ');
}
