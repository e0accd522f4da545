import { describe, expect, it } from 'vitest';
import { compileAlternation, foldPatternSource } from '../../../src/rules/compile';
import { FoldScratch, fold, foldPhrase, toOriginal } from '../../../src/rules/normalize';

describe('fold', () => {
  it('lowercases, drops apostrophes and merges repeated letters', () => {
    expect(fold('I DON’T neeeed it').text).toBe('i dont ned it');
    expect(fold('pleeeease').text).toBe('please');
  });

  it('keeps digits as they are', () => {
    expect(fold('100 000').text).toBe('100 000');
  });

  it('turns emoji and punctuation runs into one space, sentence ends into "."', () => {
    expect(fold('hey 😘😘, you').text).toBe('hey you');
    expect(fold('hi!!\n\nthere').text).toBe('hi.there');
  });

  it('maps every folded match back to the exact original text', () => {
    const draft = 'Ok 😭 PLEEASE  come back';
    const f = fold(draft);
    const i = f.text.indexOf('please come back');
    const [s, e] = toOriginal(f, i, i + 'please come back'.length);
    expect(draft.slice(s, e)).toBe('PLEEASE  come back');
  });

  it('folds Spanish and Portuguese accents to plain letters, so both spellings are one word', () => {
    expect(fold('TAMBIÉN también tambien').text).toBe('tambien tambien tambien');
    expect(fold('NÃO, você tá aí? Ñoño, ação').text).toBe('nao voce ta ai.nono acao');
    // Letters with no plain letter inside keep their own.
    expect(fold('Straße Ærø').text).toBe('straße ærø');
    // Each folded letter still maps to exactly its original character.
    const draft = '¿Por qué NÃOOO?';
    const f = fold(draft);
    const i = f.text.indexOf('nao');
    expect(draft.slice(...toOriginal(f, i, i + 3))).toBe('NÃOOO');
    expect(f.text.length).toBeLessThanOrEqual(draft.length);
  });

  it('folds phrases without outer separators', () => {
    expect(foldPhrase("  Don't go!! ")).toBe('dont go');
  });
});

describe('pattern compiler', () => {
  it('folds pattern letters like drafts but leaves escapes alone', () => {
    expect(foldPatternSource('need\\bbaby')).toBe('ned\\bbaby');
  });

  it('expands chat-spelling macros', () => {
    const re = compileAlternation(['i miss {you}'])!;
    expect(re.test(fold('i miss u').text)).toBe(true);
  });

  it('rejects patterns that could never match folded text', () => {
    expect(() => compileAlternation(["don't"])).toThrow();
    expect(() => compileAlternation(['{nope}'])).toThrow();
  });
});

describe('fold into scratch buffers', () => {
  const scratch = new FoldScratch();
  const foldTransient = (draft: string) => fold(draft, scratch);

  it('folds exactly like fold, for short drafts and for ones longer than its buffers', () => {
    for (const draft of [
      '',
      "Pleeease don't GO… I need u 😭",
      'a'.repeat(600),
      `${'we said 6pm. '.repeat(1_000)}please come back`,
    ]) {
      const transient = foldTransient(draft);
      const fresh = fold(draft);
      expect(transient.text).toBe(fresh.text);
      expect([...transient.starts]).toEqual([...fresh.starts]);
      expect([...transient.ends]).toEqual([...fresh.ends]);
    }
  });

  it('leaves what fold returned alone', () => {
    const kept = fold('please come back');
    const before = [...kept.starts];
    foldTransient('something else entirely, and longer than the first');
    expect([...kept.starts]).toEqual(before);
  });
});
