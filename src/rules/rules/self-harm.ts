import { defineTextRule } from '../text-rule';

/**
 * `self-harm`: words that suggest the person may hurt themselves: "I'll kill myself", "I don't
 * want to live without you", "no point in living". Always severity `high`. The reason and
 * suggestion lead with care and a way to reach help now, never "are you sure?".
 *
 * Sensitivity:
 * - gentle: explicit statements ("kill myself", "end my life", "don't want to live",
 *   "better off without me", "nothing to live for", "suicidal").
 * - balanced (default): adds "can't go on", "hurting myself", "cutting again", "disappear
 *   forever", "won't be around much longer".
 * - strict: adds softer hints: "I can't do this anymore", "what's the point", "goodbye forever".
 *
 * Not a crisis: "this homework is killing me", "I'm dying to see that film", "my phone is dead",
 * "I could die of embarrassment", "my back is killing me".
 */
export const selfHarm = defineTextRule({
  id: 'self-harm',
  severity: 'high',
  label: {
    name: 'Thoughts of self-harm',
    short: 'a lot of pain',
    why: 'This may be a real crisis: reaching someone who can help matters more than any message.',
  },
  patterns: {
    clear: [
      '(?:easier|better) (?:for (?:everyone|you|everybody) )?if i (?:wasnt|was not|werent|were not) (?:here|around|alive)',
      '(?:sleep|go to sleep) and (?:never|not) wake up',
      '(?:nobody|no one|noone|anyone) (?:would|will|d) (?:even |ever )?(?:notice|care|miss me) if i (?:was|were|died|disappeared|wasnt here)',
      '(?:{im}|i am) not (?:going to|gonna|{going}) be (?:around|alive|here) (?:much longer|for long|anymore)',
      '{dont} see the point (?:in|of) (?:anything|living|life|going on|it all|any of it)',
      '(?:took|taken|swallowed|taking|take) (?:a (?:bunch|load|lot|handful|pile) of|too many|loads of|a whole (?:box|bottle|pack) of) (?:my )?(?:pills|tablets|meds|painkillers|sleeping pills)',
      'no reason (?:for me )?to (?:live|go on|keep going|be here|stay alive)',
      '(?:kill|killing|hang|hanging) myself(?! (?:laughing|with (?:work|laughter|this)|at the gym|at work|over (?:this|it))\\b)',
      // Folding turns "off" into "of": "take care of myself" must not read as "off myself".
      '(?:to|gonna|wanna|will|ill|should|could|just|might|going to) off myself',
      '(?:{ill}|i (?:want to|wanna|might|could|will|am going to|{going}|should)|going to|gonna) (?:just )?(?:hurt|harm|cut|kill) myself',
      '(?:end|ending|take|taking|took) (?:my (?:own )?life|it all)',
      '(?:{dont}|never) (?:really )?(?:{want}|wish) (?:to )?(?:live|be alive)(?! (?:in|there|here|with (?:my|your|them|him|her|mum|mom|dad)|near|on|at|so far|abroad|together)\\b)',
      '(?:{dont}|never) (?:really )?(?:{want}|wish) (?:to )?(?:exist|wake up(?= ?$|\\.| again| anymore| tomorrow{end}))',
      '(?:i|i just|i really) (?:{want}|wish) (?:to )?(?:die|be dead|not exist|stop existing|not wake up)(?! (?:of|laughing)\\b)',
      'i wish i (?:was|were|had) (?:dead|died|never been born|never existed)',
      'i wish i (?:had )?never (?:been born|woke up|existed)',
      'better off (?:dead|without me|if i (?:just )?(?:was|were|wasnt|was not|werent) (?:dead|gone|around|here|alive)|if i (?:just )?(?:disappeared|died|vanished))',
      '(?:no point|no reason|whats the point|what is the point) (?:in |of |to )?(?:living|live|being alive|going on|carrying on|staying alive|life)',
      'nothing (?:left )?to live for',
      '(?:i )?(?:wont|will not|might not) be (?:here|around|alive) (?:tomorrow|by morning|in the morning)',
      '{im} (?:sitting|standing) on (?:the|a) (?:bridge|ledge|edge)',
      'i keep looking at the (?:tracks|edge|water|pills)',
      '(?:whats|what is) the point (?:of|in) (?:waking up|getting up|being here|trying anymore)',
      'if i die (?:tonight|today|tomorrow)',
      'i {dont} think {ill} be (?:around|alive|here) (?:much longer|for long|tomorrow)',
      '(?:theres|there is) nothing left for me',
      '(?:ways|how) to (?:end it|kill myself|end my life)',
      'reason to (?:still )?(?:be alive|live|stay alive|keep living)',
      '(?:life|living) (?:isnt|is not|aint) worth (?:living|it)',
      'suicid(?:e|al)(?! squad\\b)',
      '(?:slit|cut|cutting|slitting) my wrists',
      '(?:take|taking|took|swallow|swallowed|overdose on) all (?:of )?(?:my |the |those )?(?:pills|tablets|sleeping pills)',
      '{wont} be (?:around|alive) (?:much longer|for long|anymore|any more)',
    ],
    balanced: [
      '{im} done(?:\\.| )(?:with )?(?:life|living|it all|everything){end}',
      'never wake up',
      'think(?:ing)? about (?:just )?(?:ending it|ending things|dying|killing myself|suicide|not being here)',
      '(?:wont|will not|dont|do not) have to (?:deal with|worry about|put up with) me (?:much longer|anymore|any more|for long|(?:ever )?again)',
      '{dont} (?:{want}|wish) (?:to )?be here (?:anymore|any more)',
      '{cant} (?:go on|keep going) (?:anymore|any more|like this|without {you})',
      '(?:started |been |am |im )?cutting (?:again|myself)',
      '(?:hurting|harming) myself',
      'self harm(?:ing)?',
      'overdose',
      'when {im} gone(?! (?:to|for|on|away|out)\\b)',
      '(?:disappear|vanish) (?:forever|for good)',
      'this is (?:my )?(?:last|final) goodbye',
      '(?:i|{ill}) (?:should|might|could) (?:just )?(?:die|end it)(?! (?:of|laughing|lol|haha)\\b)',
    ],
    strict: [
      '{cant} (?:do this|carry on like this) (?:anymore|any more)',
      'whats the point(?: anymore)?',
      '(?:goodbye|bye) forever',
      'youll never (?:hear from|see) me again',
    ],
  },
  reason: (q) =>
    `'${q}' sounds like you might be going through something really painful right now, and you deserve support.`,
  suggestion:
    'If you are thinking about hurting yourself, please reach out now to someone you trust or a local crisis line (or emergency services if you are in danger); the message can wait.',
});
