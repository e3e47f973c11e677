/**
 * A file's text read by lines without splitting it: the fix renderer (fix.ts) reads a few lines
 * around the blocks it edits, and scans a whole file only for names, while a template of 10k
 * resources has some 170,000 lines, whose strings, split out, would be megabytes of
 * garbage-collected heap kept for the whole run. Here a line is cut from the text when it is read;
 * where lines start is kept in a typed array (outside that heap).
 *
 * Lines are those of `text.split(/\r?\n/)`: split at `\n`, and a `\r` right before a `\n` is not
 * part of its line (a lone `\r`, or one at the very end, is).
 */
export class TextLines {
  /** The number of lines (one more than the number of `\n`). */
  readonly length: number;
  readonly #text: string;
  /** Where line i starts, for i < length. */
  readonly #starts: Uint32Array;

  constructor(text: string) {
    this.#text = text;
    let starts = new Uint32Array(1024);
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (count === starts.length) {
        const grown = new Uint32Array(count * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    this.#starts = starts;
    this.length = count;
  }

  /** Line `i` (0-based), or undefined when there is none. */
  line(i: number): string | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const start = this.#starts[i]!;
    if (i === this.length - 1) return this.#text.slice(start);
    // Before the `\n` that ends it, and before a `\r` right before that.
    let end = this.#starts[i + 1]! - 1;
    if (end > start && this.#text.charCodeAt(end - 1) === 0x0d) end--;
    return this.#text.slice(start, end);
  }

  /** Lines `from` (inclusive) to `to` (exclusive, the end by default), as `Array.prototype.slice` takes them. */
  slice(from: number, to: number = this.length): string[] {
    const out: string[] = [];
    const end = Math.min(to, this.length);
    for (let i = Math.max(from, 0); i < end; i++) out.push(this.line(i)!);
    return out;
  }

  /** The index of the first line `test` accepts, or -1. */
  findIndex(test: (line: string) => boolean): number {
    for (let i = 0; i < this.length; i++) if (test(this.line(i)!)) return i;
    return -1;
  }

  /** The first line `test` accepts. */
  find(test: (line: string) => boolean): string | undefined {
    const i = this.findIndex(test);
    return i === -1 ? undefined : this.line(i);
  }

  /** Does `test` accept a line? */
  some(test: (line: string) => boolean): boolean {
    return this.findIndex(test) !== -1;
  }

  /**
   * Does `test` accept a line that contains `part`? Only the lines the text's occurrences of
   * `part` are on are cut out and tested.
   */
  someContaining(part: string, test: (line: string) => boolean): boolean {
    let lastLine = -1;
    for (let at = this.#text.indexOf(part); at !== -1; at = this.#text.indexOf(part, at + 1)) {
      const i = this.lineOf(at);
      if (i === lastLine) continue;
      lastLine = i;
      const line = this.line(i)!;
      // An occurrence that runs across a line break is not on one line.
      if (line.includes(part) && test(line)) return true;
    }
    return false;
  }

  /** The index of the line the character at `offset` is on. */
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Every line, as `text.split(/\r?\n/)` gives them. */
  all(): string[] {
    return this.slice(0);
  }
}
