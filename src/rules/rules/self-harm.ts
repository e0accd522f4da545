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
 *
 * Spanish and Portuguese: "me quiero morir", "no quiero vivir sin vos", "não tenho mais motivo pra
 * viver", "quero acabar com tudo". Not a crisis: "me muero de hambre", "tô morrendo de fome", "essa
 * prova tá me matando", "esa serie me mató".
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
      // Spanish and Portuguese.
      '(?:me voy a|me vou|vou me|voy a|eu vou me|me quiero|quiero|eu quero|quero) (?:matar|suicidar|suicidarme|matarme)(?! (?:de|a|estudiando|trabajando|trabalhando|estudando|corriendo|correndo|en|no|na|con|com)\\b)',
      '(?:me quiero|quiero|eu quero|quero|queria) (?:morir|morirme|morrer)(?! (?:de|do|da|con|com|si|se|cuando|quando|en|no|na|jaja[a-z]*|k|rs(?:rs)+|js(?:js)+|xd|lol|haha)\\b)',
      '(?:(?:no|{nao}) quiero (?:seguir )?vivir|{nao} quero (?:mais )?viver)(?! (?:con|com|en|em|aqui|aca|con rabia|num|en un|de)\\b)|(?:no|{nao}) (?:quiero|quero) (?:seguir|continuar) (?:viviendo|vivendo)',
      '(?:no quiero seguir|{nao} quero (?:mais )?continuar|{nao} quero mais){end}',
      '(?:no|{nao}) (?:tiene|tem) (?:mas |mais )?sentido (?:seguir|continuar) (?:viviendo|vivendo|vivo|aqui|aca)',
      '(?:todos )?(?:estarian|estariam|ficaria|ficariam|estaria) (?:todos )?(?:mejor|melhor) (?:sin|sem) (?:mi|mim)',
      '(?:no|{nao}) tengo (?:nada )?(?:por|para) (?:que|lo que|quien) vivir',
      '{nao} tenho (?:mais )?(?:motivo|razao|porque|nada) (?:pra|para|por|pelo que) viver',
      '(?:quiero|quero) (?:desaparecer|sumir) (?:para siempre|pra sempre|de vez|del mundo|do mundo)',
      '(?:seria|sería) (?:mejor|melhor) (?:desaparecer|sumir|morir|morrer|no estar|nao estar)',
      '(?:no puedo seguir asi ya no|no puedo seguir asi{end}|{nao} da mais {pra} continuar(?: assim)?)',
      '(?:me estoy cortando|me corte|me cortei|me cortando|me lastime|me machuquei|me hice dano|me autolesione|me estou cortando|me to cortando)(?: (?:otra vez|de novo|de nuevo|outra vez))',
      '(?:no|{nao}) (?:voy a|vou) estar (?:aqui |aca |ca )?(?:mucho tiempo mas|por mucho tiempo|por muito tempo|muito tempo|mucho mas)',
      '(?:ojala|queria|quisiera|quiero) (?:no|{nao}) (?:despertar|acordar|despertarme)',
      '(?:pensando|penso|pienso|pensar) (?:en|em) (?:suicidarme|matarme|tirarme|me matar|me suicidar|me jogar|quitarme la vida|tirar minha vida)',
      '(?:voy a|vou) (?:terminar|acabar) (?:con|com) (?:mi|a minha|minha) vida',
      '(?:quitarme la vida|tirar a minha vida|tirar minha vida|suicidio|suicidarme|me suicidar)',
      '(?:me mato|eu me mato)(?= ?$|\\.| (?:te lo juro|juro|si|se|de verdad|de verdade)\\b)',
      '(?:seria|sería) (?:mas|mais|mejor|melhor) (?:facil )?(?:no|nao) (?:despertar|acordar|estar|existir)',
      '(?:y|e) (?:que )?(?:nadie lo notaria|ninguem ia perceber|nadie se daria cuenta|ninguem ia notar)',
      '(?:tirarme|me jogar|me tirar|aventarme|lanzarme|me atirar) (?:del|de la|da|do|por la|pela|de un|de uma|de um) (?:balcon|ventana|puente|janela|ponte|predio|edificio|terraza|sacada|varanda|piso)',
      '(?:tengo|{to} com|tenho|estou com|aqui tengo) (?:las|os|mis|meus) (?:pastillas|remedios|pilulas|comprimidos)(?: (?:aca|aqui|conmigo|comigo))',
      '(?:nadie|ninguem) (?:me )?(?:extranaria|extrañaria|ia sentir|iria sentir|vai sentir|sentiria) (?:a )?(?:minha falta )?(?:si|se) (?:me muero|eu morresse|morro|muero|me mato|eu morrer|morresse)',
      '(?:ya |ja )?(?:no|{nao}) (?:quiero|quero) (?:mas |mais )?estar (?:aca|aqui|ca)(?! (?:cuando|quando|el|o|a|la|en|no|na|sozinh[oa]|sol[oa])\\b)',
      // Spanish and Portuguese.
      '(?:seria|sería) (?:mejor|melhor|mas facil|mais facil) (?:morirme|morir|morrer|matarme|me matar|desaparecer|sumir|no existir|nao existir|no despertar|nao acordar|estar muert[oa]|estar mort[oa])',
      '(?:dejar|deixar) de existir|(?:no|{nao}) (?:quiero|quero) (?:seguir |continuar )?existir',
      '(?:quiero|quero|voy a|vou) acabar (?:con|com) (?:todo|tudo)(?! (?:el|la|los|las|o|a|os|as|lo|esto|isso|isto|hoy|hoje|antes|ya|ja|rapido|que|de|do|da)\\b)',
      '(?:no aguanto|{nao} aguento) (?:mas |mais )?(?:vivir|viver|esta vida|essa vida)',
      '(?:no le veo|{nao} vejo) (?:ningun |nenhum )?sentido (?:a nada|a la vida|a vivir|em nada|na vida|em viver|a seguir|em continuar)',
      '(?:irme|ir me|sumir|desaparecer) (?:de este|deste|desse) mundo',
      // Spanish and Portuguese.
      '(?:no|{nao}) (?:quiero|quero) (?:volver a )?(?:despertar|acordar)(?: nunca mas| nunca mais| mais| mas| nunca)?{end}',
      '(?:ninguem|nadie) (?:sentiria|ia sentir|va a sentir|vai sentir|notaria|notaria) (?:a )?(?:minha falta|mi falta|mi ausencia|nada)|nadie me (?:extranaria|echaria de menos)',
      // Spanish and Portuguese.
      '(?:dormir|dormirme|dormirme para siempre|dormir pra sempre) (?:y|e) (?:no|{nao}) (?:despertar|acordar)',
      '(?:terminar|acabar|quitarme|tirar) (?:con |com )?(?:mi|a minha|minha|la|a) (?:propia |propria )?vida(?! (?:social|laboral|amorosa|sentimental|academica|profesional|profissional)\\b)',
      '(?:no le encuentro|no le veo|no tiene|{nao} vejo|{nao} encontro|{nao} tem|ya no tiene|perdio|perdeu|ya no le encuentro|ja nao vejo) (?:ningun |nenhum |mas |mais )?sentido (?:a |de |em |na )?(?:vivir|viver|la vida|a vida|seguir viviendo|continuar vivendo|estar vivo|estar viva)',
      '(?:quiero|quero) dejar de vivir|(?:quero|quiero) parar de viver',
      '(?:esta es|essa e|isso e|esta e) (?:mi|minha|a minha) despedida',
      '(?:tomarme|tomar|me tomar) (?:todas las|todos os|todas as) (?:pastillas|remedios|pilulas|comprimidos)',
      // Spanish and Portuguese.
      '(?:quiero|quero|apetece me|me apetece|tengo ganas de|tenho vontade de) (?:desaparecer|sumir|morrer|morir|morirme) (?:para siempre|pra sempre|para sempre|de vez|del mundo|do mundo)',
      '(?:lo mejor|o melhor|mejor|melhor) (?:es|e|seria|sería) (?:que )?(?:me muera|me muriera|eu morrer|eu morresse|morirme|morrer|desaparecer|sumir|yo no este|eu nao estar)',
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
