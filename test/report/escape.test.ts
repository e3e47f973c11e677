import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCommandData,
  escapeCommandProperty,
  escapeControl,
  escapeJsonOutput,
  escapeLines,
  escapeText,
  neutralizeCommands,
} from '../../src/report/escape.js';
import { RAW_CONTROL, workflowCommands } from '../helpers/workflow-commands.js';

describe('escapeControl', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['a\tb', 'a\\tb'],
    ['\u0000\u0007\u001b[2J', '\\x00\\x07\\x1b[2J'],
    ['del\u007f c1\u0085\u009b', 'del\\x7f c1\\x85\\x9b'],
    ['ls\u2028ps\u2029', 'ls\\u2028ps\\u2029'],
    ['\u202aa\u202b\u202c\u202d\u202eb', '\\u202aa\\u202b\\u202c\\u202d\\u202eb'],
    ['\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
    ['plain é ✓ 🔴 \\ backslash', 'plain é ✓ 🔴 \\ backslash'],
  ])('shows %j as %j', (input, expected) => {
    expect(escapeControl(input)).toBe(expected);
  });
});

describe('neutralizeCommands', () => {
  it.each([
    ['::stop-commands::pwnd', '\\x3a:stop-commands::pwnd'],
    ['  ::add-mask::x', '  \\x3a:add-mask::x'],
    ['\t\u00a0\u3000::error::x', '\t\u00a0\u3000\\x3a:error::x'],
    ['ok\n::error::forged\r::warning::w', 'ok\n\\x3a:error::forged\r\\x3a:warning::w'],
    ['x ##[add-mask]secret', 'x ##\\x5badd-mask]secret'],
    ['IPv6 ::/0 and a::b', 'IPv6 ::/0 and a::b'],
    [': one colon', ': one colon'],
  ])('makes %j inert as %j', (input, expected) => {
    expect(neutralizeCommands(input)).toBe(expected);
    expect(workflowCommands(neutralizeCommands(input))).toEqual([]);
  });
});

describe('escapeText', () => {
  it('turns any input into one line the runner reads no command from, without raw control characters', () => {
    const chars = fc.constantFrom('\n', '\r', '\t', ' ', '\u00a0', ':', '#', '[', ']', '%', ',', '\u001b', '\u0085', '\u2028', '\u202e', '\u2066', 'a', 'é');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.array(fc.string(), { maxLength: 3 }), (picked, extra) => {
        const input = [...picked, ...extra].join('');
        const shown = escapeText(input);
        expect(shown).not.toMatch(RAW_CONTROL);
        expect(shown).not.toMatch(/[\r\n]/);
        expect(workflowCommands(shown)).toEqual([]);
        // Inside a line of vpclint's own text too.
        expect(workflowCommands(`file.json:1  error  NET401  ${shown}`)).toEqual([]);
      }),
    );
  });
});

describe('escapeLines', () => {
  it("keeps vpclint's own line breaks and escapes everything else on each line", () => {
    expect(escapeLines('a.json:1:2: bad\u001b\n  ::hint ##[x]\n')).toBe('a.json:1:2: bad\\x1b\n  \\x3a:hint ##\\x5bx]\n');
  });
});

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeCommandData('50%\r\n::x')).toBe('50%25%0D%0A::x');
    expect(escapeCommandProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});

describe('escapeJsonOutput', () => {
  it('writes DEL, C1, line separators, bidi overrides and ##[ as \\u escapes, parsing to the same value', () => {
    const value = { s: 'a\u007f\u0085\u009b\u2028\u2029\u202e\u2066 ##[add-mask]x \u001b\n' };
    const json = escapeJsonOutput(JSON.stringify(value, null, 2));
    expect(json).toBe('{\n  "s": "a\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e\\u2066 ##\\u005badd-mask]x \\u001b\\n"\n}');
    expect(JSON.parse(json)).toEqual(value);
    expect(workflowCommands(json)).toEqual([]);
  });

  it('gives ASCII text without DEL or ##[ back as it is, and escapes it in every other text (the shortcut and the replacing pass agree)', () => {
    const replaced = (json: string): string =>
      json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).replaceAll('##[', '##\\u005b');
    for (const text of ['{"a": "plain ascii ~ text"}', '"a\u007fb"', '"##[x"', '"caf\u00e9"', '"\u0085"', '"a\u2028b"', '"\ud83d\ude00"', '"\ud800"', '']) {
      expect(escapeJsonOutput(text)).toBe(replaced(text));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = JSON.stringify({ s });
        expect(escapeJsonOutput(json)).toBe(replaced(json));
      }),
      { numRuns: 200 },
    );
  });

  it('never changes what the JSON parses to', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
        const doc = { value, s, t: `##[${s}` };
        const json = escapeJsonOutput(JSON.stringify(doc, null, 2));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
        expect(json).not.toMatch(RAW_CONTROL);
        expect(workflowCommands(json)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
