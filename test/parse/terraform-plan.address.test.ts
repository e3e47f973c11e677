import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import {
  canonicalKey,
  indexKeys,
  isResourceAddress,
  moduleInstancePrefix,
  parseResourceAddress,
  parseTraversal,
  plainModuleSteps,
  readEscaped,
  readQuoted,
  resourceAddressParts,
  resourceInModule,
  stepsToString,
  tokenizedResourceAddress,
} from '../../src/parse/terraform-plan/address.js';
import { ModuleInstances, ResourceIndex, mostSpecific, mostSpecificBySets, mostSpecificPairwise } from '../../src/parse/terraform-plan/resolve.js';

// parseResourceAddress reads plain addresses (keys without escapes) from one regex match instead
// of tokenizing them: both ways must give the same result for every address.
const EDGE_CASES = [
  'aws_vpc.a',
  'aws_vpc.a[0]',
  'aws_vpc.a[007]',
  'aws_vpc.a["k"]',
  'aws_vpc.a["a.b[0]"]',
  'aws_vpc.a["with space"]',
  'aws_vpc.a["new\nline"]',
  'aws_vpc.a["esc\\"aped"]',
  'aws_vpc.a["$${x}"]',
  'aws_vpc.a["100%"]',
  'data.aws_vpc.a',
  'data.aws_vpc.a[1]',
  'data.x',
  'data.data.x',
  'data.ephemeral.x',
  'ephemeral.x',
  'ephemeral.aws_x.y',
  'module.x',
  'module.x[0]',
  'module.a.b',
  'module.a.b.c',
  'module.a.aws_vpc.b',
  'module.a.data.x',
  'module.a.data.aws_vpc.b["k"]',
  'module.a[0].x',
  'module.a[0].x.y',
  'module.a["k"].module.b',
  'module.a.module.b',
  'module.a.module.b.aws_vpc.c',
  'module.module.module.x',
  'module.a["x].module.b["].aws_vpc.c',
  'module.vpc["vpc-0001"].aws_subnet.this["a"]',
  'module.vpc["vpc-0001"].module.sub[3].aws_route.r[12]',
  'module.a-b_c.aws_vpc.d-e',
  'aws_vpc.a.b',
  'aws_vpc',
  '',
  'aws_vpc.a[-1]',
  'aws_vpc.a[1.5]',
  '1aws.a',
];

function fixtureAddresses(): string[] {
  const out = new Set<string>();
  for (const file of fg.sync(['fixtures/**/*.plan.json', 'examples/**/*.json'], { ignore: ['**/node_modules/**'] })) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/"address"\s*:\s*("(?:[^"\\]|\\.)*")/g)) out.add(JSON.parse(m[1]!) as string);
  }
  return [...out];
}

describe('parseResourceAddress', () => {
  it.each(EDGE_CASES)('%j reads as the tokenizer reads it', (address) => {
    expect(parseResourceAddress(address)).toStrictEqual(tokenizedResourceAddress(address));
  });

  it('reads every address of the fixtures and examples as the tokenizer reads it', () => {
    const addresses = fixtureAddresses();
    expect(addresses.length).toBeGreaterThan(100);
    for (const address of addresses) expect(parseResourceAddress(address), address).toStrictEqual(tokenizedResourceAddress(address));
  });

  it('reads module keys as numbers and strings', () => {
    expect(parseResourceAddress('module.a["k"].module.b[2].aws_vpc.c["x"]')).toStrictEqual({
      modules: [{ name: 'a', key: 'k' }, { name: 'b', key: 2 }],
      mode: 'managed',
      type: 'aws_vpc',
      name: 'c',
      key: 'x',
    });
  });
});

// resourceAddressParts leaves a plain address's module part as text: read with plainModuleSteps, it
// gives what parseResourceAddress gives, and so does indexKeys' resource key.
describe('resourceAddressParts and indexKeys', () => {
  it.each([...EDGE_CASES, ...fixtureAddresses()])('%j reads as parseResourceAddress reads it', (address) => {
    const parsed = parseResourceAddress(address);
    const parts = resourceAddressParts(address);
    if (parsed === undefined) {
      expect(parts).toBeUndefined();
      return;
    }
    expect(parts).toBeDefined();
    const { modules, ...rest } = parsed;
    const partModules = parts !== undefined && 'prefix' in parts ? plainModuleSteps(parts.prefix) : parts!.modules;
    expect(partModules).toStrictEqual(modules);
    expect({ mode: parts!.mode, type: parts!.type, name: parts!.name, ...(parts!.key === undefined ? {} : { key: parts!.key }) }).toStrictEqual(rest);
    const keys = indexKeys(address)!;
    if (parts !== undefined && 'prefix' in parts) {
      // A plain address is indexed by its own text.
      expect(keys.resource + keys.instance).toBe(address);
      expect(keys.resource).toBe(parts.prefix + resourceInModule(parsed.mode, parsed.type, parsed.name));
    } else {
      expect(keys).toStrictEqual({
        resource: moduleInstancePrefix(modules) + resourceInModule(parsed.mode, parsed.type, parsed.name),
        instance: parsed.key === undefined ? '' : canonicalKey(parsed.key),
      });
    }
  });
});

// A plan without a configuration indexes nothing: its addresses are only checked, by a regex test
// that must accept what indexKeys reads.
describe('isResourceAddress', () => {
  const more = [
    'module.a.ephemeral.aws_x.y',
    'module.ephemeral.aws_x.y',
    'module.a["k"].ephemeral.x[0]',
    'module.a[0].data.ephemeral.y',
    'module.a.module.b.aws_vpc.ephemeral',
    'ephemeral.aws_x.y[0]',
    'aws_vpc.a[0][1]',
    'aws_vpc.a.',
    '',
  ];
  it.each([...EDGE_CASES, ...more, ...fixtureAddresses()])('%j is an address exactly when indexKeys reads it', (address) => {
    expect(isResourceAddress(address)).toBe(indexKeys(address) !== undefined);
  });
});

describe('ModuleInstances', () => {
  it('gives one instance per module instance, whatever the path to it', () => {
    const instances = new ModuleInstances();
    const a = instances.of([{ name: 'a', key: 'k' }, { name: 'b' }]);
    expect(instances.of([{ name: 'a', key: 'k' }, { name: 'b' }])).toBe(a);
    expect(instances.child(instances.of([{ name: 'a', key: 'k' }]), { name: 'b' })).toBe(a);
    expect(a.prefix).toBe('module.a["k"].module.b.');
    expect(a.names).toStrictEqual(['a', 'b']);
    expect(a.parent?.prefix).toBe('module.a["k"].');
  });

  it('tells keys apart as their canonical text does', () => {
    const instances = new ModuleInstances();
    const steps = [{ name: 'a', key: 1 }, { name: 'a', key: '1' }, { name: 'a' }, { name: 'b', key: 1 }];
    const made = steps.map((s) => instances.of([s]));
    expect(new Set(made).size).toBe(steps.length);
    for (const [i, s] of steps.entries()) expect(made[i]!.prefix).toBe(moduleInstancePrefix([s]));
    expect(instances.of([{ name: 'a', key: -0 }])).toBe(instances.of([{ name: 'a', key: 0 }]));
  });
});

describe('ResourceIndex', () => {
  it('keeps a resource without count or for_each as its one address, and finds it as a map of instances would', () => {
    const index = new ResourceIndex();
    index.add('aws_vpc.a', '', 'aws_vpc.a');
    expect(index.has('aws_vpc.a')).toBe(true);
    expect(index.has('aws_vpc.b')).toBe(false);
    expect(index.instance('aws_vpc.a', '')).toBe('aws_vpc.a');
    expect(index.instance('aws_vpc.a', '[0]')).toBeUndefined();
    expect(index.instance('aws_vpc.b', '')).toBeUndefined();
    expect(index.only('aws_vpc.a')).toBe('aws_vpc.a');
    expect(index.only('aws_vpc.b')).toBeUndefined();
  });

  it('keeps every instance of a resource with keys, and its only one when it has one', () => {
    const index = new ResourceIndex();
    index.add('aws_subnet.a', '[0]', 'aws_subnet.a[0]');
    expect(index.only('aws_subnet.a')).toBe('aws_subnet.a[0]');
    expect(index.instance('aws_subnet.a', '')).toBeUndefined();
    index.add('aws_subnet.a', '[1]', 'aws_subnet.a[1]');
    expect(index.instance('aws_subnet.a', '[0]')).toBe('aws_subnet.a[0]');
    expect(index.instance('aws_subnet.a', '[1]')).toBe('aws_subnet.a[1]');
    expect(index.only('aws_subnet.a')).toBeUndefined();
  });

  it('turns a single address into a map when another instance comes, the later of two same keys winning', () => {
    const index = new ResourceIndex();
    index.add('aws_vpc.a', '', 'aws_vpc.a');
    index.add('aws_vpc.a', '["k"]', 'aws_vpc.a["k"]');
    expect(index.instance('aws_vpc.a', '')).toBe('aws_vpc.a');
    expect(index.instance('aws_vpc.a', '["k"]')).toBe('aws_vpc.a["k"]');
    expect(index.only('aws_vpc.a')).toBeUndefined();
    const twice = new ResourceIndex();
    twice.add('aws_vpc.b', '', 'first');
    twice.add('aws_vpc.b', '', 'second');
    expect(twice.instance('aws_vpc.b', '')).toBe('second');
    expect(twice.only('aws_vpc.b')).toBe('second');
  });
});

// Short reference lists (nearly all) are compared pair by pair, long ones through sets: both
// ways must keep the same references, in the same order.
describe('mostSpecific', () => {
  const canonical = (texts: readonly string[]): { canon: string; text: string }[] =>
    texts.flatMap((text) => {
      const steps = parseTraversal(text);
      return steps === undefined ? [] : [{ canon: stepsToString(steps), text }];
    });

  /** Every `references` list of the fixtures' and examples' plans. */
  function referenceLists(): string[][] {
    const lists: string[][] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'references' && Array.isArray(v) && v.every((r) => typeof r === 'string')) lists.push(v as string[]);
          else walk(v);
        }
      }
    };
    for (const file of fg.sync(['fixtures/**/*.plan.json', 'examples/**/*.json'], { ignore: ['**/node_modules/**'] })) {
      walk((JSON.parse(readFileSync(file, 'utf8')) as { configuration?: unknown }).configuration);
    }
    return lists;
  }

  it('keeps the same references pair by pair as through sets, for every list of the fixtures', () => {
    const lists = referenceLists();
    expect(lists.length).toBeGreaterThan(100);
    for (const list of lists) {
      const refs = canonical(list);
      expect(mostSpecificPairwise(refs), list.join(' ')).toEqual(mostSpecificBySets(refs));
    }
  });

  it('drops duplicates and references another one extends by whole steps, both ways', () => {
    const cases: [string[], string[]][] = [
      [['aws_vpc.a.id', 'aws_vpc.a'], ['aws_vpc.a.id']],
      [['aws_vpc.a', 'aws_vpc.a.id'], ['aws_vpc.a.id']],
      [['aws_vpc.ab', 'aws_vpc.a'], ['aws_vpc.ab', 'aws_vpc.a']],
      [['aws_vpc.a["k"].id', 'aws_vpc.a["k"]', 'aws_vpc.a'], ['aws_vpc.a["k"].id']],
      [['aws_vpc.a[1]', 'aws_vpc.a[01]', 'aws_vpc.a'], ['aws_vpc.a[1]']],
      [['var.x', 'var.x', 'local.y', 'var.xy'], ['var.x', 'local.y', 'var.xy']],
      [['module.m.out', 'module.m', 'module.m["k"]'], ['module.m.out', 'module.m["k"]']],
      [Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `aws_subnet.s${i >> 1}.id` : `aws_subnet.s${i >> 1}`)), Array.from({ length: 6 }, (_, i) => `aws_subnet.s${i}.id`)],
    ];
    for (const [list, kept] of cases) {
      const refs = canonical(list);
      expect(mostSpecific(refs).map((r) => r.text), list.join(' ')).toEqual(kept);
      expect(mostSpecificPairwise(refs)).toEqual(mostSpecificBySets(refs));
    }
  });
});

// A key without a character that may start an escape is cut out of the text in one slice; every
// key must read as the character-by-character reader reads it.
describe('readQuoted', () => {
  it('reads every key as readEscaped does', () => {
    const texts = [
      '["vpc-0014"]',
      '[""]',
      '["a.b[0]"]',
      '["with space"]',
      '["esc\\"aped"]',
      '["back\\\\slash"]',
      '["$${x}"]',
      '["%%{y}"]',
      '["100%"]',
      '["cost $5"]',
      '["\\u00e9t\\x41\\101"]',
      '["unterminated',
      '["bad \\q escape"]',
      '["end\\',
      '["é ü 日本"]',
      ...EDGE_CASES,
    ];
    for (const text of texts) {
      for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) {
        expect(readQuoted(text, at), `${text} at ${at}`).toEqual(readEscaped(text, at));
      }
    }
  });
});
