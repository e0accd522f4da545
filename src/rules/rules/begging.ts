import { defineTextRule } from '../text-rule';

/**
 * `begging`: pleading for another chance, promises to change, "I need you".
 *
 * Sensitivity:
 * - gentle: only unmistakable pleas ("please come back", "take me back", "I'll do anything",
 *   "give me another chance", "I'm begging you", "I can't live without you").
 * - balanced (default): adds "I need you" (not "I need you to sign…"), "please talk to me",
 *   "can we try again", "I'll change", "I want to fix this".
 * - strict: adds softer hints: "please answer", "I need to see you", "can we talk".
 *
 * Love itself ("I love you", "I still love you") is `longing`, not pleading.
 *
 * Not begging: "please" on its own or before an ordinary request ("please send me the address"),
 * "I need you to pick up Mia", "please don't forget his medicine".
 */
export const begging = defineTextRule({
  id: 'begging',
  severity: 'medium',
  label: {
    name: 'Pleading',
    short: 'pleading',
    why: 'Pleading tends to push people away; if they come back, it is of their own accord.',
  },
  patterns: {
    clear: [
      '{ill} be (?:the (?:man|woman|person|partner|boyfriend|girlfriend|husband|wife)|who) {you} (?:deserve|need|want)',
      '{im} (?:lost|broken|empty|a mess|a wreck|nothing) without {you}',
      'i (?:{cant}|{dont} {want}|dont wana) lose {you}(?: again)?',
      '(?:to|can i|could i|how do i) (?:get|win) {you} back',
      '(?:{ill}|{id}|i would) do anything(?! for (?:a|an|some|the)\\b)',
      '{ill} do whatever (?:{you} want|it takes)',
      '(?:come back to me|take me back)',
      '{please} (?:just )?come (?:back|home)(?! (?:for|to|and|at|by|before|after|with|tomorrow)\\b)',
      '(?:give|let) (?:me|us) (?:just )?(?:another|one (?:more|last)|a second|a last|1 more) (?:chance|go|try|shot)',
      '(?:one|1) (?:more|last) chance',
      '(?:{im}|i am) begging(?: {you})?',
      'i beg (?:of )?{you}',
      '{cant} (?:live|breathe|go on|function|cope) without {you}',
      '{im} nothing without {you}',
      '{please} {dont} (?:leave me|give up on (?:us|me))(?! (?:hanging|out|on read)\\b)',
      '{dont} (?:leave me|give up on us|give up on me|walk away from us|throw (?:us|this) away)(?! (?:hanging|out|on read)\\b)',
      'i (?:just |really |so )?(?:want|need) (?:{you}|us) back(?! (?:by|at|before|for|in|home|here|on)\\b)',
      '{ill} do (?:anything|whatever) (?:to|for) (?:get|have|win) (?:{you}|us) back',
    ],
    balanced: [
      'let me make (?:it|this|everything) up to {you}',
      '(?:cant|couldnt|can|could|shall) we (?:please )?(?:just )?(?:start (?:over|again|fresh)|go back to (?:how|the way))',
      '(?:give|let) (?:me|us) (?:just )?a chance',
      '(?:{please}|{you} to|can {you}|could {you}|would {you}|will {you}) reconsider',
      '{ill} (?:stop|quit|give up) (?:drinking|smoking|gambling|going out|the drink|the weed)',
      '{ill} (?:go to|start|try|get) (?:therapy|counselling|counseling|rehab|help|aa)',
      // The word first, the lookbehind after it: a regex that starts with a lookbehind is tried at every position.
      'come(?<!\\b(?:you|u|they|he|she|we|i|il|kids|when|wil|to|can|cant|not|dont|and|should|must|could|would|might|may|then|once|after|before|until|til|gona|wana|let|me|him|her|them|pls) come) (?:back|home){end}',
      '{dont} do this to (?:us|me)',
      'i (?:still |really |just )?need {you}(?! to [a-z0-9])',
      'i (?:still )?{love} {you} (?:so much )?{please}',
      '(?:{ill}|i can|i promise (?:i will|{ill}|to|i can)) (?:change|be better|be different|do better|be a better)',
      '(?:can|could|shall|should) we (?:please )?(?:just )?(?:try (?:again|one more time)|give (?:it|us|this) (?:another|one more) (?:go|try|shot|chance))',
      '(?:lets|let us) (?:please )?(?:try again|give (?:it|us) another (?:go|try|shot|chance))(?! (?:tomorrow|later|next|on|at|after|when|this|with)\\b)',
      'we can (?:still )?(?:work (?:this|it|things) out|fix (?:this|us))',
      '{please} (?:just )?(?:talk to me|answer me|reply to me|respond to me|call me back|text me back|say something)',
      '(?:just )?(?:talk to me|answer me) {please}',
      '{please} forgive me',
      'on my knees',
      'see {you} (?:once more|one (?:more|last) time)',
      'i (?:just |still )?want us(?: back)?{end}',
      '(?:let me|i can|i will|ill|i want to|we can|lets) (?:fix|save|repair) (?:this|us|things|what we have|what we had)(?: together)?{end}',
      'i (?:just |really |honestly )?(?:{cant}|{dont} {want}) (?:to )?lose {you}',
      '{start}(?:just |please |pls )?(?:pick up|answer me|call me back|text me back)(?: {please})?{end}',
      '{im} not ready to (?:give up on|lose|let go of) (?:us|{you}|this|what we)',
      'is there (?:anything|something) (?:at all )?i can do(?! to help\\b)',
      '{please} (?:{dont} block me|(?:just )?hear me out)',
      'hear me out (?:once|{please}|one last time)',
      'just one (?:more )?(?:call|talk|chance|coffee|conversation)(?! (?:at|on|before|after|with the)\\b)',
      '{please} (?:{dont} go|stay)(?= ?$|\\.| with me| and)',
      'stay and (?:well|we will|we can|lets) (?:figure|work|fix|sort)',
      'i (?:just |really |still )?want (?:to (?:fix|save|repair|work on) (?:this|us|things|it|what we have|our relationship)|{you} back)',
      '(?:no|but) i (?:want|need) {you}{end}',
      'i (?:just )?{dont} want {you} to (?:leave|go|break up with me|end (?:it|this|things|us)|give up on (?:me|us))',
      '(?:before|dont|please dont|lets not) (?:we )?(?:end|throw away|give up on) (?:everything|this|us|what we have)',
      '(?:could|can|should) we (?:please )?(?:at least )?(?:talk|meet)(?: (?:more|properly|about (?:this|it|us)))?(?: in person)? before',
      'we should (?:continue|keep|stay|not end|try)(?: (?:this|us|our relationship|together|trying|working on (?:this|us)))',
      '(?:{im}|i am) (?:still )?willing to (?:move|change|wait|try|do|work|give|fight)',
      '{please} (?:just )?(?:give|let) (?:me|us|this) (?:a )?(?:chance|try|go)',
      // Pleading in plain words: "please don't leave", "don't go", as a sentence of its own.
      '{please} {dont} (?:leave|go){end}',
      '{cant} do (?:this|it|life) without {you}(?! (?:to|[a-z]+ing)\\b)',
      '{start}(?:just )?(?:one|1) (?:more|last) (?:try|shot|go){end}',
      '(?:tell me )?what (?:i (?:have|need) to|to|do i (?:have|need) to|can i|should i) do to (?:fix|save|make up for) (?:us|this|things|what i did|it)(?! (?:for|by|before|on|at)\\b)',
    ],
    strict: ['{please} (?:answer|reply|respond|call me)', 'can we (?:please )?talk'],
  },
  // A wish to talk is everyday between anyone; in the ex's chat, or beside the breakup, it pleads.
  closeness: {
    clear: [],
    balanced: [
      'i (?:really |just )?need to (?:talk to|see|hear from|speak to) {you}',
      'i (?:just |only |really )?want to (?:talk to|see|hear) {you}(?: (?:once more|again|one more time))?',
      'can we (?:please )?(?:talk|meet up|meet){end}',
      '{please} (?:answer|reply|respond|pick up|call me(?: back)?)(?: me| my (?:calls|texts|messages))?{end}',
      'let me take {you} (?:out|to dinner|for dinner)',
    ],
    strict: [],
  },
  reason: (q) =>
    `'${q}' reads as pleading, and pleading tends to push the other person further away, however much you mean it.`,
  suggestion:
    'Try saying what you feel in an unsent note first, and give them the space to reach out if they want to.',
});
