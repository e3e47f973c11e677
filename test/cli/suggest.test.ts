import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['--fial-on', '--fail-on', 2],
    ['NET41', 'NET401', 1],
    ['same', 'same', 0],
  ] as const)('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest', () => {
  const options = ['--fail-on', '--format', '--config', '--only', '--skip', '--rule', '--init'];
  it('names the nearest candidate within a third of the input length', () => {
    expect(closest('--fial-on', options)).toBe('--fail-on');
    expect(closest('--formt', options)).toBe('--format');
    expect(closest('--FORMAT', options)).toBe('--format');
  });

  it('names none when nothing is near (a guess would mislead)', () => {
    expect(closest('--nope', options)).toBeUndefined();
    expect(closest('--verbose', options)).toBeUndefined();
  });

  it('allows one edit in a short input, and takes the first of equally near candidates', () => {
    expect(closest('NET41', ['NET401', 'NET403'])).toBe('NET401');
    expect(closest('ab', ['xy'])).toBeUndefined();
  });
});
