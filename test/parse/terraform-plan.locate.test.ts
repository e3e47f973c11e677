import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/parse/json.js';
import { AddressLocator } from '../../src/parse/terraform-plan/locate.js';

// AddressLocator scans a plan's text only as far as each request needs and indexes its lines only
// up to the furthest place asked for. Whatever the order of the requests, every answer must be the
// one a scan and a line index of the whole text give (`wholeTextLocations`, the locator as it was
// before it scanned lazily).

const ADDRESS = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
const RESOURCE_FOLLOWS = /\s*,\s*"(?:mode|module_address|previous_address)"/y;
const LOCATED_SECTIONS = new Set(['planned_values', 'prior_state', 'values']);

function keyPattern(key: string, flags = ''): RegExp {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${quoted}\\s*:\\s*`, flags);
}

function unescape(body: string): string | undefined {
  try {
    const v: unknown = JSON.parse(`"${body}"`);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Every address's place, from one scan of the whole text (best first, as the locator ranks them). */
function wholeTextLocations(text: string, sections: readonly string[]): (address: string) => { line: number; column: number } {
  const starts: number[] = [];
  const names: string[] = [];
  let from = 0;
  for (const key of sections) {
    const re = keyPattern(key, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) continue;
    starts.push(m.index);
    names.push(key);
    from = m.index + m[0].length;
  }
  const tiers = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  let s = -1;
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    while (s + 1 < starts.length && starts[s + 1]! <= m.index) s++;
    const section = s >= 0 ? names[s] : undefined;
    const inChanges = section === 'resource_changes';
    if (!inChanges && (section === undefined || !LOCATED_SECTIONS.has(section))) continue;
    RESOURCE_FOLLOWS.lastIndex = ADDRESS.lastIndex;
    const target = tiers[(RESOURCE_FOLLOWS.test(text) ? 0 : 2) + (inChanges ? 0 : 1)]!;
    const address = unescape(m[1]!);
    if (address !== undefined && !target.has(address)) target.set(address, m.index);
  }
  const lines = lineIndex(text);
  const bom = text.startsWith('\uFEFF');
  return (address) => {
    const offset = tiers[0]!.get(address) ?? tiers[1]!.get(address) ?? tiers[2]!.get(address) ?? tiers[3]!.get(address);
    if (offset === undefined) return { line: 1, column: 1 };
    const lc = lines(offset);
    return bom && lc.line === 1 ? { line: 1, column: Math.max(1, lc.column - 1) } : lc;
  };
}

/** Every string written as an `"address"` in the text, and a few that are not there. */
function addressesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) {
    const address = unescape(m[1]!);
    if (address !== undefined) found.add(address);
  }
  return [...found, 'aws_vpc.not_in_the_plan', ''];
}

function locator(text: string): AddressLocator {
  const l = new AddressLocator(text);
  l.setSections(Object.keys(JSON.parse(text.replace(/^\uFEFF/, '')) as object));
  return l;
}

/** A fixed shuffle (the same every run). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 12345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const PLANS = fg.sync(['fixtures/**/*.plan.json', 'examples/**/*.json', 'test/**/*.plan.json'], { ignore: ['**/node_modules/**'] }).filter((f) => {
  const text = readFileSync(f, 'utf8');
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && 'format_version' in json;
  } catch {
    return false;
  }
});

describe('AddressLocator', () => {
  it('finds plans to check', () => {
    expect(PLANS.length).toBeGreaterThan(50);
  });

  it('gives every address the place a scan of the whole text gives, in any order of requests', () => {
    for (const file of PLANS) {
      const text = readFileSync(file, 'utf8');
      const expected = wholeTextLocations(text, Object.keys(JSON.parse(text) as object));
      const addresses = addressesIn(text);
      for (const order of [addresses, [...addresses].reverse(), shuffled(addresses)]) {
        const l = locator(text);
        for (const address of order) expect(l.locate(address), `${file}: ${address}`).toEqual(expected(address));
      }
    }
  });

  it('ranks resource_changes first, then the values sections, then pairs not followed by a resource key', () => {
    const text = [
      '{',
      '  "planned_values": {"root_module": {"resources": [',
      '    {"address": "aws_vpc.a", "mode": "managed"},',
      '    {"address": "aws_vpc.b", "mode": "managed"},',
      '    {"values": {"address": "aws_vpc.c"}}',
      '  ]}},',
      '  "resource_changes": [',
      '    {"address": "aws_vpc.b", "mode": "managed"},',
      '    {"address": "aws_vpc.d", "other": 1},',
      '    {"address": "aws_vpc.c", "other": 1}',
      '  ],',
      '  "configuration": {"root_module": {"resources": [{"address": "aws_vpc.e", "mode": "managed"}]}}',
      '}',
    ].join('\n');
    const l = locator(text);
    expect(l.locate('aws_vpc.b')).toEqual({ line: 8, column: 6 });
    expect(l.locate('aws_vpc.a')).toEqual({ line: 3, column: 6 });
    expect(l.locate('aws_vpc.c')).toEqual({ line: 10, column: 6 });
    expect(l.locate('aws_vpc.d')).toEqual({ line: 9, column: 6 });
    expect(l.locate('aws_vpc.e')).toEqual({ line: 1, column: 1 });
    expect(l.keyLocation('configuration')).toEqual({ line: 12, column: 3 });
  });

  it('does not count a byte-order mark in the columns of line 1', () => {
    const text = '\uFEFF{"planned_values": {"root_module": {"resources": [{"address": "aws_vpc.a", "mode": "managed"}]}}}';
    expect(locator(text).locate('aws_vpc.a')).toEqual({ line: 1, column: 52 });
    expect(locator(text).valueLocation('planned_values')).toEqual({ line: 1, column: 20 });
  });
});
