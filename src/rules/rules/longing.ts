import { defineTextRule } from '../text-rule';

/**
 * `longing`: love and attachment. Said as lingering ("I still love you", "I'll always love you",
 * "you were my person", "I can't stop thinking about you", "I hope you remember me", "a part of
 * me will always be yours") it carries the breakup and reaches every guarded chat. Said plainly
 * ("I love you", "love you", "I miss you") it is a gift to anyone but an ex, so it reaches only
 * the chats the person listed (see `closeness`).
 *
 * The reason never says the feeling is wrong: it asks whether this is the moment, and whether a
 * message is the way (guidance.md).
 *
 * Sensitivity:
 * - gentle: unmistakable lingering ("still love you", "never stop loving you", "miss us").
 * - balanced (default): adds "you were my everything", "I think about you every day",
 *   "you still mean so much to me", and plain "I love you", "I miss you" (listed chats only).
 * - strict: adds softer hints: "thinking of you", "you mean a lot to me".
 *
 * Not longing: "I love this song", "miss the bus", "I'd love you to send the forms",
 * "I love your mum's curry" (affection for things), "I still love that film".
 */
export const longing = defineTextRule({
  id: 'longing',
  severity: 'medium',
  label: {
    name: 'Lingering love',
    short: 'lingering love',
    closeShort: 'words of love',
    why: 'A declaration puts weight on someone who asked for space, and keeps your own wound open.',
  },
  patterns: {
    clear: [
      'i (?:still|really still|do still|will always|ll always|always will|will forever|never stopped|never stop|cant stop|cannot stop|wont ever stop|will never stop) (?:loving|love|{love}) {you}',
      '{ill} (?:always|forever|never stop|never not) (?:love|loving|care about|miss) {you}',
      '{im} (?:still|always going to be|always gonna be|forever) (?:in {love} with|{love}ing|thinking about|hung up on|not over) {you}',
      '{im} (?:still )?not over {you}',
      'i (?:cant|{cant}|will never|wont ever|never) (?:get|got) over {you}',
      'i (?:still |really |just |so )?miss (?:us|the (?:old )?us|what we had|how we were|you and me|being (?:with {you}|yours|us|together))\\b',
      '(?:a )?(?:part|piece) of (?:me|my heart) (?:will )?(?:always|still|forever) (?:be )?(?:yours|love {you}|belongs? to {you}|with {you})',
      '(?:{you}(?: will|ll)|{youre}) (?:always|forever) (?:be )?(?:my (?:person|everything|first love|one|home|heart)|in my heart|have (?:a place in )?my heart)',
      '{you} (?:were|was|are still|still are|will always be) my (?:person|everything|world|home|safe place|comfort|first love|one|whole world|best friend and|soulmate)',
      'i (?:{cant}|cannot|can not) stop (?:thinking about|dreaming about|missing|loving) {you}',
      'i (?:still )?think (?:about|of) {you} (?:every day|everyday|all the time|constantly|every night|every single day|every minute|every second|daily)',
      'i hope {you} (?:still )?(?:remember|think of|think about|miss) (?:me|us|what we)',
      'i (?:dont|do not|will never|never) regret (?:loving|{love}ing|meeting|being with) {you}',
      '{love}ing {you} was (?:the|my)',
      'i (?:loved|{love}d) {you} with (?:everything|all (?:of )?my|my whole)',
      '{you} (?:still )?mean (?:everything|the world|so much|so much more) to me',
      '{you} (?:mattered|still matter|will always matter) to me',
      'i (?:still|will always) care (?:about|for) {you}',
      'i wish {you} (?:were|was) (?:still )?(?:mine|here with me|with me)',
      '{you} still have my heart',
      '(?:no one|nobody|noone) (?:will ever|could ever|can ever|will) (?:{love} {you}|compare to {you}|replace {you})',
      'i (?:still|always) (?:want|need) {you}(?! to [a-z0-9])',
      '{dont} (?:regret|forget) (?:us|what we had|me)\\b',
      'i (?:still )?(?:feel|have) (?:the same|feelings for {you}|strong feelings for {you})',
      'my heart (?:still )?(?:belongs to|aches for|is yours|breaks for) {you}',
      '{you} (?:were|was) (?:the|my) (?:love of my life|one for me|first (?:person|woman|man|girl|guy) i (?:ever )?(?:really |truly )?loved)',
      'i (?:will|ll) (?:always )?(?:carry|keep) {you} (?:with me|in my heart)',
      'goodbye(?:,)? (?:my )?love\\b',
      '{youre} still the (?:first|only|last) (?:thing|person|one)',
      '{you} (?:were|are|was) (?:still |always )?the first (?:person|one) i (?:want|wanted|think|thought|told|tell)',
      'i still (?:wake up reaching|reach|look) for {you}',
      '(?:i )?(?:{cant}|cannot) stop (?:thinking about|missing|loving) {you}',
      '(?:doesnt|does not|dont|wont|will never) feel (?:right|the same|like [a-z]+) without {you}',
      'first (?:one|christmas|birthday|valentines|eid|diwali|new year|anniversary|summer) without {you}',
      '(?:a |some )?(?:part|piece) of (?:me|my heart) (?:is |will )?(?:always |still |forever )?(?:going to |gonna )?(?:be )?(?:yours|belongs? to {you}|love {you}|with {you})',
      'not a day goes by (?:that |when )?i {dont} (?:think|miss)',
      '(?:still )?not over {you}',
      'what we had (?:doesnt|does not|will never|wont|cant|never|is still|still)',
      'i still think about (?:that|the|our|those|when|how|us|{you})\\b',
      '(?:sleep in|wear|wearing|still have) (?:the |your |that )?[a-z]+ {you} (?:gave|bought|got|made) me',
      'i (?:still )?(?:sleep in|wear) {your} [a-z]+',
      'i still (?:want|wanna) (?:to )?marry {you}',
      'still loving {you}',
      'i still have (?:the |your |our |that |those )?(?:[a-z]+ ){0,3}from our (?:first|last)',
      '(?:doesnt|does not) feel right (?:[a-z]+ing )?without {you}',
      '{you} (?:were|are|was) (?:the only|all) (?:thing|one|reason) (?:keeping me|that kept me|i had)',
      'i (?:still )?sleep in it(?= ?$|\\.| every| at)',
      'i still sleep (?:in|with) {your}',
      'i (?:still|always) miss {you}',
      'miss {you}(?: |\\.)still\\b',
      '(?:every time|whenever) i (?:close my eyes|fall asleep|wake up)',
      'i (?:still )?miss (?:the way {you}|having {you}|{you} (?:[a-z]+ing))',
      'i (?:genuinely |really |truly )?cared (?:so much )?(?:about|for) {you}',
      'i (?:will|ll|am going to|{going}) (?:stop|give up) (?:holding space|waiting|trying|chasing|loving|fighting|hoping)(?: for {you})?',
    ],
    balanced: [
      '(?:it|this|what we had|everything) was real (?:for|to) me',
      'i (?:still )?(?:miss|want) {your} (?:warmth|touch|voice|laugh|smile|kisses|hugs|arms|face|scent|smell)',
      '(?:still|always) (?:love|{love}) {you}',
      'i (?:think|thought) i (?:still )?(?:love|am in love with) {you}',
      '(?:{you} )?still do{end}',
    ],
    strict: ['{you} mean (?:a lot|so much) to me'],
  },
  closeness: {
    clear: [],
    balanced: [
      'miss {you} (?:all|guys|lot|lots)',
      'miss(?:ing)? {you}(?: (?:so much|loads|lots|too|already|more))?(?= ?$|\\.)',
      '(?:{youre}|{you} are) the (?:love|loves) of my life',
      '(?:{love}|luv) {you}(?: (?:x+|xo+|too|lots|loads|always|so much))?{end}',
      '(?:{love}|luv) {you} (?:x+|xo+)\\b',
      '(?:goodnight|good night|night|nite|morning|good morning|merry christmas|happy [a-z]+) my (?:love|darling)',
      'i (?:really |truly |just |do )?(?:{love}|luv|lurve|adore) {you}(?! (?:to|too much to)\\b)(?: (?:so much|so very much|loads|lots|always|forever|to bits|bunches|more|most|too|sm))?',
      '{start}(?:really |just )?(?:{love}|luv|lurve) {you}(?! to\\b)(?: (?:so much|loads|lots|always|forever|to bits|bunches|more|too|sm))?',
      'we (?:{love}|miss) {you}',
      '(?:ily|ilysm|ilu|i love u)\\b',
      'i (?:really |so |still |just )?miss(?:ing)? {you}(?: (?:so much|loads|lots|too|already|like crazy|every day|more))?',
      '{start}(?:really |so |still )?miss(?:ing)? {you}(?: (?:so much|loads|lots|too|already|like crazy|every day|more))?',
      '{love} (?:{you} )?(?:lots|loads|always)(?= ?$|\\.)',
      '(?:lots of|all my|sending) {love}(?= ?$|\\.| to {you}| x)',
      'miss(?:ing)? (?:being )?home',
      'miss (?:those|the old|our (?:old )?[a-z]+) (?:days|times)',
      'miss {your} (?:mum|mom|mums|moms|cooking|food|laugh|voice|hugs|face)',
      '{love} (?:{you}|u) to (?:bits|the moon|pieces)',
      '(?:loves|love) {you}(?: so much| lots)?{end}',
      '{start}love(?:,)? (?:mum|mom|dad|papa|grandma|nan|nana|granny|gran|auntie|mama|ma)(?= ?$|\\.)',
      '{youre} my (?:person|everything|world)',
    ],
    strict: ['thinking (?:of|about) {you}'],
  },
  reason: (q, reach) =>
    reach === 'anywhere'
      ? `'${q}' says the feeling is still there. It is real; ask yourself if this is the moment, and if a message is the way to share it.`
      : `'${q}' is warm, and this is a chat you asked to guard. Is this the moment to say it, and is a message the way?`,
  suggestion:
    'Write it out in full in an unsent note first; if you still want to say it tomorrow, it will keep.',
});
