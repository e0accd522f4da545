import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/rules/decide';
import { analyze } from '../../../src/rules/index';
import { findingFor, makeContext, rulesFor } from './helpers';

/**
 * Issue #15: Spanish and Portuguese drafts are read as well as English ones, whatever the
 * interface language. Each rule's own examples carry its phrasings; these tests hold what the
 * issue names and what the shared helpers (fold, address, reported speech, shouting) must know.
 */
describe('Spanish and Portuguese', () => {
  it.each([
    'por favor pasame la receta del pediatra',
    'me muero de hambre',
    'tô morrendo de fome',
    'essa prova tá me matando',
    'o bebê da minha irmã',
    'no mames',
    'puta merda, perdi o ônibus',
    'el lunes lo paso a buscar a las 5 y el finde le toca a tu casa, acordate de la mochila',
    'vc leva as crianças na escola amanhã? eu busco às 17h',
  ])('leaves the hard negative "%s" alone', (draft) => {
    expect(rulesFor(draft)).toEqual([]);
  });

  it('reads a draft with and without accents alike, and highlights the original words', () => {
    const accented = findingFor('todavía te amo, no sé cómo olvidarte', 'longing');
    const plain = findingFor('todavia te amo, no se como olvidarte', 'longing');
    expect(accented?.spans[0]?.text).toBe('todavía te amo');
    expect(plain?.spans[0]?.text).toBe('todavia te amo');
    expect(findingFor('NÃOOO me deixa, por favooor', 'begging')).toBeDefined();
  });

  it('counts "jajaja", "kkkk" and "rsrs" as laughter, so cheerful capitals are not anger', () => {
    expect(rulesFor('JAJAJA NO PUEDE SER GANAMOS LA FINAL')).toEqual([]);
    expect(rulesFor('AMANHÃ NÃO TEM AULA KKKKK')).toEqual([]);
    expect(rulesFor('NUNCA MAIS ME LIGA NA SUA VIDA')).toContain('anger');
  });

  it('keeps what is said to the person, drops what is told about him or her', () => {
    // Spanish says "you" in the verb: "la eligiste" is said to them.
    expect(rulesFor('la eligiste a ella antes que a mí')).toContain('rehash');
    // Told to a friend, in the third person.
    expect(rulesFor('lo sigo queriendo pero ya sé que tengo que soltar')).toEqual([]);
    expect(rulesFor('ela disse que ainda gosta dele, acredita?')).toEqual([]);
    // Quoted from what was said.
    expect(rulesFor('me escribió "te extraño" y no le contesté, estoy orgullosa de mí')).toEqual(
      [],
    );
  });

  it('does not read Spanish "he" (I have) as him', () => {
    const draft =
      'he pensado mucho en cómo terminó lo nuestro y me toca reconocer mi parte: me volví celoso';
    expect(rulesFor(draft)).toContain('rehash');
  });

  it('pauses lingering love anywhere, plain love only in a listed chat', () => {
    const lingering = analyze('eu ainda te amo', makeContext());
    const plain = analyze('te amo mamá, gracias por todo', makeContext());
    expect(decide(lingering, 'unlisted').pause).toContain('longing');
    expect(decide(plain, 'unlisted').pause).toEqual([]);
    expect(decide(plain, 'listed').pause).toContain('longing');
  });

  it('treats a crisis in either language as self-harm', () => {
    expect(rulesFor('me quiero morir')).toContain('self-harm');
    expect(rulesFor('não tenho mais motivo pra viver')).toContain('self-harm');
    expect(rulesFor('me quiero morir de la vergüenza jajaja')).toEqual([]);
  });
});
