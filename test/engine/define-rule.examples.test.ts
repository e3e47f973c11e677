import { describe, expect, it } from 'vitest';
import { examples } from '../../src/engine/define-rule.js';

describe('examples()', () => {
  it('reads [bad, good] as { bad, good } and keeps the formats in the order written', () => {
    const docs = examples({ cfn: ['positive-a.cfn.yaml', { file: 'negative-b.cfn.yaml', lines: [1, 9] }], tf: ['positive-a.tf', 'negative-b.tf'] });
    expect(docs).toEqual({
      examples: {
        cfn: { bad: 'positive-a.cfn.yaml', good: { file: 'negative-b.cfn.yaml', lines: [1, 9] } },
        tf: { bad: 'positive-a.tf', good: 'negative-b.tf' },
      },
    });
    expect(Object.keys(docs.examples)).toEqual(['cfn', 'tf']);
  });

  it('passes the object form (a note for a missing example) through as written', () => {
    const cfn = { good: 'negative-b.cfn.yaml', note: 'no template can be flagged.' };
    expect(examples({ cfn }).examples.cfn).toBe(cfn);
  });
});
