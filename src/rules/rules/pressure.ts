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
 *
 * Spanish and Portuguese: "mandame nudes", "nadie se tiene que enterar", "ninguém precisa saber";
 * invitations ("ven a mi casa esta noche") only in listed chats. Not pressure: "ven a ver el
 * partido", "nadie tiene que saber lo de la fiesta sorpresa".
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
      // Spanish and Portuguese.
      '(?:nadie|ninguem|naide) (?:se )?(?:tiene (?:que|por que) (?:enterar|enterarse|saber|saberlo)|precisa (?:saber|ficar sabendo)|tem (?:que|de) saber|va a (?:saber|ver|enterarse)|la va a ver|vai (?:ver|saber)|fica sabendo|se entera|se va a enterar|tem que ficar sabendo)(?= ?$|\\.| (?:y|e|ven|vem|veni|nadie|ninguem|te lo juro|juro|te juro|a gente|vamos|bora)\\b)',
      '(?:mandame|mandame|me manda|me mandas|manda|envia|enviame|me envia|passa) (?:unos |umas |uns |unas )?(?:nudes|pack|packs)',
      '(?:mandame|me manda|me mandas|manda|enviame|me envia) (?:una |uma )?(?:foto|fotos|video) (?:sin ropa|sem roupa|desnud[oa]|pelad[oa]|en bolas|de lo que llevas puesto|do que {vc} (?:ta|esta) vestindo|en ropa interior|de calcinha|de lenceria)',
      '(?:amigos con derechos|amizade colorida|follamigos|amigovios|peguete sem compromisso|friends with benefits)',
      '(?:que|o que) (?:tenes|tienes|llevas|traes|{vc} (?:ta|esta)|voce (?:ta|esta)) (?:puesto|vestindo|usando)(?: (?:ahora|agora|ahorita))?{end}',
      '(?:no|{nao}) aceito (?:un )?(?:no|nao) como resposta|no acepto un no',
      '(?:no te hagas|para de se fazer|deja de hacerte|deixa de ser|deixa de se fazer|para de ser|no seas) (?:la |el |de )?(?:dificil|santa|santo|santinha|santinho|dificil)',
      '(?:tenes|tienes|{vc} tem|voce tem|tens) que (?:verme|me ver)(?: (?:hoy|hoje|ya|ahora|agora))?',
      '(?:una|uma) (?:ultima vez|noche mas|noite a mais)(?:,)? (?:solo|so) (?:nosotros|nos) dos',
      '(?:solo|so) (?:nosotros|nos) (?:dos|dois) (?:en|no|na) (?:mi|meu|minha)',
      '(?:una noche mas|mais uma noite|so mais uma noite|una ultima noche|uma ultima noite|solo una noche|so uma noite)(?: y ya| e pronto| e fim| nada mas|,? nadie|,? ninguem)',
      '(?:coger|transar|follar|garchar|acostarnos|dormir juntos|cogemos|transamos|fazer amor|hacer el amor) (?:una |uma )?(?:ultima vez|vez mas|ultima|mais uma vez|mas)',
      '(?:venite|vente|ven|vem|veni) a dormir|vem dormir aqui|(?:ven|vem|veni|venite|vente) y ya|vem e pronto',
      '(?:se|sei|ya se) (?:q|que) (?:{vc} )?(?:dijiste|disse|falou|me dijiste) (?:q|que) (?:no|nao) (?:pero|mas)',
      '(?:las dos|los dos|nosotros dos|nos dois|a gente) sabe(?:mos)? (?:q|que) (?:quieres|queres|{vc} quer|voce quer|tu queres)',
      '(?:no le digas a nadie|nao conta {pra} ninguem|no se lo digas a nadie|nao fala {pra} ninguem)',
      '(?:no me digas que no|{nao} me fala (?:que )?nao|no me digas q no)(?: otra vez| de novo| de nuevo)?',
      '(?:vamos|a gente vai) (?:a|pra|para) (?:un|um) (?:hotel|motel|telo)',
      '(?:por los|pelos) (?:viejos|velhos) tiempos|pelos velhos tempos',
      '(?:ya no somos nada|a gente {nao} e mais nada|nao somos mais nada) (?:pero|mas)',
      '(?:podamos|possamos|podemos|a gente pode) (?:pasarla bien|curtir|divertirnos|nos divertir) (?:una|uma) (?:noche|noite)',
      '(?:curtir|pasarla bien) (?:una|uma) (?:noche|noite) juntos',
      // Spanish and Portuguese.
      '(?:me )?(?:manda|mandame|pasame|me pasas|envia) (?:umas |uma |unas |una )?fotos? (?:suas |tuas |tuyas )?(?:sem nada|sem roupa|pelad[oa]s?|nua|sin nada|sin ropa|desnud[oa]|en bolas)',
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
      // Spanish and Portuguese.
      '(?:ven|veni|vente|venite|vem|passa|pasate|venha|vem pra ca|veni a casa) (?:a |aqui |aca |pra |para |por )?(?:mi casa|minha casa|casa|mi piso|mi depa|meu ape|aqui em casa|ca|aqui|aca)(?: (?:esta noche|hoy|hoje a noite|hoje|agora|ahora|ya|un rato|rapidinho|que estoy sola|que estoy solo|que to sozinha|que to sozinho)){end}',
      '(?:vem|venha|ven|veni) (?:pra|para|a) (?:ca|aca|aqui) (?:agora|ahora|ya)',
      '(?:estoy|{to}|estou|toy) (?:sol[oa]|sozinh[oa]) (?:en|em) casa(?: (?:esta noche|hoy|hoje|hoje a noite))?{end}',
      '(?:pasate|passa) (?:por casa|aqui)(?: (?:q|que) (?:estoy|{to}) (?:sol[oa]|sozinh[oa]))',
      '(?:vente|venite|vem) (?:un rato )?(?:a mi|pra minha|aqui|pra ca)(?: (?:piso|casa|depa|ape))?(?: rapidinho)?{end}',
    ],
    strict: [],
  },
  reason: (q) =>
    `'${q}' pushes for closeness they may not want, and pressure tends to make people pull away.`,
  suggestion:
    'Leave the choice entirely with them: take this out, or keep the thought in an unsent note.',
});
