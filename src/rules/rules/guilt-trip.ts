import { defineTextRule } from '../text-rule';

/**
 * `guilt-trip`: blame and guilt meant to make them feel responsible: "after everything I did for
 * you", "I hope you're happy now", "you ruined my life".
 *
 * Sensitivity:
 * - gentle: unmistakable blame ("after everything I did for you", "you ruined my life",
 *   "this is all your fault", "I hope you're happy now", "you'll regret this").
 * - balanced (default): adds "because of you", "how could you", "you never cared",
 *   "you broke my heart", "you owe me an explanation".
 * - strict: adds softer hints: "whatever makes you happy", "must be nice", "you owe me".
 *
 * Not a guilt trip: "I hope you're happy in the new flat", "you owe me 42 for the internet",
 * "because of the strike, school is closed", "thanks for everything you did with the kids".
 */
export const guiltTrip = defineTextRule({
  id: 'guilt-trip',
  severity: 'medium',
  label: {
    name: 'Guilt and blame',
    short: 'guilt',
    why: 'Guilt and demands make people keep their guard up.',
  },
  patterns: {
    clear: [
      'i hope {you} (?:think about|remember|never forget|regret) (?:what|everything) {you}(?: did| have done|ve done)',
      'i did (?:everything|so much|all of this|all that|it all) for {you}',
      '(?:this|that) is what i get',
      '{you} (?:broke|ruined|destroyed|wrecked|killed) (?:us|what we had|our family|everything we had|everything we built)\\b',
      '(?:never|wont|will never|{going}) find (?:anyone|someone|another|anybody|somebody)(?: who| that)? {w3}like (?:me|i (?:did|do))',
      'hope {you} can live with (?:that|yourself|this|it)',
      '{you}(?:ll| will) be sorry',
      '(?:finally )?be free of me',
      '(?:its|it is|thats|that is) (?:all )?because of {you}{end}',
      '(?:in|for) (?:days|weeks|months) because of {you}',
      'not that {you}(?:d| would) (?:even )?care',
      'remember that when {you}',
      '{you}(?:ve| have)? (?:destroyed|ruined|broken|lost) the (?:one|only) person',
      'after all the (?:times|things) i',
      'hope {youre} happy with (?:her|him|them)',
      'hope (?:she|he|it)s worth',
      'the least {you} (?:could|can) do',
      'i paid (?:for )?{your}',
      'i (?:dropped out of|quit|left|moved|gave up) (?:[a-z]+ ){0,4}(?:for|because of) {you}',
      '(?:how do|how can|can) {you} live with yourself',
      'what {you}(?: have|ve)? put me through',
      'thanks for (?:ruining|wrecking|destroying|nothing|breaking my heart|wasting)',
      'after (?:everything|all) (?:i (?:did|have done|gave|sacrificed)|ive (?:done|given|sacrificed)|we (?:have |ve )?(?:been|went) through|weve been through|i (?:have )?(?:put up with|been through))',
      '(?:i )?hope {youre} (?:happy|satisfied|proud)(?: of yourself)? now',
      'hope {youre} (?:proud of yourself|happy with yourself|satisfied with yourself)',
      '{are} {you} (?:happy|proud of yourself|satisfied) now',
      '{you}(?: have|ve)? (?:ruined|destroyed|wrecked|broke|broken) (?:my life|me|my heart|everything|my everything|my mental health|my year|my christmas|my birthday)',
      '(?:this is|this was|its|it is|it was|that is|thats|that was) (?:all |entirely |completely )?{your} fault(?! (?:in a good way|lol|haha)\\b)',
      'look (?:at )?what {you}(?: did| have done|ve done| made me)',
      '{you}(?: did| have done|ve done) this to me',
      'what {you}(?: did| have done|ve done) to me',
      '{you} made me (?:like this|this way|do it|do this|feel worthless|feel like nothing|hate myself)',
      'i (?:gave|wasted) (?:you )?(?:everything|my all|the best years(?: of my life)?|years of my life)',
      'i gave up (?:everything|so much|my (?:job|career|friends|life|family|home)) for {you}',
      '{you} (?:wasted|stole|took) (?:\\d+ |so many |the best |all those )?(?:years|yrs) (?:of my life)?',
      '{you} wasted my (?:time|life|years)',
      'i (?:guess |suppose )?(?:i )?never (?:meant|mattered) (?:anything |a thing |much )?to {you}',
      'i meant nothing to {you}',
      'i hope (?:it|she|he|they) (?:was|were|is) worth it',
      '(?:{you}(?: will|l)|{youre} {going}) (?:definitely |really )?regret (?:this|it|losing me|what you did)',
      '{you} owe me (?:an explanation|an apology|that much|at least|so much|everything|the truth)',
      'nobody (?:will|is going to) (?:ever )?(?:love|treat) {you} (?:like|as (?:much|well) as) i (?:do|did)',
    ],
    balanced: [
      '(?:everyone|everybody) (?:except|but) me',
      'the mess {you} (?:left|made|caused)',
      'enjoy {your} new life',
      'must be nice to (?:just |be able to )?(?:move on|forget|not care|walk away|be you|have)',
      'i was (?:always )?there for {you} when',
      'when (?:nobody|no one|noone) else (?:was|would|did|cared)',
      '{you} (?:really |clearly |obviously |just |honestly )(?:never|dont|didnt|do not|did not) (?:even |really |actually )?(?:care|cared|love me|loved me)\\b(?! (?:which|what|if|whether|when|where|how)\\b)',
      '(?:ruining|ruined|wrecking|wrecked|destroying|destroyed) my (?:life|birthday|christmas|day|weekend|year|holiday)',
      'how could {you}',
      'how can {you} (?:be so|sleep at night|live with yourself|do this|just)',
      '{you} (?:never|dont|didnt|do not|did not) (?:even |really |actually )?(?:care|cared|love me|loved me)\\b(?! (?:which|what|if|whether|when|where|how)\\b)',
      '{you} (?:clearly|obviously) (?:never|dont|didnt) (?:care|cared|love me|loved me)',
      'do {you} even care',
      '{you} (?:just )?(?:abandoned|threw) me (?:away|aside|out)?',
      'i (?:cry|cried) (?:myself to sleep|every night|every day|all night)',
      '{you} (?:just )?walk(?:ed)? away',
    ],
    strict: [
      // Also gratitude: "everything I have is because of you".
      '(?:all )?because of {you}{end}',
      'whatever makes {you} happy',
      'must be nice',
      'after all these years',
      '{you} owe me',
      'thanks (?:a lot|for nothing)',
      'i guess i (?:dont|do not) matter',
    ],
  },
  reason: (q) =>
    `'${q}' puts the blame on them, and guilt tends to make people keep their guard up rather than listen.`,
  suggestion:
    'If you want to say how you feel, try "I feel…" about yourself, or write it as an unsent note first.',
});
