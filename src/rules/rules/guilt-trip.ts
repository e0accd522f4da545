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
 *
 * Spanish and Portuguese: "después de todo lo que hice por vos", "espero que estés feliz", "por tu
 * culpa", "é assim que vc me paga". Not guilt: "la culpa fue del tráfico", "espero que estés bien".
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
      // Spanish and Portuguese.
      '(?:despues|depois) de (?:todo|tudo) (?:lo que|o que|que) (?:yo |eu |a gente )?(?:hice|he hecho|pasamos|te di|fiz|passou|passamos|te dei|vivimos|vivemos)',
      '(?:asi|assim|e assim que|es asi como) (?:{vc} )?me (?:tratas|pagas|trata|paga|agradeces|agradece)',
      '(?:como|assim que) (?:{vc} )?me (?:pagas|paga)',
      'espero (?:que|q) (?:estes|{vc} esteja|voce esteja|estejas|seas|sejas) (?:muy |muito |bien |bem )?(?:feliz|contento|contenta|orgullos[oa]|orgulhos[oa]|satisfech[oa]|satisfeit[oa])',
      '(?:me arruinaste|{vc} acabou com|{vc} estragou|me cagaste|me jodiste|arruinaste|me estragaste|acabaste com) (?:la |a |mi |minha |a minha )?vida',
      '(?:es|e|fue|foi) (?:toda )?(?:tu|sua|tua) culpa|por (?:tu|sua|tua) (?:culpa|causa)|(?:la |a )?culpa (?:de esto |disso )?(?:tudo )?(?:es|e) (?:toda |tudo )?(?:tuya|sua|tua)|gracas a (?:{vc}|voce|ti)',
      '(?:te regale|te di|joguei fora|te dei|perdi) (?:mis|os) (?:mejores|melhores) anos',
      '(?:espero que|ojala|tomara que) (?:te )?(?:valga|haya valido|tenha valido|valha|valio) (?:la|a) pena',
      '(?:te vas a|{vc} vai se|vais te|te vais|vas a) arrepent(?:ir|er)',
      '(?:te vas|{vc} vai embora|te fuiste|vais embora) asi (?:nomas|nada mas|sin mas)|{vc} vai embora assim',
      '(?:deje|larguei|deixei|abandone) (?:todo|tudo) por (?:vos|ti|{vc}|voce)',
      '(?:anos|meses) (?:tirados|jogados|perdidos|botados) (?:a la basura|no lixo|fora|a la mierda)',
      '(?:no|{nao}) era (?:asi|assim) antes de (?:ti|vos|{vc}|voce|conocerte|te conhecer)',
      '(?:me volviste|{vc} me transformou|me transformaste|me convertiste) (?:asi|nisso|en esto|en esta|nesta|neste)',
      '(?:yo )?(?:te lo di|eu te dei|te di|te dei) (?:todo|tudo) (?:y|e) (?:tu|vos|{vc})',
      '(?:seguro|seguramente|deves|debes) (?:que )?(?:estas|estar) (?:muy |muito )?(?:content[oae]|feliz|orgullos[oa]) (?:con|com) (?:tu|a tua|sua|a sua)',
      '(?:ya veo|pelo visto|ya vi|ya se) (?:que )?(?:yo )?(?:eu )?nunca (?:te importe|fui nada|te importei)',
      '(?:lloro|choro|llore|chorei) (?:todas las noches|toda noite|todos los dias|todo dia|toda la noche) (?:y|e) (?:a ti|tu|vos|{vc})',
      '(?:mira|olha) (?:lo que|o que) (?:me hiciste|{vc} (?:me )?fez)',
      '(?:nunca te importe|{vc} nunca se importou|nunca te importei)',
      '(?:me rompiste|{vc} partiu|partiste) (?:el |o )?(?:meu )?(?:corazon|coracao) (?:y|e)',
      'como (?:pudiste|{vc} (?:pode|teve coragem de)|fuiste capaz|foste capaz)',
      '(?:me debes|{vc} me deve|me deves) (?:una |uma )?(?:explicacion|explicacao)',
      '(?:me destruiste|{vc} me destruiu|me destrozaste)',
      '(?:ojala|tomara que) (?:algun|um) dia (?:{vc} )?(?:sientas|sinta|sintas) (?:lo|o) que (?:me hiciste|{vc} me fez|me fez|me fizeste)',
      '(?:todos saben|todo mundo sabe|toda la gente sabe) (?:lo|o) que (?:me hiciste|{vc} fez)',
      '(?:a ti ni te importa|{vc} nem liga|y ni te importa|e {vc} nem liga)',
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
      // Spanish and Portuguese.
      '(?:ojala|espero que|tomara que) (?:algun dia |um dia )?(?:alguien te haga|alguem te faca|alguem te faça) (?:sentir|sofrer|lo mismo|o mesmo)',
      '(?:te hagas cargo|hazte cargo|asumas|assuma|assume) (?:de )?(?:lo|o) que (?:hiciste|fez|fizeste)',
      '(?:todo|tudo) (?:lo que|o que|que) (?:yo |eu )?(?:hice|fiz|he hecho) por (?:ti|vos|{vc}|voce)',
      '(?:te vas a|{vc} vai se|vais te|te vais|vas a|vai se) arrepen(?:tir|der)',
      '(?:has conseguido|conseguiste|conseguiu) que (?:tus|os teus|todos|seus|os seus)',
      '(?:como|lo que|o que|quanto|tanto como) (?:{vc} )?me (?:hiciste|fez|fizeste|has hecho) sentir',
      '(?:me quitaste|{vc} tirou|me tiraste) (?:las ganas|minha vontade|a vontade|a minha vontade)',
      '(?:hubieras|tivesses|tivesse) (?:destrozado|destruido|arruinado)',
      '(?:todo )?lo que me has hecho',
      // Spanish and Portuguese.
      '(?:destruiu|destruiste|destruyo|tiraste|jogou fora|arruinaste|arruinou) (?:todo|tudo) (?:lo que|o que|que) (?:a gente )?(?:construimos|construiu|teniamos|tinhamos|a gente tinha|construimos juntos)',
      // Spanish and Portuguese.
      '(?:me arruinaste|{vc} me arruinou|me destrozaste|me arruinou)(?! (?:la|el|o|a|mi|meu|minha) (?:noche|dia|finde|plan|plano|noite|pelicula|filme|sorpresa|surpresa|festa|fiesta)\\b)',
      '(?:ojala|quisiera|queria|quem dera|ojala que) (?:nunca|no|nao) (?:te hubiera|haberte|ter te|te ter|te haber|te tivesse) (?:conocido|conhecido)',
      // Spanish and Portuguese.
      '(?:sabiendo|sabendo) (?:lo|o) que (?:{vc} )?(?:hiciste|me hiciste|fez|me fez|fizeste)',
      '(?:me hiciste|{vc} me fez|me fizeste) perder (?:los mejores|os melhores|mi tiempo|meu tempo|anos|mis anos|meus anos)',
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
