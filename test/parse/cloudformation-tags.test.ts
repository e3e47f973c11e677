/**
 * The custom tags registered with the `yaml` package for a template (`customTagsFor`): those of
 * every short form the text writes, found in one pass that looks only for the names not found yet.
 * The tags registered never change the tree (an unregistered tag stays on its node), so the set is
 * checked here against the plain answer: one search per short form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customTagsFor, SHORT_FORMS } from '../../src/parse/cloudformation/tree.js';

/** The names whose tags are registered, in registration order. */
function registered(text: string): string[] {
  return [...new Set(customTagsFor(text).map((t) => t.tag.slice(1)))];
}

/** One search per short form, in the order of SHORT_FORMS (the order tags are registered in). */
function written(text: string): string[] {
  return SHORT_FORMS.filter((n) => text.includes(`!${n}`));
}

describe('customTagsFor', () => {
  it('registers the three tags (scalar, sequence, mapping) of each short form written, and no other', () => {
    const text = 'A: !Ref X\nB: !Select [0, !Cidr [!GetAtt V.CidrBlock, 4, 8]]\nC: !Ref Y\nD: !Equals [a, b]\n';
    expect(registered(text)).toEqual(['Ref', 'Cidr', 'GetAtt', 'Select', 'Equals']);
    expect(customTagsFor(text)).toHaveLength(15);
    expect(customTagsFor('a: b\n')).toEqual([]);
  });

  it('finds names written only after others were seen many times, and names that start alike', () => {
    const text = `${'x: !Ref A\n'.repeat(1000)}y: !Split [",", !Sub "a"]\nz: !Select [0, !GetAZs ""]\nw: !GetAtt A.B\n`;
    expect(registered(text)).toEqual(written(text));
    expect(registered(text)).toEqual(['Ref', 'GetAtt', 'GetAZs', 'Select', 'Split', 'Sub']);
  });

  it('gives the names one search per short form gives, on any text made of short forms', () => {
    const piece = fc.oneof(fc.constantFrom(...SHORT_FORMS.map((n) => `!${n}`)), fc.constantFrom(' ', '\n', '!', 'x', ': ', '!Re', '!Get'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(registered(text)).toEqual(written(text));
      }),
    );
  });
});
