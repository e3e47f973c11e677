import { describe, expect, it } from 'vitest';
import { cjsExports } from '../src/cjs-exports.js';

describe('cjsExports', () => {
  const parse = (): string => 'parsed';

  it('takes the exports from the namespace when Node put them there (tests, unbundled runs)', () => {
    const ns = { parse, default: { parse: () => 'other' } };
    expect(cjsExports(ns, 'parse', 'pkg')).toBe(ns);
  });

  it("takes them from default when the namespace has only that (a package in the CLI's split bundle)", () => {
    const inner = { parse };
    expect(cjsExports({ default: inner } as { parse?: () => string; default: { parse: () => string } }, 'parse', 'pkg')).toBe(inner);
  });

  it('names the package and the export when neither has it', () => {
    expect(() => cjsExports({ default: {} } as { parse?: () => string }, 'parse', '@cdktf/hcl2json')).toThrow(
      new Error('@cdktf/hcl2json has no parse export'),
    );
  });
});
