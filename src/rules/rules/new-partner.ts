import { defineTextRule } from '../text-rule';

/**
 * `new-partner`: prying into their love life: whether they are dating, who the new person is,
 * comparing yourself.
 *
 * Sensitivity:
 * - gentle: direct questions and comparisons ("are you seeing someone", "who is he",
 *   "your new boyfriend", "is she prettier than me", "have you moved on").
 * - balanced (default): adds "who was that guy", "I saw you with…", "does he make you happy".
 * - strict: adds softer hints: any mention of their boyfriend/girlfriend/partner,
 *   "are you with her".
 *
 * Not prying: "I haven't even thought about dating anyone", "is your partner ok to do the drop
 * off", "who is picking up Mia", "who is the new teacher", "is she asleep yet".
 *
 * Spanish and Portuguese: "¿estás saliendo con alguien?", "¿es más bonita que yo?", "vc já tá com
 * outro?". Not a new partner: "¿estás con alguien en la oficina?", "amor de madre no hay otro".
 */
const PERSON = '(?:guy|girl|man|woman|dude|chick|lady|bloke|boy|person)';

export const newPartner = defineTextRule({
  id: 'new-partner',
  severity: 'medium',
  label: {
    name: 'Asking about their love life',
    short: 'their dating life',
    why: 'Their life is theirs now; prying reads as jealousy.',
  },
  patterns: {
    clear: [
      'did {you} (?:take|bring) (?:him|her|them) to (?:our|my)\\b',
      '(?:he|she) (?:[^ .]{1,20} )?(?:cant|doesnt|wont|could never|will never|never) {w3}like (?:me|i (?:do|did|can|could|used to))',
      '{you}(?: have|ve| already| have already|ve already)?(?: got| found)? a new (?:boyfriend|girlfriend|bf|gf|partner|man|woman|lover)',
      'le(?:ft|ave) (?:me )?for (?:him|her|someone|another|them)',
      '(?:he|she|they) {w3}{you} {w2}(?:like|as (?:well|much) as) i (?:did|do|could|used to)',
      'with whats (?:her|his) (?:name|face)',
      '(?:who|whos|who is|who the hell is|who tf is) (?:he|she|him|her)(?= ?$|\\.| then| to you| exactly)',
      '(?:have|did|{you}) (?:{you} )?(?:already )?(?:moved on|move on|found someone|find someone|met someone|meet someone)(?! (?:to|for|who|that|at|from)\\b)',
      '{you} (?:already |really )?(?:moved on|found someone(?: else| new)?|replaced me)(?! (?:to|for|who|that|at|from)\\b)',
      'replaced me',
      '(?:are|{are}) {you} (?:still |already )?(?:sleeping with|hooking up with|fucking|shagging) (?:him|her|them|that)\\b',
      '{you} still (?:text|call|message|think about) me',
      'replace me',
      '(?:tell me|hope) {youre} happy with (?:him|her)',
      '(?:make|makes|treat|treats|love|loves) {you} (?:[a-z]+ )?like i (?:did|do|used to)',
      '(?:were|was|are) {you} (?:talking to|seeing|sleeping with) (?:him|her|them|someone) (?:while|when|before)',
      'while we were (?:still )?together',
      '{youre} (?:moving in with|bringing|marrying|engaged to) (?:him|her)',
      '{you} (?:dating|seeing (?:people|anyone|someone)) again',
      'new (?:boyfriend|girlfriend|bf|gf|man|woman|partner) already',
      '(?:found|find|make|made|had) time for (?:her|him) but',
      '{you}(?:ve| have) (?:already |really )?found (?:someone|somebody|a new|another)',
      'i hope (?:they|he|she) (?:know|knows|realise|realises|realize|realizes) how lucky',
      '(?:better|prettier|hotter|smarter|richer|funnier|sexier|taller|thinner|younger|nicer) than me',
      'what (?:does|do) (?:he|she|they) (?:have|give {you}) that i (?:dont|do not|didnt|did not|cant|couldnt)',
      '(?:is|was) (?:he|she) (?:worth it|better in bed)',
      'i saw {you} with (?:him|her|someone|that|a|another|some)\\b',
      'did {you} (?:sleep with|hook up with|kiss|cheat on me with) (?:him|her|them|someone)',
      'did {you} (?:already )?(?:move on|find someone|meet someone)(?! (?:to|for|who|that|at|from)\\b)',
      // Spanish and Portuguese.
      '(?:es|e|ela e|ele e|el es|ella es) (?:mas|mais) (?:bonit[oa]|lind[oa]|guap[oa]|gostos[oa]|inteligente|divertid[oa]) (?:que yo|que eu|do que eu)',
      '(?:ya )?me (?:superaste|olvidaste|esqueceu|esqueceste|esqueciste|reemplazaste|substituiu|substituiste)',
      '(?:ja|ya) me (?:esqueceu|superou|olvidaste|superaste)',
      '(?:tu|seu|sua|teu|tua) (?:nuevo novio|novio nuevo|nueva novia|novia nueva|namorado novo|namorada nova|novo namorado|nova namorada|nuevo ligue|nuevo amigo|ficante)',
      '(?:ya )?(?:estas|{vc} (?:ja )?(?:ta|esta)|tas|andas|ta) (?:con|com) (?:otro|otra|outro|outra|alguien|alguem)(?= ?$|\\.| (?:verdad|no|ne|cierto|agora|ahora|ya|ja)\\b)',
      'ya estas con (?:alguien|otr[oa])|{vc} ja (?:ta|esta) com (?:alguem|outr[oa])',
      '(?:fotos?|video) (?:con|com) (?:ese|esa|esse|essa|aquel|aquele|aquela|el|la|o|a) (?:chavo|chava|tipo|tipa|cara|mina|chico|chica|pibe|piba|wey|boy|menina|garota|vato|man)',
      '(?:foto|fotos) de (?:vcs|ustedes|voces|vosotros) (?:dos|dois)',
      'o que (?:ela|ele) tem (?:que|q) eu (?:nao|n) (?:tenho|tenha)',
      '(?:sabe|sabia) (?:lo nuestro|da gente|de nosotros|de nos)',
      '(?:que|o que) (?:tiene|tem) (?:ella|el|ela|ele) (?:que|q) (?:no tenga yo|yo no tenga|eu (?:nao|n) tenho|eu nao tenha)',
      '(?:hay|tem|existe) (?:alguien mas|alguem mais|otra persona|outra pessoa)',
      '(?:ya )?(?:te acostaste|dormiste|transaste|te cogiste|dormiu|ja dormiu|ja transou|ficou) con? (?:el|ella|ele|ela)',
      'ja dormiu com (?:ele|ela)',
      '(?:besa|beija|coge|transa|folla|te trata) (?:mejor|melhor) (?:que yo|que eu|do que eu)',
      '(?:me dejaste|{vc} me deixou|me deixaste|me cambiaste|{vc} me trocou) (?:por|pelo|pela) (?:el|ella|ele|ela|otr[oa]|outr[oa]|ese|esa|esse|essa)',
      '(?:me cambiaste|{vc} me substituiu|me substituiste|me reemplazaste|me trocou|{vc} me trocou) (?:muy|muito|tan|tao|bem) (?:rapido|rapida|facil)',
      '(?:ya )?(?:hablabas|salias|te veias|te escribias|conocias) con? (?:ella|el|la|lo) cuando',
      '{vc} ja (?:falava|saia|ficava|conversava|conhecia) (?:com )?(?:ela|ele) quando',
      // Spanish and Portuguese.
      '(?:ela|ele|el|ella) (?:e|es) (?:mejor|melhor) (?:que yo|que eu|do que eu)',
      // Spanish and Portuguese.
      '(?:te olvidaste de mi|me olvidaste|{vc} me esqueceu|me esqueceste|me superaste) (?:con|com) (?:el|la|o|a) (?:nuevo|nueva|novo|nova|otro|otra|outro|outra)',
      '(?:te gusta|{vc} gosta|gostas|te gusta ella|te gusta el) (?:mas|mais) (?:que|do que|dele que|dela que|del que) (?:yo|eu|de mim|a mi|mim)',
    ],
    balanced: [
      '{start}for (?:him|her){end}',
      'i saw (?:{your}|the) (?:pics|photos|pictures|post|story|stories) (?:with|of {you} and)',
    ],
    strict: [],
  },
  closeness: {
    clear: [
      '(?:are|{are}) {you} (?:happy|in love|serious) with (?:him|her)',
      'serious with (?:him|her)',
      '(?:(?:are|{are}|is) )?{you} (?:still |already |now )?(?:seeing|dating|sleeping with|hooking up with|shagging) (?:someone|anyone|somebody|anybody)',
      '{youre} (?:with|seeing|dating) (?:someone|somebody|another|a new)\\b',
      '(?:are|{are}) {you} (?:two|guys|2) (?:official|together|a thing|dating|serious|exclusive|an item)',
      '{you} (?:two|2) (?:are|r) (?:official|together|a thing|dating|an item)',
      '(?:are|{are}|r|is) {you} (?:still |already |now )?(?:seeing|dating|talking to|sleeping with|hooking up with|fucking|shagging|banging|texting|with) (?:someone|anyone|somebody|anybody|some(?:one)? (?:new|else)|any(?:one)? (?:new|else))',
      '(?:are|{are}) {you} (?:still |now )?single',
      `{your} new (?:boyfriend|girlfriend|bf|gf|partner|man|woman|${PERSON}|fling|lover|bae|boo|hookup|toy|squeeze|thing)`,
      '(?:is|was) (?:he|she) {your} (?:boyfriend|girlfriend|bf|gf|partner|new)',
      '(?:is|does) (?:he|she|they) (?:be good to {you}|good to {you}|make {you} happy|treat {you} (?:better|well|right|like i did)|know about me|love {you}|satisfy {you})',
      'i (?:heard|hear|saw) (?:{youre}|{you} are|{you}re|that {youre}) (?:seeing|dating|with|engaged|moving in)',
      'i (?:heard|hear|saw) {you} (?:have|got|ve got|have got) (?:a )?(?:new )?(?:boyfriend|girlfriend|bf|gf|partner|man|woman|someone)',
      'how long (?:have|has|had|were|was) {you} (?:been )?(?:seeing|dating|with|sleeping with|talking to) (?:him|her|them)',
      // Spanish and Portuguese.
      '(?:estas|{vc} (?:ta|esta)|ta|tas|andas|te estas|estás) (?:saliendo|saindo|ficando|viendo|vendo|andando) (?:con|com) (?:alguien|alguem|otro|otra|outro|outra)',
      'andas com alguem',
      '{start}(?:y )?(?:quien|quem) (?:es|e) (?:el|ele)(?: ese| esse)?{end}',
      '(?:quien|quem) (?:es|era|e) (?:el|la|o|a|ese|esa|esse|essa) (?:tipo|chico|chica|mina|pibe|wey|cara|boy|mujer|hombre|menina|garota|gata|chavo|chava|vato|man|mina|muchacho|muchacha|moco|moca) (?:de|do|da|del|que|q|con|com)',
      'te vi (?:con|com) (?:una|un|uma|um) (?:mina|chica|chico|tipo|cara|mulher|mujer|menina|pibe|chava|chavo|garota|gata|boy|mano|vato)',
      '(?:el|ele|ella|ela) te (?:hace|faz) feliz',
      '(?:con|com) quien estabas|com quem {vc} (?:tava|estava)',
      '(?:con|com) (?:el|quien|quem) que (?:sales|{vc} ta saindo)|(?:esse|ese) (?:wey|cara|tipo|chavo|man) (?:con el que|que) (?:sales|{vc} ta saindo|{vc} sai)',
      '(?:el|o) (?:boy|chico|cara|tipo) (?:do|de) (?:seu|tu|teu) (?:story|historia|stories|insta)',
      // Spanish and Portuguese.
      '(?:con|com) (?:quien|quem) (?:andas|estas|salis|sales|{vc} (?:ta|anda|esta))(?: ahora| agora)?{end}',
      '(?:ya )?(?:tenes|tienes|tem|{vc} tem|{vc} ja tem) (?:novio|novia|namorado|namorada) (?:nuevo|nueva|novo|nova)',
      // Spanish and Portuguese.
      '(?:{vc}|voce|tu|vos) (?:ta|esta|tas|estas) (?:namorando|ficando com alguem|de novio|de novia)',
      '{start}(?:ta|tas|estas|esta) (?:namorando|ficando com alguem|de novio|de novia)',
      '(?:quien|quem) (?:es|e) (?:la|el|o|a) (?:que|q) (?:sale|aparece|esta|ta) (?:contigo|con vos|com {vc}|com voce)',
      // Spanish and Portuguese.
      '(?:ya|ja) (?:tenes|tienes|tens|tem|{vc} tem) (?:novio|novia|namorado|namorada|pareja|alguien)',
    ],
    balanced: [
      '(?:are|{are}) {you} (?:still |already )?(?:seeing|dating|in love with) (?:him|her|them|that)\\b',
      'new (?:bf|gf|boyfriend|girlfriend)s',
      `(?:who|whos|who is|who was|who the hell is) (?:that|the|this) ${PERSON} (?:in {your}|on {your}|from {your}|you were|{you} were|you was|at the|at {your}|{you} (?:keep|kept|posted|tagged))`,
      `(?:are|{are}) {you} still (?:seeing|dating|talking to) (?:that|the) ${PERSON}`,
      'is it serious (?:with|between)',
      'serious with [a-z]+',
      'whats (?:he|she) like',
      'is (?:he|she) (?:nice|cute|hot|good looking)',
      '{you} and [a-z]+ (?:official|a thing|together now|dating)',
      'how was (?:he|she|the date)',
      `(?:who|whos|who is|who was) (?:that|the|this|your) new ${PERSON}{end}`,
      `(?:who|whos|who is|who was) (?:that|the) ${PERSON}(?= ?$|\\.| then)`,
      '(?:who|whos|who is|who was) {your} (?:boyfriend|girlfriend|bf|gf|new)',
      '(?:do|does) (?:he|she) (?:love|care about|make) {you}',
      'whos (?:he|she)\\b',
      'who (?:were|was) {you} with (?:last night|on (?:saturday|friday|the weekend)|at the)',
    ],
    strict: [
      'whats (?:he|she) like',
      '{your} (?:boyfriend|girlfriend|bf|gf|new partner|partner)',
      '(?:are|{are}) {you} with (?:him|her|them)(?! (?:now|right now|today)? ?(?:\\.|$))',
      'is (?:he|she) (?:nice|cute|hot|good looking)',
    ],
  },
  reason: (q) =>
    `'${q}' asks about their love life, which can come across as jealousy and makes it harder for both of you to move on.`,
  suggestion:
    'Their new life is theirs to share if and when they choose: leave it out, or keep the thought in an unsent note.',
});
