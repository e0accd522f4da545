import { defineTextRule } from '../text-rule';

/**
 * `rehash`: reopening what went wrong. Blame and reproach ("you made me question my worth", "you
 * walked away like it was nothing", "you never even tried", "you chose her over me"),
 * relitigating who was at fault, and long self-accusation ("it was all my fault, I ruined
 * everything"). Re-arguing the ending rarely changes it and puts the other person on guard.
 *
 * Sensitivity:
 * - gentle: unmistakable blame of the person and self-blame for the ending.
 * - balanced (default): adds "you never told me", "you gave up on us", "I pushed you away",
 *   "the way you treated me", "you left me to deal with".
 * - strict: adds softer hints: "why did you", "you always", "you never".
 *
 * Not rehash: a sincere apology, once ("I'm sorry for how things ended, I hope you're well");
 * "you never told me the wifi password"; "it was my fault the dishwasher flooded";
 * "you always make the best cake".
 */
const FAULT_VERB =
  '(?:lied|cheated|lie|cheat|used me|played me|led me on|ghosted me|abandoned me|discarded me|blocked me|ignored me|gaslit me|gaslighted me|manipulated me|betrayed me|humiliated me|broke my heart|broke me|broke your promises?|broke every promise|left me|dumped me|threw (?:me|us|it all|everything) away|gave up on (?:me|us)|walked (?:out|away)|ran away|chose (?:her|him|them|your|someone|everyone|work|comfort|your pride)[a-z ]{0,20} over (?:me|us)|replaced me|hurt me|cut me off|shut me out|pushed me away)';

export const rehash = defineTextRule({
  id: 'rehash',
  severity: 'medium',
  label: {
    name: 'Going over what went wrong',
    short: 'going over what went wrong',
    why: 'Re-arguing the ending rarely changes it, and it puts the other person on the defensive.',
  },
  patterns: {
    clear: [
      `{you} (?:just |simply |really |actually |then |even |also |literally |basically |completely |chose to |decided to |had to )?${FAULT_VERB}`,
      '{you} made me (?:question|doubt|feel|believe|think|second guess|second-guess|lose|hate|cry|beg|wait|chase|feel like)\\b',
      '{you} (?:never|didnt|did not|couldnt|could not|wouldnt|would not|wont|refused to|dont|do not) (?:even |once |ever |really |actually |bother to |care to |try to |make the effort to |make an effort to )?(?:try(?! to (?:fix|help|change|cheer) (?:it|me|things)\\b)|tried|fight for (?:me|us)|fought for (?:me|us)|listen|listened|care|cared|make time|made time|put in (?:the |any )?effort|show up|showed up|apologi[sz]e|apologi[sz]ed|choose me|chose me|prioriti[sz]e me|communicate|open up|say sorry|take responsibility|own (?:up|it)|give (?:me|us) a chance|gave (?:me|us) a chance|see me|saw me|appreciate me|appreciated me|deserve me)\\b',
      '(?:like|as if) (?:it|i|we|us|what we had|this|it all) (?:was|were|meant) (?:all )?(?:nothing|worthless|meaningless|a joke|disposable)',
      '{you} (?:claimed|said|swore|promised) (?:to|you|that you|u) (?:{love}d?|cared?|would never|wanted|want)',
      'the (?:pain|hurt|damage|mess) {you} (?:caused|left|did)',
      '(?:how|why) could {you} (?:do (?:this|that)|leave|just leave|walk away|say that|treat me|lie|cheat|throw)',
      '(?:it was|its|it is|this is|that was) (?:all )?my fault(?! (?:the|that|for the|we missed|we were late)\\b)',
      'i (?:ruined|destroyed|wrecked|messed up|screwed up|fucked up|broke) (?:everything|us|it all|what we had|the best thing|our relationship|this)\\b',
      'i (?:pushed|drove|chased) {you} away',
      'i know i (?:hurt {you}|failed {you}|let {you} down|(?:wasnt|was not) (?:always )?(?:there for {you}|good enough|easy to love|fair to {you}|honest|kind to {you}|the (?:partner|boyfriend|girlfriend|husband|wife))|messed (?:us|it all|everything) up|pushed {you}|was difficult|was hard to love|made mistakes|ruined|carry|{im} (?:difficult|hard) to love)',
      '{im} (?:so |deeply |truly |really )?sorry (?:that )?i (?:messed|screwed|fucked) (?:up|us up|it up|everything up)(?! (?:the|your|our) (?:booking|order|date|time|form|name)\\b)',
      '{you} (?:never|didnt|did not|wouldnt) (?:even )?(?:tell|told|give|gave) me (?:a |any |the )?(?:reason|chance|explanation|closure|truth|warning)',
      '(?:i|we) (?:deserved|deserve) (?:better|more|an explanation|the truth|closure|a chance)(?! (?:deal|price|rate|seats?|service|food|weather)\\b)',
      '{you} (?:left|abandoned|dropped) me (?:to deal|alone|with nothing|when|like|for)',
      '{you} (?:gave|threw) up (?:on (?:me|us|what we)|so easily|too easily|without)',
      '(?:after|for) {you} (?:cheated|lied|left|walked out|broke up with me|dumped me)',
      'why did {you} (?:leave|cheat|lie|break up with me|end it|dump me|walk out|give up|stop loving me|stop|do this|treat me)',
      '{you} (?:are|were|{youre}) the (?:one|reason) (?:who|that|why) (?:ended|left|broke|ruined|gave up|walked|destroyed)',
      '{you} (?:blame|blamed) me',
      'the way {you} (?:treated|left|ended|spoke to|talked to|dumped|handled) (?:me|us|it|things)',
      '{you} (?:have|ve) (?:grown|gotten|become) (?:lazy|cold|distant|complacent|selfish)',
      '(?:{you}(?: are|re| r)|{youre}) (?:finally |now )?free (?:now|to|from me)',
      '{you} (?:wont|will not|dont|do not|will never) (?:have|need) to (?:hear|see|put up with|force yourself|pretend|carry|explain)',
      '{you} (?:want|wanted|needed|chose) (?:the |your )?freedom',
      '(?:{you} (?:are|were|{youre})|{youre}) not (?:the person|who) i (?:thought|believed|fell)',
      'the (?:version|idea) of {you} (?:that|i|who)',
      'the (?:effort|time|love|care|honesty) {you} (?:didnt|never|did not|wouldnt|couldnt) (?:make|give|put|show)',
      'the part {you} played',
      '(?:keep |kept )?choosing (?:[a-z]+ )?over (?:me|us|accountability|honesty|the truth)',
      '(?:that|this) (?:wasnt|was not|isnt|is not) me being (?:needy|clingy|dramatic|crazy|too much|insecure|jealous|paranoid)',
      'let karma',
      'why did {you} (?:have to )?(?:leave|go|wait|lie|hide|keep|do that|say that)',
      '(?:just )?throw (?:it |us |everything |me |this )?away like that',
      '(?:it|that|this|{you}) (?:broke|destroyed|wrecked|crushed|ruined) me',
      '{you} left (?:without|with no) (?:a word|saying|a goodbye|an explanation|telling)',
      '{you} (?:said|promised|swore|told me) {you}(?:d| would) never',
      '{you} never (?:once )?(?:asked (?:me|how)|noticed|cared|listened)',
      '{you} (?:wouldnt|would not|never wanted to|refused to) (?:move in|marry|commit|meet my|introduce me)',
      '{you} know what {you} did',
      'i said things i (?:regret|didnt mean|shouldnt have)',
      'i hate myself for',
      '{you} (?:couldnt|could not|didnt|did not|wouldnt|would not|cant|cannot) (?:even )?(?:tell me|say it|face me|look me|be honest|explain)',
      '{you} got what {you} wanted',
      '{im} the (?:villain|bad guy) in {your}',
      '{you} (?:made|make|making|paint|painted) me (?:out to be |look like |into )?the (?:villain|bad guy|problem)',
      '{you} (?:ended (?:it|things|us|this)|walked out|broke up with me|dumped me)',
      '{you} left me(?! (?:a|the|some|your|my|with the|an)\\b)',
      '(?:thats|that is|is that) why {you} (?:left|ended it|ended things|broke up|dumped me|walked away|cheated)',
      'the least {you} (?:could have|couldve|could) (?:done|do)',
      '{you} had (?:so many|every|plenty of) chances?',
      '(?:found|find|make|made|had) time for (?:her|him|them|everyone|everything) but (?:never|not) (?:for )?me',
      '{you} (?:said|promised|swore) (?:forever|always|never)(?= ?$|\\.)',
      '{you} {dont} get to (?:be|act|play|pretend|post|feel|say)',
      '{you} (?:just )?threw (?:it|me|us|this|everything|it all|what we had|(?:\\d+|[a-z]+) years)(?: all)? away',
      'owe me (?:an explanation|the truth|closure|a proper answer|an answer)',
      'i gave {you} (?:\\d+|[a-z]+) (?:years|months)',
      '{you} let me (?:beg|believe|think) ',
      'i (?:wasnt|was not) there for {you}',
      'what {you}(?: did| have done|ve done) to me',
      'when {you} tell (?:people|everyone|them|{your} friends)',
      '{you} (?:cant|{cant}) (?:just )?ignore me',
      '(?:were|was) {you} (?:talking to|seeing|sleeping with|with) (?:him|her|them|someone) (?:while|when|before)',
      'i forgave myself for (?:believing|trusting|loving) {you}',
      'i wish {you} (?:had|would have|wouldve|could have|couldve) (?:stayed|tried|fought|waited|listened|seen|given|cared|been honest)',
    ],
    balanced: [
      '{you} (?:always|never) (?:made|make) me feel',
      '{you} (?:never|didnt|did not) (?:even )?(?:ask|asked) (?:me|how i)',
      '{you} (?:just )?(?:let me go|let us go|moved on so fast|moved on so quickly|forgot about me)',
      '(?:i|we) (?:was|were) never (?:enough|good enough) for {you}',
      'i was (?:never|not) (?:asking for|asking) too much',
      'i (?:was|am) (?:the one|always the one|the only one) who (?:tried|fought|stayed|cared|gave|made|kept|held)',
      'i (?:tried|gave) (?:so hard|everything|my all|my best) (?:for {you}|for us|with {you})',
      '{you} (?:hurt|broke|crushed|destroyed) (?:me|my (?:heart|trust|soul))',
      '(?:trust|heart) {you} broke',
      '{you} (?:took|take) me for granted',
      '{your} (?:lies|cheating|silence|excuses|games|behaviou?r|inconsistency|pride|ego)\\b',
      'i (?:forgave|forgive) {you} (?:even|when|again|for (?:everything|what|cheating|lying|leaving|hurting))',
      'the (?:truth|reality) is {you}',
      'i (?:was|am) (?:sorry|so sorry) (?:for everything|for hurting {you}|i hurt {you}|for what i did|i wasnt)',
      '(?:sorry|forgive me) for (?:everything|all of it|all i did|hurting {you}|being (?:so )?(?:difficult|jealous|distant|cold|needy|insecure))',
      '{you} (?:were|was) (?:never|not) (?:honest|sincere|there|faithful|the person i)',
      '{you} (?:are|{youre}) not the person i (?:thought|knew|fell)',
      'a (?:coward|liar|cheater)(?= ?$|\\.| like {you})',
    ],
    strict: ['why did {you}', '{you} always\\b', '{you} never\\b'],
  },
  reason: (q) =>
    `'${q}' goes back over what went wrong, and re-arguing the ending rarely changes it; it mostly puts you both on the defensive.`,
  suggestion:
    'Write the whole of it in an unsent note for yourself, and send only what you would still stand by in a week, if anything.',
});
