/** The one call the engine benchmark makes on the `sentiment` package (it ships no types). */
declare module 'sentiment' {
  export default class Sentiment {
    analyze(phrase: string): { score: number; comparative: number };
  }
}
