import { findShoutingAtThem } from '../shouting';
import { defineTextRule } from '../text-rule';

/**
 * `anger`: insults, swearing at them, SHOUTING (see `shouting.ts`).
 *
 * Sensitivity:
 * - gentle: insults aimed at them ("you're pathetic", "selfish bitch"), "fuck you", "go to hell",
 *   "I hate you", and shouting of 4+ capital words.
 * - balanced (default): adds "what's wrong with you", "your fucking …", "shut up",
 *   shouting of 3+ capital words.
 * - strict: adds any strong swearing ("fuck", "shit") and 2-word shouting, as soft hints.
 *
 * Not anger: "this app is useless", "I hate Mondays", "that film was fucking brilliant",
 * "shit, I forgot the lunchbox", "NYC", "OK", "HAPPY BIRTHDAY".
 *
 * Spanish and Portuguese: insults said to the person ("sos un egoísta de mierda", "vai se foder", "vc é
 * um lixo") and shouting aimed at them. Not anger: "no mames", "puta merda, perdi o ônibus", "qué
 * idiota soy", "BORA BRASIL PORRA".
 */
const INSULT =
  '(?:bitch|bitches|asshole|arsehole|ashole|bastard|idiot|moron|loser|pathetic|worthless|piece of (?:shit|crap|work)|psycho|psychopath|liar|cunt|dick|dickhead|prick|slut|whore|jerk|twat|wanker|selfish|disgusting|trash|garbage|waste of space|narcissist|useless|stupid|dumb|retard|retarded|freak|coward|joke|clown|scum|scumbag|pig|cow|snake|fake|manipulative|toxic|evil|monster|disgrace|embarrassment|failure|cheater|abuser|vile|nasty|horrible|horrible person|awful person|terrible person|bad person|horrible human|sad little man|sad man|spineless|gutless|rat|weasel|leech|parasite|waste of (?:oxygen|air|skin))';

export const anger = defineTextRule({
  id: 'anger',
  severity: 'medium',
  label: {
    name: 'Anger and insults',
    short: 'anger',
    why: 'An angry message is one of the surest ways to end any chance of friendship.',
  },
  patterns: {
    clear: [
      'think about anyone but yourself',
      'joke of a (?:man|woman|person|human|boyfriend|girlfriend|husband|wife)',
      'i (?:{cant}|cannot) stand {you}',
      '{youre} (?:the|such a) (?:worst (?:person|human|thing|mistake)|biggest mistake)',
      '{fucking} (?:liar|bitch|asshole|arsehole|bastard|idiot|moron|loser|coward|psycho|joke|prick|cunt|twat|whore|slut)',
      '(?:i )?hope {your} (?:new )?(?:life|relationship|boyfriend|girlfriend|bf|gf|day|week|year|marriage) (?:is|turns out|ends up) (?:shit|crap|miserable|hell|awful|a disaster)',
      'i hope {youre} (?:miserable|unhappy|suffering)',
      `(?:{youre}|{you}|{youre} (?:such|just|nothing but|really|literally)|{you} (?:absolute|complete|total|fucking|fkn|effing|lying|selfish)) (?:a |an |such a |so |such an )?(?:(?:fucking|fkn|effing|absolute|complete|total|selfish|pathetic|lying|little|stupid|disgusting|useless|two faced) )?${INSULT}\\b`,
      '(?:fucking|fkn|selfish|stupid|lying|pathetic|disgusting|useless|worthless|dumb|ugly) (?:bitch|asshole|arsehole|bastard|cunt|whore|slut|prick|twat|liar|idiot|moron|loser|coward|dickhead|piece of shit)',
      '(?:bitch|cunt|whore|slut|motherfucker|dickhead|twat|wanker|asshole|arsehole|scumbag)',
      '(?:fuck|fuk|fck|f|screw) (?:you|u|ya|off|yourself|urself|ur self)',
      'go (?:fuck|screw) (?:yourself|urself|your self)',
      '(?:stfu|gtfo|kys)',
      'shut the (?:fuck|hell) up',
      'go to hell',
      '(?:burn|rot|die) in hell',
      'i (?:fucking |really |actually |just |so )?hate (?:{you}|{your} guts|{your} (?:fucking )?face|everything about {you})',
      '(?:{you}|{youre}) make me (?:sick|want to (?:puke|vomit|throw up))',
      '(?:eat shit|kiss my ass|drop dead|piss off|get fucked|fuck off)',
      'i hope {you} (?:die|rot|suffer|burn|get what you deserve|choke)',
      '{you} (?:disgust|sicken|repulse) me',
      // Spanish and Portuguese.
      '(?:eres|sos|{vc} e|voce e|seu|sua|tu es|tu e|es(?= um| uma)) (?:un |una |um |uma |muy |muito |tan |tao )?(?:imbecil|idiota|pendejo|pendeja|estupid[oa]|basura|hijo de puta|hija de puta|egoista|patetic[oa]|cabron|cabrona|lixo|babaca|otario|otaria|escroto|escrota|ridicul[oa]|covarde|cobarde|filho da puta|filha da puta|desgracado|desgracada|mentiros[oa]|doente|pelotud[oa]|forro|gilipollas|malparid[oa]|gonorrea|zorra|vagabund[oa]|canalla|imbecil|mierda|merda|asqueros[oa]|nojent[oa]|idiota)',
      '{start}(?:pinche |seu |sua |maldit[oa] )?(?:imbecil|pendejo|pendeja|hijo de puta|hija de puta|hijueputa|cabron|malparido|malparida|gonorrea|gilipollas|pelotudo|pelotuda|hdp|filho da puta|fdp|desgracado|desgracada|babaca|otario|otaria|escroto|escrota|arrombado|arrombada|vagabunda|piranha|zorra|idiota|estupida|estupido)(?= [a-z]| ?$)',
      '(?:imbecil|pendejo|pendeja|hijo de puta|hija de puta|hijueputa|cabron|malparido|malparida|gonorrea|gilipollas|pelotudo|pelotuda|hdp|filho da puta|fdp|desgracado|desgracada|babaca|otario|otaria|escroto|escrota|arrombado|arrombada|vagabunda|piranha|zorra|idiota|estupida|estupido)(?<!\\b(?:que|muy|el|la|o|a|soy|sou|un|una|um|uma|mas|tan|tao|como|q|muito|bien|bem|medio|meio) [a-z]+){end}',
      '(?:vete|andate|anda|vai|va|vai te|vai se) (?:a la|al|a|ao|pro|para o|pra|tomar no|a tomar por) (?:mierda|carajo|diablo|infierno|inferno|cu|culo|merda|caralho)',
      '(?:vai|vai te|vai se|va te|vete a) (?:foder|fuder|lixar|catar coquinho)',
      '(?:andate|vete) a la concha|(?:la )?concha de tu madre|chinga tu madre|chinga a tu madre|(?:que te den|que te jodan|vai te foder)',
      '(?:metete|enfia|mete|enfie) (?:tus|suas|teus|tuas|tu|sua|seu) (?:disculpas|desculpas|excusas|perdon|mensajes|mensagens|regalos|presentes|[a-z]+) (?:por el culo|no cu|por donde te quepan|no rabo|por el orto|onde quiser)',
      '(?:cerra el orto|cierra el orto|cierra la boca|cerra la boca|callate|calate|cala a boca|cala boca|cale a boca|cierra el pico)',
      '(?:te|eu te|yo te|os|los) (?:odio|odeio)',
      '(?:me )?(?:das asco|da nojo|dais asco|me da nojo|me dá nojo)|que nojo de (?:{vc}|voce|ti)',
      '(?:egoista|mentiros[oa]|imbecil|idiota|otario|cobarde|covarde|basura|lixo|cabron|pendejo|patetic[oa]|nojent[oa]|pelotudo) (?:de mierda|de merda|do caralho|do carai|de bosta)',
      '(?:que|qual) (?:mierda |carajo |coño |chingados |e |e o |o )?(?:te pasa a vos|te pasa a ti|(?:seu|teu) problema)',
      '(?:no|{nao}) te (?:aguanto|aguento|soporto|suporto) mas|{nao} te aguento mais',
      '(?:sai|sal|sali|salite) (?:de|da) (?:mi|minha) vida',
      '(?:ojala|tomara que|espero que) (?:te vaya mal|te mueras|te pudras|{vc} (?:morra|se foda|se ferre|apodreca)|se foda|te jodan|morras|te fodas)',
      // Spanish and Portuguese.
      '(?:eres|sos|{vc} e|voce e) (?:una|um|uma|un) (?:persona|pessoa|ser humano|ser) (?:horrible|horrivel|asquerosa|despreciable|desprezivel|nojenta|toxica|mala|pessima|lamentable|de mierda|de merda)',
      // Spanish and Portuguese.
      '(?:siempre fuiste|sempre foi|{vc} sempre foi|fuiste siempre|sempre foste) (?:un |una |um |uma )?(?:egoista|mentiros[oa]|cobarde|covarde|narcisista|manipulador|manipuladora|falso|falsa)',
      '(?:andate|vete|vai|anda|va) a cagar',
      '(?:forro|forra|sorete|boludo de mierda|pelotudo de mierda){end}',
    ],
    balanced: [
      // The word first, the lookbehind after it: a regex that starts with a lookbehind is tried at every position.
      'get(?<!\\b(?:you|u|we|they|he|she|i|not|dont|didnt|wont|might|may|to|did|never|will|wil|would|could|can|cant|gona|always|also|easily|often) get) (?:the fuck |tf )?lost',
      '{youre} the worst',
      '(?:what|wtf)(?: the (?:fuck|hell))? (?:is|s) wrong with {you}',
      'whats wrong with {you}',
      '(?:are|{are}) {you} (?:fucking |fkn )?(?:insane|crazy|mental|deranged|delusional|out of your mind)',
      '{your} (?:fucking|fkn|effing)(?= [a-z])',
      '{you} (?:fucking|fkn|effing) (?:lied|cheated|ruined|think|always|never)',
      'shut up',
      'what (?:the fuck|a fucking|the hell) (?:is|are|were|was|do|did) {you}',
      'what a (?:fucking )?(?:joke|loser|liar|coward|clown) {you} (?:are|were)',
      'how (?:fucking )?(?:dare|pathetic|stupid|selfish) {you}',
      'grow (?:the fuck )?up',
    ],
    strict: [
      '(?:fuck|fucking|fucked|shit|shitty|bullshit|wtf|damn|dammit|crap|hell no|piss|pissed)',
      '(?:are|{are}) {you} (?:fucking )?(?:kidding me|serious)',
    ],
  },
  scan: findShoutingAtThem,
  reason: (q) =>
    `'${q}' comes across as angry, and an angry message is one of the surest ways to close the door for good.`,
  suggestion:
    'Write it all out in an unsent note if that helps, and send something calmer, or nothing, once the feeling has passed.',
});
