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
 *
 * Spanish and Portuguese: "estamos destinados", "te voy a esperar toda la vida", "vc é minha alma
 * gêmea" reach anywhere; "casate conmigo", "quando a gente morar junto" are closeness. Not the
 * future: "la boda de mi prima", "el futuro de la empresa".
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
      // Spanish and Portuguese.
      '(?:estamos|estabamos) (?:destinados|hechos) (?:a estar juntos|el uno para el otro|para estar juntos)',
      '(?:a gente|nos) (?:nasceu|nascemos) (?:um pro outro|um para o outro|pra ficar junto)',
      '(?:cuando|quando) (?:volvamos|a gente voltar|voltarmos|nos reconciliemos)',
      '(?:te voy a esperar|vou te esperar|te espero|te esperare|te vou esperar|voy a esperarte)(?: (?:toda la vida|a vida inteira|lo que haga falta|o tempo que for|siempre|sempre|para siempre|pra sempre|lo que sea|anos))',
      '(?:veo|vejo|imagino|sigo viendo|ainda vejo) (?:un|um) futuro (?:juntos|con (?:vos|ti|usted)|contigo|com (?:{semvc}|voce)|a tu lado|do seu lado)',
      '(?:eres|sos|{vc} e|voce e|es) (?:mi|a minha|minha) alma (?:gemela|gemea)',
      '(?:esto|isso|lo nuestro|a nossa historia|nuestra historia|isto) (?:no|{nao}) (?:se )?(?:termino|acabo|acabou|terminou|ha terminado|ha acabado|se acaba|acaba)(?: aca| aqui| asi| assim)?',
      '(?:eres|sos|{vc} e|voce e) (?:la|el|a|o) (?:indicada|indicado|pessoa certa|persona indicada|correcta|correcto|mujer de mi vida|homem da minha vida|hombre de mi vida|mulher da minha vida)',
      '(?:algun dia|um dia|cedo ou tarde|tarde o temprano|mas tarde o mas temprano) (?:vamos a|a gente vai|vamos) (?:volver|voltar|estar juntos|ficar junto|terminar juntos|acabar juntos)',
      '(?:vamos a|a gente vai|vamos|havemos de) (?:volver a estar juntos|voltar a ficar juntos|terminar juntos|acabar juntos|ficar juntos|estar juntos)',
      '(?:quiero|quero) (?:formar|construir|tener|ter) (?:una|uma) familia (?:contigo|con (?:vos|ti)|com (?:{semvc}|voce))',
      '(?:y|e) si (?:nos volvemos|volvemos|volvieramos|a gente voltasse|voltassemos) (?:a vivir|a morar|a estar|a ficar) (?:juntos|junto)',
      '(?:e|y) se a gente voltasse (?:a morar|a ficar) junto',
      '(?:todavia|aun|ainda) (?:quiero|quero) (?:casarme|casar) (?:con|com)',
      '(?:los|os) nombres de (?:nuestros|los) hijos|(?:nos )?nomes d?os nossos filhos',
      '(?:cuando|quando) te des cuenta (?:vamos a|vas a)',
      '(?:es|e) cuestion de tiempo|(?:lo nuestro|isso) es destino|(?:e|es) destino',
      '(?:estoy|{to}|estou) (?:dispuest[oa]|disposto|disposta) a (?:mudarme|me mudar|irme|ir) (?:a|pra|para) (?:tu|sua|tua)',
      '(?:me imagino|me veo|me vejo) (?:viejito|viejita|velhinho|velhinha|viej[oa]|velh[oa]) (?:a tu lado|do seu lado|contigo|com {vc}|ao teu lado)',
      '(?:casarnos|casar) de verdad(?:e)?|(?:esta|dessa) vez (?:casarnos|casar)',
      '(?:volvamos|vamos voltar) a (?:vivir|morar) juntos',
      '(?:nuestro|nosso) futuro (?:era|seria|podia ser) (?:tan |tao )?(?:bonito|lindo|hermoso|perfeito|perfecto)',
      '(?:aun|ainda|todavia) (?:puede|pode) (?:serlo|ser)',
      // Spanish and Portuguese.
      '(?:vamos a|a gente (?:ainda )?vai|vamos|havemos de|todavia vamos a|aun vamos a|ainda vamos) (?:volver a estar juntos|voltar a ficar juntos|terminar juntos|acabar juntos|ficar juntos?|estar juntos?)',
      // Spanish and Portuguese.
      '(?:te voy a esperar|vou te esperar|te espero|te esperare|te vou esperar|voy a esperarte|eu vou te esperar) (?:o tempo que (?:precisar|for preciso|for necessario)|el tiempo que (?:sea|haga falta|necesites|quieras)|lo que necesites|lo que tardes|o quanto for)',
      '(?:nuestro|nosso) destino (?:es|e) (?:estar|ficar) juntos',
      // Spanish and Portuguese.
      '(?:todavia|aun|ainda) (?:sueno|sonho|quiero|quero|imagino|me imagino) (?:con que |que |com )?(?:nos casemos|a gente case|a gente se case|casarnos|casar|tener hijos|ter filhos|formar una familia|formar uma familia)',
    ],
    balanced: [
      '{ill} (?:be|always be) (?:here|waiting){end}',
      '(?:were|we are) (?:not|never) (?:over|done|finished)(?! (?:with|yet|til|until|by|at|here)\\b)',
      'we (?:can|could|will|might|should) (?:still )?(?:try again|try it again|make it work|be together|figure (?:us|it) out)(?! (?:next|tomorrow|later|on|at|with|after)\\b)',
      '(?:this|it|we) (?:isnt|is not|aint|are not|arent|is never) (?:over|done|finished)(?! (?:til|until|yet|by|at)\\b)',
      '(?:its|it is) not over(?: between us)?(?! (?:til|until|yet|by|at)\\b)',
      '(?:one day|someday|some day|eventually) (?:well|we will|we are going to|were going to|you will|youll) (?:be together|be back|see|get back|find|realise|realize|come back)',
      'i still have the (?:engagement )?ring',
      // Spanish and Portuguese.
      '(?:la boda|el casamiento|o casamento|la casa|a casa|los hijos|os filhos|el viaje|a viagem) que (?:ibamos a|a gente ia|iamos|bamos a) (?:hacer|tener|fazer|ter|comprar|construir)',
      '(?:te iba a|ia te|te ia|eu ia te) pedir (?:en|em) (?:matrimonio|casamento)',
      '(?:todavia|aun|ainda) (?:quiero|quero) (?:la casa|a casa|los hijos|os filhos|todo eso|isso tudo|tudo isso|esa vida|essa vida)',
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
      // Spanish and Portuguese.
      '(?:casate|casa|casarte|casar) (?:conmigo|comigo)',
      '(?:ganas|vontade) de (?:casarme|casar) (?:contigo|con (?:vos|ti)|com (?:{semvc}|voce))',
      '(?:cuando|quando) (?:nos mudemos|a gente morar|a gente se mudar|vivamos) (?:juntos|junto)',
      '(?:reserve|reservei|vi|provei) (?:el|la|o|a) (?:salon|salao|menu|bolo|torta|iglesia|igreja) (?:para|pro|pra|de|da|do) (?:la |o |a )?(?:boda|casamento)',
      '(?:nuestra|nossa|a nossa|la nuestra) (?:boda|casamento)(?! (?:de|da|do|del) [a-z]+\\b)',
      // Spanish and Portuguese.
      '(?:vamos a casarnos|a gente vai casar|nos vamos a casar|vamos nos casar|vamos casar)',
      // Spanish and Portuguese.
      '(?:quiero|quero) (?:tener|ter) (?:hijos|filhos|una familia|uma familia) (?:contigo|con vos|con ti|com (?:{semvc}|voce))',
      // Spanish and Portuguese.
      '(?:envejecer|envelhecer) (?:contigo|con (?:vos|ti)|com (?:{semvc}|voce)|a tu lado|ao teu lado|do seu lado)',
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
