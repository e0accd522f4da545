import type { DraftView } from '../draft-view';
import type { TextRule } from '../text-rule';
import type { Finding } from '../types';
import { countWords, FIRST_PERSON_WORDS, foldedWordSet, wordCounter } from '../words';

/**
 * `long-letter`: the shape of the message, not a phrase. Real messages to an ex are often a
 * paragraph or several that mix a memory, a declaration, a reproach and an apology, with none of
 * the tidy phrases the other rules know. A draft of many sentences, addressed to the other person
 * ("you"), dense with feelings and the relationship, is itself what the advice warns about.
 *
 * It stays quiet on long logistics ("the kids' bags are packed, pick-up is at 5…"), long neutral
 * news, venting about someone in the third person, and long thank-you letters to a friend or a
 * parent (thanks and pride weigh against it), and comfort for a friend after their own breakup
 * (which speaks of him or her about as much as to "you"). One pass over the folded
 * words; no spans are highlighted, since the whole message is the finding.
 */

/**
 * Loss, fault and the ending: what sets a letter to an ex apart from a loving letter to a friend.
 * English, Spanish and Portuguese words alike (accents fold away, see normalize.ts).
 */
const ACHE = wordCounter(
  foldedWordSet(`
  hurt hurts hurting hurtful pain painful sorry miss missed missing still anymore never left leave
  leaving ended end over done gone space wish wished regret regrets mistake mistakes fault blame
  cry cried crying tears lonely alone broken broke scared afraid lost lose losing goodbye forgive
  forgiven forgave why lied lie lies lying cheated cheat trust deserve deserved closure moved
  pretend pretending tried trying chance wrong hate angry upset sad empty numb silence ignore
  ignored ignoring blocked ex breakup used promised promise promises forever can't cant couldn't
  wouldn't won't wont didn't shouldn't should've wasn't weren't ache aching heartbreak heartbroken
  apologize apologise apology letting let go walked away chose choose stop stopped enough
  love loved loving heart feel felt feeling feelings care cared truth ruined humiliated worst
  ours polite exist
  duele dolio dolió doliendo dolor sufro sufri sufrí sufrir sufriendo lloro llore lloré llorar
  llorando lagrimas lágrimas extraño extrano extrañar extrañarte echo perdon perdón perdona
  perdoname perdóname siento culpa error errores mentira mentiras menti mentí
  mentiste engaño engañaste traicion traición sola solo vacio vacío roto rota rompiste
  terminamos termino terminó terminar acabo acabó nunca todavia todavía aun aún siempre adios
  adiós amo amaba amé quiero queria quería quise corazon corazón sentir siento sentia sentía
  sentimientos miedo perdi perdí perder pierdo juntos relacion relación nuestro nuestra nuestros
  olvidar olvidarte superar superarte dejaste irte lejos espacio promesa prometiste odio triste
  tristeza daño merezco merecias merecías oportunidad volver volvamos recuerdo recuerdos herida
  arrepiento arrepentido arrepentida
  doi doeu doendo dor sofro sofri sofrer sofrendo choro chorei chorar chorando lagrimas saudade
  saudades falta desculpa desculpe perdão perdoa perdoe sinto erro erros menti traição traicao
  sozinha sozinho vazio vazia quebrado quebrada partiu terminou acabou ainda sempre adeus amo
  amava amei queria coração sentia sentimentos medo perdi perder juntos relação nosso nossa
  nossos esquecer superar deixou deixaste embora longe espaço promessa prometeu
  prometeste odeio ferida arrependo arrependido arrependida mereço merecia chance voltar volta
  lembrança lembranças
  pensando pienso pensé pensaba penso pensei pensava recuerdo acuerdo acuerdas acordás acordas
  acorde acordé lembro lembra lembrei soñé soñe sonhei sueño sonho noches noites meses años
  escribirte escribo escribirte decirte mandarte escrevo escrever escrevendo dizer-te mensaje
  mensagem verdad verdade difícil dificil raro estranho loca loco doida doido boba bobo tonta
  tonto desde pediste pediu decisión decisao decisão definitivo cama dormir duermo durmo
  despertar acordei despierto aguantar aguentar aguantando aguentando cansé cansei harta harto
  razón razao razão explicación explicação cobarde covarde mentiroso mentirosa egoísta egoista
  creer acreditar vuelvas voltes reprocharte reclamarte reprochar reclamar pedirte cobrar
  cobrando cerrar fechar palabras palavras seguiste seguiu importante entender termina acaba
  debía debia devia pensar sentiste sentiu senti louco louca mentir acabando silencios silêncios
  explicaciones explicações mierda merda
`),
);

/** A letter of thanks or wishes to family and friends, not a letter about the two of you. */
const GIFT = wordCounter(
  foldedWordSet(`
  thank thanks thankful grateful gratitude proud congratulations congrats blessed blessings
  bestie friendship
  gracias agradecido agradecida orgulloso orgullosa felicidades felicitaciones bendiciones amistad
  obrigado obrigada grato grata orgulhoso orgulhosa parabéns parabens bênçãos amizade
  agradecer agradecerte agradezco agradeço`),
);

/**
 * Comfort for a friend after their own breakup, in Spanish and Portuguese: it opens by calling
 * them a friend or speaks of their ex ("amiga lo siento mucho…", "lo de tu ex", "a sua ex").
 * English comfort speaks of "him" or "her", which the person counts see; Spanish "él" folds to
 * the article "el" and cannot be counted.
 */
const COMFORT_FOR_A_FRIEND =
  /^ ?(?:amiga|amigo|miga|amigue|hermana|hermano|mana|tia|tio)\b|\b(?:tu|su|sua|seu|teu|tua) ex\b/;

const MIN_WORDS = 40;
const MIN_SECOND_PERSON = 3;
/** Loss and fault words, and their share of all words: about one word in thirty in a letter. */
const MIN_ACHE = 3;
const MIN_ACHE_DENSITY = 0.03;
/** A letter that thanks must be this dense with loss to read as a letter about the two of you. */
const GRATEFUL_ACHE_DENSITY = 0.08;
/** At least this many sentences, or this many words in one run-on paragraph. */
const MIN_SENTENCES = 3;
const RUN_ON_WORDS = 60;

/**
 * Whether a folded draft reads as a long letter to the other person about the two of you. The
 * signs are read cheapest first, each only when the ones before it hold: most drafts are done
 * after one pass for words and sentences, before any word list is scanned.
 */
function readsAsLongLetter(view: DraftView): boolean {
  const text = view.folded.text;
  const { words, sentences } = wordsAndSentences(text);
  if (words < MIN_WORDS) return false;
  if (sentences < MIN_SENTENCES && words < RUN_ON_WORDS) return false;
  // Addressed to "you", more than told about "him" or "her".
  const persons = view.personCounts();
  if (persons.totalSecond < MIN_SECOND_PERSON || persons.totalSecond <= persons.totalThird) {
    return false;
  }
  // Each list is counted only as far as the checks below can tell apart.
  if (countWords(FIRST_PERSON_WORDS, text, 0, text.length, 2) < 2) return false;
  const ache = countWords(ACHE, text, 0, text.length, aboveAllThresholds(words));
  if (ache < MIN_ACHE || ache / words < MIN_ACHE_DENSITY) return false;
  // Thanks and wishes to family and friends: a letter of gratitude reads as one unless loss and
  // fault fill it.
  const gift = countWords(GIFT, text, 0, text.length, 2);
  if (gift > 0 && (gift >= 2 || ache / words < GRATEFUL_ACHE_DENSITY)) return false;
  return true;
}

/** A count of loss and fault words that passes every check on them in a draft of `words`. */
function aboveAllThresholds(words: number): number {
  return Math.max(
    MIN_ACHE,
    Math.ceil(words * Math.max(MIN_ACHE_DENSITY, GRATEFUL_ACHE_DENSITY)) + 1,
  );
}

/** Words, and sentences holding words, in folded text: one pass. */
function wordsAndSentences(text: string): { words: number; sentences: number } {
  let words = 0;
  let sentences = 0;
  let inWord = false;
  let sentenceHasWords = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const boundary = code === 32 || code === 46; // " " or "."
    if (!boundary && !inWord) {
      words++;
      sentenceHasWords = true;
    }
    inWord = !boundary;
    if (code === 46 && sentenceHasWords) {
      sentences++;
      sentenceHasWords = false;
    }
  }
  if (sentenceHasWords) sentences++;
  return { words, sentences };
}

const SUGGESTION =
  'Save it as an unsent note and read it again tomorrow; if something still needs saying, a few calm lines will say it.';

export const longLetter: TextRule = {
  id: 'long-letter',
  severity: 'medium',
  label: {
    name: 'Long letters about the two of you',
    short: 'a long letter about the two of you',
    why: 'Long messages about feelings ask a lot of someone who asked for space.',
  },
  suggestion: SUGGESTION,
  reason: () =>
    'This reads like a long letter about the two of you; long messages about feelings ask a lot of someone who asked for space.',
  // Its signs are counted over the whole draft (letter-shape.ts), not matched by patterns.
  patterns: { gentle: [], balanced: [], strict: [] },
  evaluate(_draft: string, view: DraftView): Finding | null {
    const { folded } = view;
    // Forty words take at least this many characters: most drafts end here, unread.
    if (folded.text.length < MIN_WORDS * 3) return null;
    if (!readsAsLongLetter(view)) return null;
    if (COMFORT_FOR_A_FRIEND.test(folded.text)) return null;
    return {
      rule: 'long-letter',
      severity: 'medium',
      reach: 'anywhere',
      spans: [],
      reason: longLetter.reason('', 'anywhere'),
      suggestion: SUGGESTION,
    };
  },
};
