import { defineTextRule } from '../text-rule';

/**
 * `past`: memories of the relationship, anniversaries, "our song", old photos, rehashing old
 * fights, "I miss us".
 *
 * Sensitivity:
 * - gentle: unmistakable memories of the two of you ("remember when we…", "our song",
 *   "our anniversary", "I miss us", "we had something special", "photos of us").
 * - balanced (default): adds "I keep thinking about us", "the way we used to be", old photos.
 *
 * Reach: a memory itself ("remember when we…", "our song", "happy anniversary") is closeness,
 * shared with friends and partners too; "I miss us", "what we had was special", "we used to be
 * so happy" carry the breakup. Blame about how it ended is `rehash`; "I miss you" is `longing`.
 * - strict: adds softer hints: "we used to", "those were the days", "the good old days".
 *
 * Not the past: "remember to bring the charger", "remember Mia has swimming", "do you remember
 * where the spare key is", "back when I lived in Leeds".
 *
 * Spanish and Portuguese: "¿te acordás cuando…?", "nuestra canción", "lembra quando a gente…" are
 * closeness; "teníamos algo especial", "éramos tan felices", "hoje seria nosso aniversário" carry
 * the breakup. Not the past: "acordate que Mia tiene natación", "lembra de levar o documento",
 * "feliz aniversário" (a birthday, in Portuguese).
 */
export const past = defineTextRule({
  id: 'past',
  severity: 'medium',
  label: {
    name: 'Bringing up the past',
    short: 'about the past',
    why: 'Old memories put pressure on them and reopen the wound.',
  },
  patterns: {
    clear: [
      'we used to be (?:so )?(?:happy|good|close|in love|everything|great|perfect|a team)',
      'i (?:really |still |so )?miss (?:us|the (?:old )?us|what we had|how we (?:were|used to be)|being (?:with {you}|yours|together|us)|you and me|when we were|the way we (?:were|used to be)|waking up (?:next to|with) {you})\\b',
      '(?:it|this|ours|what we had) (?:was|were) (?:a |such a )?(?:beautiful|amazing|special|wonderful|real|perfect|once in a lifetime) (?:relationship|love|thing|story)',
      'we (?:had|have) (?:something|such a) (?:special|real|amazing|beautiful|magical|rare|good thing)',
      'what we had (?:was|is|meant)',
      'would have been (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years|months)',
      '(?:its|it has) been (?:a|one|two|three|\\d+) (?:year|years|month|months)(?: today)? since (?:we|{you})',
      'what we had (?:doesnt|does not|will never|wont|cant|never|is still|still)',
      '{you} (?:said|promised) forever',
      '(?:today|tomorrow|it|this) (?:would have been|wouldve been) our',
      'we were (?:so |really )?(?:good|great|happy|perfect|amazing|right) together',
      'the way we used to be',
      // Spanish and Portuguese.
      '(?:teniamos|a gente tinha|tinhamos|tuvimos) (?:algo|uma coisa|una cosa) (?:tan |tao |muy |muito )?(?:especial|unic[oa]|lind[oa]|bonit[oa]|real|hermos[oa]|magic[oa])',
      '(?:eramos|a gente era|eramos) (?:tan |tao |muy |muito )?(?:felices|feliz)',
      '(?:aunque|mesmo) (?:ya )?(?:no|{nao}) (?:estemos|estando|estar) (?:mas )?juntos',
      '(?:mesmo )?a gente {nao} (?:estando|estar) mais junto',
      '(?:hoy |hoje )?(?:seria|serian|faria|fariamos|cumpliriamos|cumpliriamos|hariamos) (?:nuestro|nosso|o nosso)? ?(?:aniversario|anos|meses)',
      '(?:hoy |hoje )?(?:fariamos|cumpliriamos|hariamos) (?:\\d+|un|una|dos|tres|cuatro|cinco|um|dois|tres) (?:anos|meses)',
      'bueno cumpliriamos',
      '(?:extrano|sinto falta) (?:de |do |da |dos |das )?(?:como eramos|lo que eramos|que a gente era|o que a gente era|como a gente era|(?:nuestras|nuestros|nossos|nossas) [a-z]+)',
      '(?:sigo|fico|estoy) pensando (?:en nosotros|na gente)',
      '(?:acordate|acuerdate|lembra) de lo que eramos',
      '(?:como era todo antes|como (?:eramos|a gente era) antes|como era tudo antes)',
      'nunca (?:voy a|vou) (?:olvidar|esquecer) (?:esas|esos|aquellas|aquellos|aquelas|aqueles|nuestr[oa]s|nossos|nossas|la vez|a vez|cuando|quando)',
      'era (?:tan |tao |muy |muito )?(?:lindo|bonito|bueno|bom|lindo|gostoso) (?:cuando|quando) (?:nos|a gente)',
      '(?:me acuerdo|lembro|recuerdo) de (?:cada cosa|cada coisa|todo lo|tudo o|cada momento|cada detalle) (?:que )?(?:vivimos|pasamos|a gente viveu|a gente passou|vivemos)',
      // Spanish and Portuguese.
      '(?:hace|faz) (?:un|um|dos|dois|tres|\\d+|unos|uns) (?:ano|anos|meses|mes|semanas) (?:que|desde que) (?:terminamos|cortamos|nos separamos|a gente terminou|terminamos|a gente se separou)',
      '(?:a gente era|eramos|fomos|fuimos) (?:tan |tao )?(?:perfeit[oa]s?|perfect[oa]s|lind[oa]s?|incriveis|increibles|buenos|bons) juntos',
    ],
    balanced: [
      'i (?:still |keep |cant stop |cant help )?(?:think|thinking) about (?:us|what we had|our|the night we|the day we|when we)\\b',
      // A shared moment, not a plan: "that summer at the lake", not "that summer camp".
      'i (?:still )?think about {you} (?:every day|all the time|constantly|every night)',
      'how (?:things|it|we) used to be',
    ],
    strict: [],
  },
  closeness: {
    clear: [
      '(?:our|that) (?:last|first) (?:night|day|kiss|date|holiday|trip|time|weekend) together',
      '(?:{you} were|{youre}) the best thing (?:that )?(?:has )?(?:ever )?happened to me',
      '(?:remember|rember) (?:what|how|the things) we (?:did|used to|had)',
      '(?:remember|rember|member) (?:when|how) (?:we|us|our)\\b',
      '(?:remember|rember) (?:our|us|the (?:old )?us)\\b',
      '(?:remember|rember) (?:that|the) (?:time|night|day|weekend|summer|trip|holiday) (?:we|in|at|when)\\b',
      'our (?:song|first (?:date|kiss|dance|holiday|trip|night|home|flat|apartment)|anniversary|spot|place by the)',
      '(?:happy|our|would have been|wouldve been|its) (?:(?:\\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|first) (?:year |month |yr )?)?anniversary(?! (?:mum|mom|dad|guys|both|you two|to (?:you both|the both))\\b)',
      '(?:photos|pictures|pics|videos|photo|picture|pic) of (?:us|the two of us|you and me)\\b',
      'back when we (?:were|used)',
      // Spanish and Portuguese.
      '(?:te acordas|te acuerdas|acordate|acuerdate|recuerdas|te lembras|lembras te|lembras|lembra|se lembra|vc lembra|voce lembra)(?: de)? (?:cuando|quando|la vez|a vez|aquel|aquella|aquele|aquela|daquele|daquela|nuestro|nuestra|nuestros|nuestras|nosso|nossa|do nosso|da nossa|dos nossos|das nossas|los|las|dos|das)(?! (?:que tienes|que tenes|que tens|que hay|que tem|de traer|de levar|de comprar|de pagar)\\b)',
      '(?:nuestra|nossa|a nossa) (?:cancion|musica)',
      '(?:nuestro|nosso|o nosso) (?:aniversario)(?! de (?:boda|casamento|la empresa|da empresa|mis papas|meus pais)\\b)',
      'feliz aniversario de namoro',
      '(?:fotos|foto|videos) (?:de nosotros|nuestras|nossas|da gente|de nos)',
      '(?:umas |las |unas |as )?fotos nossas',
      '(?:la foto|a foto) (?:de nosotros|da gente|nuestra|nossa)',
      '(?:donde|onde|cuando|quando|el dia que|o dia que) (?:nos conocimos|a gente se conheceu|nos conhecemos|nos besamos|a gente se beijou)',
      '(?:nuestro|nosso|o nosso) primer(?:o)? (?:beso|beijo|viaje|viagem|cita|encontro|date)',
      '(?:primeiro|primer) (?:beijo|beso)(?: juntos| nosso| nuestro)?',
      '(?:nuestro|nosso|la|a|da nossa|de nuestro) (?:viaje|viagem) (?:a|pra|para|por|em)',
      '(?:el|la|o|a) primer(?:o|a|eiro|eira)? (?:concierto|show|cita|encontro|viaje|viagem|vez) (?:al|a|que|ao|em que) (?:que )?(?:fuimos|a gente foi|fomos|salimos) (?:juntos|junto)',
      '(?:que|que a gente) (?:fuimos|fomos|a gente foi|a gente fazia|haciamos|a gente ia|ibamos) (?:juntos|junto)',
      '(?:nuestr[oa]s|nossos|nossas) (?:mananas|tardes|noches|domingos|sabados|viajes|viagens|peliculas|filmes|cenas|jantares|paseos|passeios)',
      '(?:hace|faz) (?:un|um|\\d+|dos|dois|tres) (?:ano|anos|mes|meses) (?:exacto |exato |exactos |exatos )?(?:de|da|do) (?:nuestro|nuestra|nossa|nosso)',
      '(?:hoy |hoje )?(?:cumplimos|fazemos|faz) (?:\\d+|un|dos|tres|um|dois|tres) (?:anos|meses) (?:de|do|da) (?:la |o |a )?primer(?:a|o|eiro|eira)? (?:cita|encontro|beso|beijo)',
      '(?:las|as) fotos del? (?:verano|viaje|verao|viagem) (?:en|em)',
      '(?:fotos|foto) (?:del|do|da) (?:verano|verao|viaje|viagem) (?:en|em) [a-z]+ (?:siguen|tao|estao|sigue|ta)',
      '(?:lembrei|me acorde|me acordei) de (?:todo|tudo|nosotros|nos|la gente|vos|ti|{vc})',
      'la noche de la lluvia|cuando bailamos|(?:em que|quando) (?:dancamos|a gente dancou)',
      '(?:lo|o) que (?:eramos|fuimos|a gente era|a gente foi)',
      '(?:mira|olha) (?:lo|o) que (?:encontre|eu achei|achei)',
      '(?:que|onde|donde) (?:a gente )?(?:hacia|haciamos|fazia|faziamos) (?:junto|juntos)',
    ],
    balanced: [
      'like old times',
      'remember when {you} (?:taught|used to|took|made|put|were|got|fell|tried|sang|cried|laughed)',
      '{cant} believe we (?:[a-z]+ed|did|went|used to|were)',
      '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty) years of (?:friendship|us|marriage|knowing {you})',
      '(?:remember|rember) the (?:night|day|time|weekend|summer|morning|trip|holiday|party) (?:the|we|when|{you}|in|at|our)',
      'i (?:still )?remember (?:when|how|the (?:night|day|time|summers?|way)|that (?:night|day|time)|those|our|{you} (?:at|in|when|used))',
      'feels like (?:yesterday|only yesterday) (?:we|that we|i|{you})',
      '(?:still )?(?:laugh|think) about (?:the time|that time|when we)',
      'first (?:one|christmas|birthday|valentines|eid|diwali|new year|anniversary|summer) without {you}',
      'remember (?:getting|going|being|doing|seeing|watching|meeting|singing|dancing|climbing|eating|that time|that night|that day|those|[a-z]+ \\d\\d\\d\\d)',
      'miss (?:those|the old|our (?:old )?[a-z]+) (?:days|times)',
      '(?:thinking of|reminds me of|reminded me of) (?:us|our|when we)',
      'we should (?:go back|do that again|do it again)',
      'do {you} remember (?:when|how|the (?:first|night|day|time) (?:we|when)|our)',
      'found (?:the |our |old )?(?:photos|pics|pictures|videos) {w3}{w3}and cried',
      'the (?:first )?(?:night|day|time) we (?:met|kissed|first met)',
      '(?:looking|looked|scrolling|scrolled|reading|read) (?:back )?(?:through|at) (?:our|old) (?:messages|texts|chats|photos|pics|pictures|letters)',
      'best (?:days|years|time|week|weekend|summer|holiday|night|year) of my life',
      'our (?:restaurant|bar|pub|cafe|beach|bench|table)\\b',
      'our old (?:flat|house|place|apartment|home|room|bed|street|spot|local|pub|cafe|messages|texts|chats|letters|videos)\\b',
      'our (?:old )?(?:pics|photos|pictures|videos)',
      'i (?:still |keep |cant stop |cant help )?(?:think|thinking) about that (?:night|summer|day|weekend|trip|holiday|kiss)(?= ?$|\\.| (?:at|in|on|we|when|together|by|with)\\b)',
      'the good (?:old )?(?:times|days) (?:we|together)',
      // Spanish and Portuguese.
      '(?:te acuerdas|te acordas|lembra|lembras|te lembras|vc lembra|se acuerdan|recordas|recuerdas) (?:que|q) (?:te|vc|voce|nos|a gente|tu|vos|me|fuimos|fomos)',
      '(?:la|a) (?:ultima|primera|primeira) vez que (?:fuimos|a gente foi|fomos|salimos|nos vimos|a gente se viu|nos besamos|a gente se beijou)',
      '(?:pensando|pensar|pensar en|pensar em|lembrando|penso|pienso|me acuerdo|lembro|sone|sonhei|sonando|sonhando) (?:en |em |de |con |com )?(?:aquel|aquele|aquela|naquele|naquela|aquella|daquele|daquela|el|o|la|a|nuestro|nosso) (?:dia|noche|noite|tarde|vez|viaje|viagem|verano|verao|finde|fim de semana) (?:en|no|na|em|a|pra|para|que|de|da|do)\\b',
      '(?:lembrei|me acorde|recorde)(?: me)? de (?:todo|tudo)',
      '(?:donde|onde|cuando|quando|que) (?:nos [a-z]+abamos|a gente (?!tava|estava)[a-z]+ava|[a-z]+iamos juntos|[a-z]+avamos juntos)',
      '(?:la cancion|a musica|a cancao|el tema) que (?:bailamos|a gente dancou|dancamos|cantabamos|a gente cantava)',
      '(?:teniamos|a gente tinha|tinhamos) (?:planeado|combinado|planejado|pensado)',
      'me acuerdo de como (?:te|nos|vos)',
      // Spanish and Portuguese.
      '(?:te acordas|te acuerdas|acordate|acuerdate|lembra|lembras|te lembras|vc lembra|voce lembra|se acuerdan|recordas|recuerdas)(?: de| del| do| da| dos| das| de la| de los| de las| de aquel| de aquella| daquele| daquela)? (?:verano|viaje|noche|tarde|dia|finde|primer|primera|primeiro|primeira|verao|viagem|noite|vez que|ultima vez)',
      // Spanish and Portuguese.
      '(?:nuestro|nosso|o nosso) prim(?:er|eiro) (?:aniversario|beso|beijo|viaje|viagem|encontro|cita|date|dia|mes|ano)',
      '(?:nuestras|nossas) fotos(?: (?:antiguas|antigas|viejas|velhas|juntos))?',
      '(?:las|as) fotos (?:antiguas |antigas |viejas |velhas )?(?:de nosotros|da gente|nuestras|nossas)',
    ],
    strict: [
      'we used to',
      'those were the days',
      'the good (?:old )?(?:times|days)',
      'i miss (?:it|this|that|those)',
    ],
  },
  reason: (q) =>
    `'${q}' goes back to your time together, and bringing up the past can reopen the hurt for both of you.`,
  suggestion: 'Keep it to the present, or write the memory in an unsent note for yourself instead.',
});
