import { defineTextRule } from '../text-rule';

/**
 * `pet-name`: old pet names (babe, baby, honey, sweetheart, my love…) that slip back into the
 * relationship.
 *
 * Sensitivity:
 * - gentle: names that are only ever pet names: babe, bae, sweetheart, sweetie, darling,
 *   "my love", "baby girl", "my angel".
 * - balanced (default): adds words that are pet names only when used to address someone:
 *   "baby" (not "my baby sister", "the baby is asleep", "baby shower"), "honey" (not "honey
 *   and lemon"), hun, "hey beautiful", "morning gorgeous", "thanks love".
 * - strict: adds softer hints: "my baby", boo, "all my love", "dear" as an address.
 *
 * Not a pet name: "my baby sister", "our baby is one next week", "honey mustard",
 * "send my love to your mum", "my love for this city".
 *
 * Spanish and Portuguese: "mi vida", "cariño", "bebé" said to the person, "mozão", "meu anjo", "bb".
 * Not a pet name: "el bebé de mi hermana", "mi amor por el fútbol", "linda" between friends.
 */
const GREETING =
  '(?:hey|hi|hii|hiya|hello|heya|yo|morning|good morning|mornin|night|goodnight|good night|nite|night night|sleep well|thanks|thank you|thank u|thanks so much|ty|thx|cheers|bye|ok|okay|kk|yes|yeah|no|sorry|im sorry|miss you|miss u|love you|love u|aw|aww|oh|you ok|u ok|happy birthday|congrats|well done|see you|see ya|of course|alright|take care)';
const ADDRESS_AFTER =
  '(?= ?$|\\.| (?:i|im|you|u|we|please|pls|can|could|are|r|why|did|do|how|dont|just|answer|call|come|pick|its|x+|xo|what|where|when|hope|hows|have|had|sorry|let)\\b)';
const NOT_A_CHILD_OR_THING =
  '(?! (?:sister|brother|sis|bro|cousin|niece|nephew|daughter|son|shower|food|clothes|monitor|seat|steps|teeth|tooth|bottle|bottles|formula|wipes|photos|pictures|pics|photo|picture|names|name|stuff|gate|carrier|sitter|sitting|bump|oil|powder|shark|carrots|spinach|doll|dolls|book|books|group|class|classes|bath|toys|toy|boom|blue|pink|products|things)\\b)';

const NOT_FOOD =
  '(?! (?:mustard|and lemon|lemon|glazed|roast|roasted|jar|bee|bees|comb|dew|melon|toast)\\b)';

/**
 * Spanish and Portuguese. Greetings and short openers after which a word is said to the person
 * ("hola mi vida", "buen dia amor", "oi meu anjo", "que vc ta fazendo gata").
 */
const SALUDO =
  '(?:hola|holi|hey|ey|ei|oi|oie|ola|alo|buenas|buenos dias|buen dia|buenas noches|buenas tardes|bom dia|boa noite|boa tarde|chau|chao|tchau|adios|gracias|obrigad[oa]|valeu|que haces|como estas|como andas|que vc ta fazendo|que (?:vc|voce) (?:ta|esta) fazendo|te amo|te quiero|te extrano|saudade|ya llegue|cheguei|perdon|desculpa|feliz [a-z]+|dale|ok|bueno|e ai)';
/** Names that are only ever said to a partner ("cariño", "mozão", "benzinho"). */
const APODO_SIEMPRE =
  '(?:carino|meu bem|amorcito|amorzito|amorzinho|mozao|mozinho|morzinho|benzinho|bebezinho|gordi|cosita|mi cielo|mi cielito|mi reina|mi rey|mi princesa|mi principe|mi tesoro|mi amorcito|mi bebe|meu anjo|meu bebe|minha princesa|minha linda|meu lindo|minha gata|meu gato|meu principe|vida mia|flaco lindo|flaca linda)';
/** Words that are names only when said to the person: "amor", "vida", "bebé", "nena", "gata". */
const APODO_AL_HABLAR =
  '(?:mi amor|meu amor|amor|mi vida|minha vida|vida|bebe|b|nena|nene|cielo|corazon|coracao|preciosa|precioso|princesa|querida|querido|gatinha|gatinho|gata|fofa|fofo|mozao)';
/**
 * What follows a word that is not said to the person: "mi amor por el fútbol", "mi vida es un
 * caos", "meu amor pelo futebol", "minha vida tá uma correria", "el bebé de mi hermana".
 */
const NO_ES_APODO =
  '(?! (?:por|pelo|pela|de|del|da|do|es|esta|era|fue|e|ta uma|foi|estava|entera|inteira|nueva|nova|ya dice|ja fala|propio|proprio|y|tiene|nacio|nasceu|acordou|se durmio|dormiu|agua)\\b)';

export const petName = defineTextRule({
  id: 'pet-name',
  severity: 'low',
  label: {
    name: 'Old pet names',
    short: 'an old pet name',
    why: 'Pet names slip back into the old relationship and blur the boundary.',
  },
  patterns: { clear: [], balanced: [], strict: [] },
  // Every pet name is closeness: a gift to a partner, a risk only in the ex's chat.
  closeness: {
    clear: [
      '(?:babe|babes|bae|sweetheart|sweetie|sweety|sweetpea|darling|darlin|dearest|babycakes|sugarplum|snookums|honeybun|honeybunch|cutie pie)',
      'my (?:love|darling|sweetheart|babe|everything|honey|hun)(?! (?:for|of|life|language|languages|letter|letters|to|and best|is|was|has|story|interest)\\b)',
      '{youre} (?:still |always )?my (?:baby|baby girl|baby boy|babe|girl|boy|love|everything|world|person)\\b',
    ],
    balanced: [
      // The word first, the lookbehind after it: a regex that starts with a lookbehind is tried at every position.
      `baby(?<!\\b(?:my|our|the|a|an|your|his|her|their|that|this|new|little|big|lil|first|second|sisters|brothers) baby)(?: girl)?${NOT_A_CHILD_OR_THING}`,
      `${GREETING} (?:my )?(?:honey|hun|hon|beautiful|gorgeous|handsome|cutie|princess|angel|sunshine|pumpkin|sexy|kitten|lovely|bby|bb|boo)${NOT_FOOD}`,
      `${GREETING} (?:my )?love${ADDRESS_AFTER}`,
      `{start}(?:honey|hun|beautiful|gorgeous|handsome|cutie|sunshine|pumpkin|sexy|bby)${ADDRESS_AFTER}`,
      'my (?:angel|princess|prince|sunshine)(?! (?:is|was|has)\\b)',
      // Spanish and Portuguese.
      `${APODO_SIEMPRE}${NO_ES_APODO}`,
      `${SALUDO} (?:mi |meu |minha )?${APODO_AL_HABLAR}${NO_ES_APODO}`,
      `{start}${APODO_AL_HABLAR}${NO_ES_APODO}(?= [a-z]| ?$)`,
      // "te extraño bebé", "que haces mi reina": the name closes the sentence.
      `(?:mi amor|meu amor|amor|mi vida|minha vida|bebe|nena|mi cielo|princesa|gata|gatinha|preciosa|precioso|querida|querido)(?<!\\b(?:el|la|los|las|un|una|o|a|os|as|um|uma|de|do|da|del|en|no|na|con|com|toda|a minha|de mi|de minha|da minha|en mi|con mi|por|para|pra|pelo|pela|al|sin|sem|mi hermanita|minha irmazinha|su|seu|sua|tu|tua|teu|meu|minha|mi) (?:mi amor|meu amor|amor|mi vida|minha vida|bebe|nena|mi cielo|princesa|gata|gatinha|preciosa|precioso|querida|querido)){end}`,
    ],
    strict: ['my baby', '(?:boo|bby|bb){end}', 'all my love', '(?:hey|hi|morning|night|my) dear'],
  },
  reason: (q) =>
    `'${q}' is a name from the relationship, and pet names can blur the boundary you are both trying to keep.`,
  suggestion: 'Try their name instead, or simply leave the name out.',
});
