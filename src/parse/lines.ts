/**
 * Offsets and lines of a large text without garbage-collected heap per item: a template or plan
 * of thousands of resources has hundreds of thousands of lines and keys, whose offsets in ordinary
 * arrays (or whose lines split out as strings) would be heap that every collection copies until the
 * run ends. Used by the JSON line index (json.ts), the CloudFormation JSON offset pass and the fix
 * renderer (engine/fix.ts).
 */

/** A list of offsets in a typed array, grown by doubling. */
export class OffsetList {
  /** The offsets are the first `count`. */
  items: Uint32Array;
  count = 0;

  constructor(expected = 256) {
    this.items = new Uint32Array(Math.max(expected, 64));
  }

  /** The list of `offsets`, as given. */
  static of(offsets: readonly number[]): OffsetList {
    const list = new OffsetList(offsets.length);
    list.items.set(offsets);
    list.count = offsets.length;
    return list;
  }

  push(offset: number): void {
    if (this.count === this.items.length) {
      const grown = new Uint32Array(this.count * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = offset;
  }
}

/**
 * Where the lines of `text` start, found only as far as asked: a large file whose findings are
 * all near its top is not indexed to its end. Lines are split at `\n`.
 */
export class LineStarts {
  readonly #text: string;
  readonly #starts: OffsetList;
  /** Where the search for the next line break goes on from (every one before it is known); -1 once the text is indexed to its end. */
  #from = 0;

  /**
   * `known`: every line start of `text` in order (0 first), found by a pass that read the whole
   * text anyway (the CloudFormation JSON offset pass, the `yaml` parser): the text is then not
   * searched again.
   */
  constructor(text: string, known?: OffsetList) {
    this.#text = text;
    if (known === undefined) {
      this.#starts = new OffsetList();
      this.#starts.push(0);
    } else {
      this.#starts = known;
      this.#from = -1;
    }
  }

  /** The number of lines (one more than the number of `\n`); indexes the whole text. */
  get count(): number {
    while (this.#more());
    return this.#starts.count;
  }

  /** Where line `i` (0-based) starts, or undefined when the text has no such line. */
  start(i: number): number | undefined {
    while (this.#starts.count <= i && this.#more());
    return i >= 0 && i < this.#starts.count ? this.#starts.items[i] : undefined;
  }

  /** The line (0-based) that the character at `offset` (0 ≤ offset ≤ the text's length) is on. */
  lineOf(offset: number): number {
    this.#indexBefore(offset);
    const starts = this.#starts.items;
    let lo = 0;
    let hi = this.#starts.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Finds every line start up to `offset` (the line breaks before it), searching no further: a
   * plan written on one line is not searched to its end for a place near its top.
   */
  #indexBefore(offset: number): void {
    const from = this.#from;
    if (from === -1 || from >= offset) return;
    // A slice of a flat string is a view, not a copy: the search in it ends at `offset`.
    const part = this.#text.slice(from, offset);
    for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) this.#starts.push(from + i + 1);
    this.#from = offset;
  }

  /** Finds the next line start; false when the text has none left. */
  #more(): boolean {
    if (this.#from === -1) return false;
    const i = this.#text.indexOf('\n', this.#from);
    if (i === -1) {
      this.#from = -1;
      return false;
    }
    this.#starts.push(i + 1);
    this.#from = i + 1;
    return true;
  }
}

/**
 * A text read by lines without splitting it: a line is cut from the text when it is read. Lines
 * are those of `text.split(/\r?\n/)`: split at `\n`, and a `\r` right before a `\n` is not part of
 * its line (a lone `\r`, or one at the very end, is).
 */
export class TextLines {
  readonly #text: string;
  readonly #starts: LineStarts;

  constructor(text: string) {
    this.#text = text;
    this.#starts = new LineStarts(text);
  }

  /** The number of lines (one more than the number of `\n`); indexes the whole text. */
  get length(): number {
    return this.#starts.count;
  }

  /**
   * Is there a line `i` (0-based)? `i < length` without indexing the text past that line: a fix
   * that reads a resource's block near the top of a large template does not index its end.
   */
  has(i: number): boolean {
    return i >= 0 && this.#starts.start(i) !== undefined;
  }

  /** Line `i` (0-based), or undefined when there is none. */
  line(i: number): string | undefined {
    const start = this.#starts.start(i);
    if (start === undefined) return undefined;
    const next = this.#starts.start(i + 1);
    if (next === undefined) return this.#text.slice(start);
    // Before the `\n` that ends it, and before a `\r` right before that.
    let end = next - 1;
    if (end > start && this.#text.charCodeAt(end - 1) === 0x0d) end--;
    return this.#text.slice(start, end);
  }

  /** Lines `from` (inclusive) to `to` (exclusive, the end by default), as `Array.prototype.slice` takes them. */
  slice(from: number, to = Number.POSITIVE_INFINITY): string[] {
    const out: string[] = [];
    for (let i = Math.max(from, 0); i < to; i++) {
      const line = this.line(i);
      if (line === undefined) break;
      out.push(line);
    }
    return out;
  }

  /** The index of the first line `test` accepts, or -1. */
  findIndex(test: (line: string) => boolean): number {
    for (let i = 0, line = this.line(0); line !== undefined; line = this.line(++i)) if (test(line)) return i;
    return -1;
  }

  /** The first line `test` accepts. */
  find(test: (line: string) => boolean): string | undefined {
    const i = this.findIndex(test);
    return i === -1 ? undefined : this.line(i);
  }

  /**
   * Does `test` accept a line that contains `part`? Only the lines the text's occurrences of
   * `part` are on are cut out and tested.
   */
  someContaining(part: string, test: (line: string) => boolean): boolean {
    let lastLine = -1;
    for (let at = this.#text.indexOf(part); at !== -1; at = this.#text.indexOf(part, at + 1)) {
      const i = this.#starts.lineOf(at);
      if (i === lastLine) continue;
      lastLine = i;
      const line = this.line(i)!;
      // An occurrence that runs across a line break is not on one line.
      if (line.includes(part) && test(line)) return true;
    }
    return false;
  }
}
