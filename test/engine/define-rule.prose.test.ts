import { describe, expect, it } from 'vitest';
import { prose } from '../../src/engine/define-rule.js';

describe('prose``', () => {
  it('joins lines with one space, whatever the indentation after each break', () => {
    const text = prose`Route {route} sends {destination} over peering {peering}, but that range
      includes {thirdVpc}; peering is
        not transitive.`;
    expect(text).toBe('Route {route} sends {destination} over peering {peering}, but that range includes {thirdVpc}; peering is not transitive.');
  });

  it('keeps a one-line text, its escapes and its spaces within a line as written', () => {
    expect(prose`C's range:  \`0.0.0.0/0\` and \${x}.`).toBe("C's range:  `0.0.0.0/0` and ${x}.");
  });
});
