/**
 * The plan reader's type guards: `own` reads a property with one lookup, and must still see only
 * the input's own properties, whatever the key (the names of Object.prototype's members too).
 */
import { describe, expect, it } from 'vitest';
import { own } from '../../src/parse/terraform-plan/guards.js';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

describe('own', () => {
  it('does not see Object.prototype through a parsed object', () => {
    const parsed: unknown = JSON.parse('{"a": 1}');
    for (const key of PROTOTYPE_KEYS) expect(own(parsed, key), key).toBeUndefined();
  });

  it('reads keys named like Object.prototype members when the input has them', () => {
    const text = `{${PROTOTYPE_KEYS.map((k, i) => `${JSON.stringify(k)}: ${i % 2 === 0 ? `"v${i}"` : `{"n": ${i}}`}`).join(', ')}}`;
    const parsed: unknown = JSON.parse(text);
    PROTOTYPE_KEYS.forEach((key, i) => {
      expect(own(parsed, key), key).toStrictEqual(i % 2 === 0 ? `v${i}` : { n: i });
    });
  });

  it('gives what Object.hasOwn and a read give, for every kind of value', () => {
    const parsed = JSON.parse('{"s": "x", "n": 0, "f": false, "z": null, "l": [1], "o": {}, "__proto__": {"p": 1}}') as Record<string, unknown>;
    for (const key of [...Object.keys(parsed), 'missing', ...PROTOTYPE_KEYS]) {
      expect(own(parsed, key), key).toStrictEqual(Object.hasOwn(parsed, key) ? parsed[key] : undefined);
    }
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { toString: 'mine' });
    expect(own(nullProto, 'toString')).toBe('mine');
    expect(own(nullProto, 'valueOf')).toBeUndefined();
    expect(own([1, 2], 'length')).toBeUndefined();
    expect(own('text', 'length')).toBeUndefined();
    expect(own(null, 'a')).toBeUndefined();
  });
});
