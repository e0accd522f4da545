import { defineTextRule } from '../text-rule';

/**
 * `pressure`: pushing for sex, for meeting alone at home, "just one night", not taking no.
 *
 * Sensitivity:
 * - gentle: unmistakable ("just one night", "hook up", "send nudes", "friends with benefits",
 *   "nobody has to know", "I won't take no for an answer", "stop playing hard to get").
 * - balanced (default): adds "come over tonight", "just the two of us", "what are you wearing",
 *   "I'm home alone tonight", "you have to see me".
 * - strict: adds softer hints: "come over", "for old times' sake", "just say yes".
 *
 * Not pressure: "can I come by at 4 to collect my books", "send me the photos from the school
 * play", "I'll wait for you outside the school".
 */
export const pressure = defineTextRule({
  id: 'pressure',
  severity: 'medium',
  label: {
    name: 'Pressure to meet or for intimacy',
    short: 'pressure',
    why: 'Pressure is disrespectful and wears the other person down.',
  },
  patterns: {
    clear: [
      '(?:come|meet me|see me|be) (?:{w3}{w3})alone(?= ?$|.| for| tonight| together)',
      'need to be alone (?:for this|tonight|together)',
      '(?:eyes|body) said yes',
      'both (?:single|lonely)(?: and| both|.| ?$)',
      '(?:i know|since|now that) {youre} (?:home )?alone',
      'pretending {you} {dont} (?:miss|want) (?:it|this|me)',
      '(?:house|place|flat) to ourselves',
      '(?:booked|got) us a (?:room|hotel)',
      'send me (?:something|a pic|a picture|a photo) to remember {you} by',
      '(?:send|snd) (?:me )?(?:a |some )?(?:pic|pics|photo|photos|picture|pictures) of (?:what {youre} wearing|{you} in (?:bed|the shower|your underwear|nothing)|{your} (?:body|legs|boobs|ass|bum|tits))',
      '(?:send|snd) (?:me )?(?:something|smth|sth|a pic|pics|one) (?:sexy|naughty|dirty|hot|spicy)',
      '(?:just|only|casual) sex',
      'one night (?:thats|is) all',
      '(?:just|only) one night(?! (?:a week|off|shift|away|at|in|only|there|per|a month)\\b)',
      'one (?:more|last) night (?:together|with (?:me|{you}))',
      'hook(?:ing)? up(?! (?:the|a|an|your|my|his|her|it|to|with the|with a)\\b)',
      '(?:hookup|netflix and chill|make love|fool around|fooling around)',
      '(?:have|having|had) sex',
      'make out (?:with me|tonight|again)',
      '(?:we|us) (?:should |could |can |will |would )?(?:sleep|sleeping) together',
      '(?:sleep|sleeping) with me',
      '(?:friends with benefits|fwb|no strings(?: attached)?|booty call|one night stand)',
      '(?:send|snd) (?:me )?(?:some )?(?:nudes|nude|naughty|sexy|dirty) ?(?:pics|pictures|photos|pic|picture|photo|ones)?',
      '(?:send|snd) (?:me )?(?:some |a )?(?:pics|pictures|pic|photo|photos) (?:of (?:you|u|yourself|ur body|your body)|in (?:bed|the shower|your underwear))',
      '(?:{im}|i am|i get|i got) (?:so |really )?(?:horny|turned on)',
      'i (?:want|need|crave) {you} (?:so bad|so badly|tonight|right now|in my bed|naked|in bed)',
      'i (?:just |really |so )?(?:want|need|wanna) (?:to )?(?:kiss|touch|feel|taste|hold) {you}',
      '(?:miss|missing|want|crave) (?:your body|having sex with {you}|sleeping with {you}|the sex|your lips|kissing {you}|touching {you}|your touch|being inside {you}|you in my bed)',
      '(?:alone|just us|just the (?:two|2) of us) (?:at|in) (?:my|your|ur) (?:place|flat|apartment|house|room|bed)',
      '(?:nobody|no one|noone) (?:has|needs|will ever|will|would) (?:have )?to know',
      '{you} know {you} (?:want|wanna) (?:it|to|me)',
      'stop (?:being|playing) (?:so )?hard to get',
      '(?:{dont}|stop) (?:be|being) (?:such a |so )?(?:prude|tease|frigid|uptight)',
      '{you} (?:owe|promised) me (?:at least )?(?:a |one )?(?:more )?(?:night|kiss|date)',
      '(?:i|{ill}) (?:wont|will not|dont) take no for an answer',
      'what (?:are|{are}) {you} wearing(?! (?:to|for|at|on|tomorrow)\\b)',
      '(?:come|cum) (?:over|to my place|to mine|round) (?:and )?(?:stay the night|spend the night|sleep over|keep me warm)',
      '(?:stay|spend) the night (?:with me|at mine|at my place)',
    ],
    balanced: [
      '{start}(?:just )?one (?:more |last )?night{end}',
      'i know {you} (?:still )?(?:want|need) me(?! to [a-z0-9])',
      '(?:keep|kept) it casual',
      '(?:stay|sleep) over (?:tonight|at mine|at my place|with me)',
      '(?:send|snd) (?:me )?some (?:pics|pictures|photos){end}',
      '(?:meet|see) (?:me )?alone',
      '(?:{im}|i am) (?:home )?alone (?:tonight|now|rn|this weekend)',
      '{you} (?:have|need|got) to (?:see|meet|talk to|come to) me(?! (?:at|by|in|on|outside|before|after|tomorrow|today|there|about)\\b)',
      '(?:one|1) (?:more|last) time together',
      '{start}(?:just |come and |come |why not )?stay the night',
      '(?:{im}|i am) not (?:letting (?:this|you) go|taking no)',
    ],
    strict: [
      'see what happens',
      '(?:come|cum) (?:over|round){end}',
      '(?:at mine|to mine|my place){end}',
      'just say yes',
      '{dont} say no',
      'wyd{end}',
    ],
  },
  // An invitation is warm between friends; to an ex it presses. Only in a listed chat.
  closeness: {
    clear: [],
    balanced: [
      'come (?:to mine|to my place|round to mine|over to mine)(?! (?:to|and|at|for|with|before|by)\\b)',
      '(?:i (?:need|have) to|i wanna|i want to|{you} (?:have|need) to) see {you} (?:tonight|now|right now)(?! (?:to|for|about)\\b)',
      'no excuses',
      'just come (?:over|round)(?! (?:at|to|and|for|before|after|tomorrow|on|with)\\b)',
      '(?:come|cum) (?:over|round|to mine|to my place)(?: now| tonight| later tonight| right now| rn)(?! (?:to|and (?:get|grab|collect|pick))\\b)',
      'just the (?:two|2) of us',
      'for old times (?:sake|sakes)',
    ],
    strict: [],
  },
  reason: (q) =>
    `'${q}' pushes for closeness they may not want, and pressure tends to make people pull away.`,
  suggestion:
    'Leave the choice entirely with them: take this out, or keep the thought in an unsent note.',
});
