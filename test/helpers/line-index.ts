/** Checks a line index found on the way (by a parser or an offset pass) against a fresh one. */
import { expect } from 'vitest';
import { lineIndex, type LineColumnOf } from '../../src/parse/json.js';

/** `position` locates every offset of `text` (and one outside each end) as a fresh `lineIndex` does. */
export function expectLocatedAsFresh(position: LineColumnOf, text: string): void {
  const fresh = lineIndex(text);
  for (let offset = -1; offset <= text.length + 1; offset++) expect(position(offset), `${offset}`).toEqual(fresh(offset));
}
