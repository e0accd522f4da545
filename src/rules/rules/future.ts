import { defineTextRule } from '../text-rule';

/**
 * `future`: a future together the other person has not agreed to: "we're meant to be",
 * marriage, kids together, moving back in, "when we get back together", "I'll wait forever".
 *
 * Sensitivity:
 * - gentle: unmistakable ("meant to be together", "when we get back together", "marry me",
 *   "I'll wait for you forever", "a future together", "you're my soulmate").
 * - balanced (default): adds "this isn't over", "you're the one", "one day we'll…",
 *   "start a family", "move back in".
 * - strict: adds softer hints: "someday we", "the rest of our lives", "soulmate" anywhere.
 *
 * Not a future together: "next Tuesday", "in the future please text first", "our kids have a
 * dentist appointment", "my sister is getting married".
 */
export const future = defineTextRule({
  id: 'future',
  severity: 'medium',
  label: {
    name: 'A future together',
    short: 'a future together',
    why: 'Plans they have not agreed to can leave them feeling cornered.',
  },
  patterns: {
    clear: [
      '(?:keeping|still have) the (?:wedding|engagement) (?:fund|ring|dress|savings)',
      '{ill} (?:always )?wait(?: for {you})? (?:however|as) long',
      '(?:we|us) were (?:meant|destined) (?:to be|for each other)',
      '(?:{im} not|{im} never|i wont|i will never|{ill} never|never) (?:giving|give|going to give|gonna give) up on (?:us|this|what we have|what we had)',
      '(?:well|we will|we are going to|were going to|we {going}) (?:end up|be|get) (?:back )?together',
      '(?:end|ending) up together',
      '(?:when|once|if|after|before) we (?:get|are|go|come) back together',
      '(?:get|getting|got|be|being) back together',
      '(?:be|are|{are}) together again',
      'i was (?:going|gonna|planning) to propose',
      '(?:move|moving) back in with (?:me|{you})',
      '{ill} (?:always )?wait (?:for {you} )?(?:forever|as long as it takes|however long it takes)',
      '{ill} (?:always )?be (?:here )?waiting for {you}(?! (?:at|outside|in|by|near|there|downstairs)\\b)',
      '{ill} always be yours',
      '{ill} never (?:give up on|stop loving|stop waiting for) (?:{you}|us)',
      'what (?:the|our) future could (?:look like|have been|be|hold) (?:with {you}|for us)',
      '{ill} (?:always )?wait for {you}(?= ?$|\\.| however| as long| no matter| forever)',
      '(?:{id}|i would|{ill}) (?:still )?(?:pack up and )?move (?:anywhere |to [a-z]+ )?(?:tomorrow |today |now )?(?:for {you}|if {you})',
      'the (?:kids|children|house|life|wedding|family|future) we (?:said|planned|talked about|were going to|dreamed)',
      'we (?:[a-z]+ ){0,5}together again',
      'we (?:could|can) still (?:go|do it|make it|have|be)',
      '(?:well|we will|we can|lets) (?:figure (?:this|it) out|work (?:this|it) out|get through this) together',
      '{ill} be (?:here|waiting) (?:when|whenever|if) {youre} ready',
      'find (?:our|my) way back(?: to each other| to {you}| to us)?',
    ],
    balanced: [
      '{ill} (?:be|always be) (?:here|waiting){end}',
      '(?:were|we are) (?:not|never) (?:over|done|finished)(?! (?:with|yet|til|until|by|at|here)\\b)',
      'we (?:can|could|will|might|should) (?:still )?(?:try again|try it again|make it work|be together|figure (?:us|it) out)(?! (?:next|tomorrow|later|on|at|with|after)\\b)',
      '(?:this|it|we) (?:isnt|is not|aint|are not|arent|is never) (?:over|done|finished)(?! (?:til|until|yet|by|at)\\b)',
      '(?:its|it is) not over(?: between us)?(?! (?:til|until|yet|by|at)\\b)',
      '(?:one day|someday|some day|eventually) (?:well|we will|we are going to|were going to|you will|youll) (?:be together|be back|see|get back|find|realise|realize|come back)',
      'i still have the (?:engagement )?ring',
    ],
    strict: [],
  },
  closeness: {
    clear: [
      'we(?:d| would) (?:make|be) (?:great|good|amazing|the best|such good|perfect) (?:parents|partners|together|a team|a couple)',
      '(?:want|wanted|imagine|imagined|pictured|picture|dream of|dreamed of|dreamt of) {w3}{w3}{w3}(?:kids|children|family|baby|babies|house|home|wedding|life) with {you}',
      '(?:be|become) my (?:wife|husband|bride|fiance|fiancee)',
      '(?:we|were|we are|us) belong together',
      'belong with (?:me|each other)',
      '(?:we|were|we are|us) (?:are |were )?(?:meant|destined) (?:to be(?: together)?(?! (?:at|in|on|there|here|back|home|ready|done|going|doing|meeting|having|picking|dropping|getting|seeing|paying|splitting|sharing)\\b)|for each other)',
      '(?:meant|destined) to be together',
      'made for each other',
      'marry me',
      '(?:i|we) (?:still |really |always )?(?:want|wanted|was going|were going|planned|plan|was planning|were planning|hoped|dreamed) to (?:marry {you}|get married|propose)',
      'i (?:still |will still )?(?:want to|wanna) marry {you}',
      'we (?:could|can|should|will|would|might) (?:still )?get married',
      '(?:have|having|raise|raising|start|starting) (?:a family|kids|children|a baby|babies) (?:with {you}|together)',
      'our future (?:together|kids|children|home|wedding|family|as a couple|as husband|as wife)',
      'a future (?:together|with {you}|for us)',
      '(?:move|moving|moved) (?:back )?in together',
      '{ill} always be here(?: for {you})?(?! for (?:the|them|him|her|my|our|mia)\\b)',
      'spend (?:the rest of )?(?:my|our) (?:life|lives) (?:with {you}|together)',
      'grow old (?:with {you}|together)',
      '{youre} my (?:soulmate|soul mate|future|forever|person|endgame)',
      '(?:we are|were|{youre}) (?:soulmates|soul mates)',
    ],
    balanced: [
      'when {you} come back (?:[a-z]+ )?we (?:go|can|will|should|must)',
      'we should go back to',
      'one day (?:well|we will) (?:look back|laugh)',
      '{cant} wait (?:for our|to (?:marry|hold|kiss|spend (?:forever|my life)|travel with|move in with) {you})',
      'so excited for (?:[a-z]+ )?(?:with {you}|our)',
      '(?:next|this) (?:summer|year|winter|christmas|diwali|eid|holiday|holidays|weekend|month) (?:we|lets|lets all|were all) (?:should|go|going|do|doing|plan|will)',
      'we should (?:go|do|plan|book|get) (?:[a-z]+ ){0,4}(?:together|again)',
      'lets (?:plan|book|go on) (?:a|an|our) (?:trip|holiday|weekend|getaway|date|road trip|girls|boys)',
      'lets do (?:christmas|diwali|eid|new year|a spa day|a trip|a holiday|a weekend away)',
      'one day (?:well|we will) (?:both )?(?:be|have|live|grow)',
      'ring shopping',
      'marry {you}',
      'heres to (?:forever|us|many more)',
      'look for a place together',
      'stronger together',
      '{youre} (?:the one|my one)(?= ?$|\\.| for me| i (?:want|love|need)| and only)',
      'i (?:still )?(?:see|want) a future with {you}',
      '(?:i (?:still |can )?(?:see|picture|imagine)|i can still see) us (?:married|getting married|together|having kids|with kids|growing old|in (?:a|the|our) (?:house|home|future))',
      'our wedding',
      'talked about (?:our|having) (?:kids|children|future|wedding|babies|baby|names for)',
    ],
    strict: [
      'someday (?:we|us)',
      'the rest of (?:our|my) li(?:fe|ves)',
      'soulmates?',
      'forever (?:and ever|yours|together)',
    ],
  },
  reason: (q) =>
    `'${q}' talks about a future together, which can feel like an expectation they have not agreed to.`,
  suggestion:
    'Let the future stay open for now: keep the message about today, or save this as an unsent note.',
});
