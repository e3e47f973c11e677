/**
 * TextLines (src/parse/lines.ts) reads a text's lines without splitting it: every read must
 * give what the array of `text.split(/\r?\n/)` gives, which the fix renderer read before.
 */
import { describe, expect, it } from 'vitest';
import { LineStarts, OffsetList, TextLines } from '../../src/parse/lines.js';

const TEXTS = [
  '',
  'x',
  '\n',
  'a\nb\n\nc',
  'a\r\nb\r\n\r\nc\n',
  'a\rb\nc\r',
  'x\r\n',
  '\r\r\n\r',
  '\n\n\r\n',
  'Resources:\n  A:\n    Type: AWS::EC2::VPC\r\n  AB:\n    Type: AWS::EC2::Subnet\n',
  // One long line, then a few (a plan written on one line).
  `{"a": ${'"x", '.repeat(2000)}"y"}\n{}\n`,
  // More lines than the first size of the index of line starts.
  Array.from({ length: 3000 }, (_, i) => `line ${i}${i % 7 === 0 ? '\r' : ''}`).join('\n'),
];

describe('TextLines', () => {
  it('reads the lines of text.split(/\\r?\\n/), one by one and as ranges', () => {
    for (const text of TEXTS) {
      const split = text.split(/\r?\n/);
      const lines = new TextLines(text);
      expect(lines.length).toBe(split.length);
      expect(lines.slice(0)).toEqual(split);
      for (const i of [-2, -1, 0, 1, split.length - 1, split.length, split.length + 1]) expect(lines.line(i)).toBe(split[i]);
      for (const [from, to] of [
        [0, 2],
        [1, 3],
        [-1, 2],
        [2, 100_000],
        [3, 1],
      ] as const) {
        expect(lines.slice(from, to)).toEqual(split.slice(Math.max(from, 0), to));
      }
    }
  });

  it('says which lines exist as the length of the array does, asked in any order, before and after the text is indexed', () => {
    for (const text of TEXTS) {
      const split = text.split(/\r?\n/);
      const asked = [split.length + 1, -1, 0, split.length - 1, 1, split.length, 2];
      const fresh = new TextLines(text);
      for (const i of asked) expect(new TextLines(text).has(i)).toBe(i >= 0 && i < split.length);
      for (const i of asked) expect(fresh.has(i)).toBe(i >= 0 && i < split.length);
      expect(fresh.length).toBe(split.length);
      for (const i of asked) expect(fresh.has(i)).toBe(i >= 0 && i < split.length);
    }
  });

  it('finds lines as the array does', () => {
    for (const text of TEXTS) {
      const split = text.split(/\r?\n/);
      const lines = new TextLines(text);
      for (const test of [(l: string) => l === '', (l: string) => l.endsWith('\r'), (l: string) => /^\s+Type:/.test(l), (l: string) => l === 'line 2999']) {
        expect(lines.findIndex(test)).toBe(split.findIndex(test));
        expect(lines.find(test)).toBe(split.find(test));
      }
    }
  });

  it('tests only the lines that contain a part as the array does with includes', () => {
    for (const text of TEXTS) {
      const split = text.split(/\r?\n/);
      const lines = new TextLines(text);
      for (const part of ['A', 'AB', 'Type', 'line 1', '\r', 'absent', 'b']) {
        for (const test of [() => true, (l: string) => l.trim().startsWith(part), (l: string) => l.endsWith(':')]) {
          expect(lines.someContaining(part, test)).toBe(split.some((l) => l.includes(part) && test(l)));
        }
      }
    }
  });
});

describe('LineStarts', () => {
  it('gives the start of every line and the line of every offset, asked in any order', () => {
    for (const text of TEXTS) {
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      const lineOf = (offset: number) => starts.filter((s) => s <= offset).length - 1;
      const asked = new LineStarts(text);
      // Far first, then near: what was indexed for the far one serves the near one.
      for (const offset of [text.length, 0, Math.floor(text.length / 2), 1]) {
        if (offset <= text.length) expect(asked.lineOf(offset)).toBe(lineOf(offset));
      }
      // Near first, then far, with line starts read in between: lineOf indexes the text only up
      // to the offset asked, start() and count on from there.
      const rising = new LineStarts(text);
      for (const offset of [0, 1, 2, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 1, text.length]) {
        if (offset < 0 || offset > text.length) continue;
        expect(rising.lineOf(offset), `${offset}`).toBe(lineOf(offset));
        const line = lineOf(offset);
        expect(rising.start(line)).toBe(starts[line]);
        expect(rising.start(line + 1)).toBe(starts[line + 1]);
      }
      expect(rising.count).toBe(starts.length);
      const fresh = new LineStarts(text);
      for (const i of [starts.length - 1, 0, starts.length, -1]) expect(fresh.start(i)).toBe(starts[i]);
      expect(fresh.count).toBe(starts.length);
      const other = new OffsetList(1);
      for (const s of starts) other.push(s);
      expect([...other.items.subarray(0, other.count)]).toEqual(starts);
    }
  });
});
