/**
 * The configuration schema's validator that the build compiles (scripts/build-options.js,
 * `configValidatorSource`, written to dist/cli-config-validator.js) answers as the one ajv compiles
 * at run time (src/config/validator.ts): for the README's example configuration and one that sets every rule, and
 * for values made from them by putting arbitrary JSON at any one of their paths, both say valid or not and
 * report the same errors. The committed CLI uses it: a run with a configuration file loads
 * dist/cli-config-validator.js, never ajv (dist/cli-ajv.js), and reports a bad file as before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { configSchema } from '../../src/config/schema.js';
import { AJV_OPTIONS, schemaValidator, type PrecompiledValidator, type SchemaValidator } from '../../src/config/validator.js';
import { configValidatorSource } from '../../scripts/build-options.js';
import { repoRoot } from '../helpers/repo.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
/** Every YAML example of the README that is a configuration file (it sets rules, ignore, inventory or intents). */
const examples: unknown[] = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => {
    try {
      return parseYaml(m[1]!) as unknown;
    } catch {
      return undefined;
    }
  })
  .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && ['rules', 'ignore', 'inventory', 'intents'].some((k) => k in v));

/** A configuration that sets every rule: a severity, and for a rule with options its defaults. */
const everyRule = {
  rules: Object.fromEntries(rules.map((r, i) => [i % 2 === 0 ? r.id : r.name, r.options === undefined ? 'warning' : { severity: 'note', options: r.options.defaults }])),
};
const seeds = [...examples, everyRule];

/** The paths of a JSON value, to every value in it ([] is the whole). */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const own = [at];
  if (Array.isArray(v)) v.forEach((x, i) => own.push(...paths(x, [...at, i])));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) own.push(...paths(x, [...at, k]));
  return own;
}

/** A copy of `v` with `replacement` at `at`. */
function replaced(v: unknown, at: readonly (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as Record<string, unknown>) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, replacement);
  return copy;
}

let built: PrecompiledValidator;
let compiled: SchemaValidator;

beforeAll(async () => {
  const source = await configValidatorSource();
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', source)(module, module.exports, createRequire(path.join(repoRoot, 'package.json')));
  built = module.exports as PrecompiledValidator;
  compiled = new Ajv(AJV_OPTIONS).compile(configSchema(rules));
}, 60_000);

/** What a validator says of a value: valid or not, and its errors. */
function verdict(validate: SchemaValidator, value: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(value);
  return { valid, errors: valid ? null : validate.errors };
}

describe("the build's validator of the configuration schema", () => {
  it('was compiled from the schema of the current rule catalogue', () => {
    expect(built.schemaText).toBe(JSON.stringify(configSchema(rules)));
  });

  it('accepts the README example configuration and one that sets every rule, as ajv does', () => {
    expect(examples.map((e) => Object.keys(e as object))).toEqual([['rules', 'include', 'exclude', 'ignore', 'inventory', 'intents']]);
    for (const example of seeds) {
      expect(verdict(built.validate, example)).toEqual({ valid: true, errors: null });
      expect(verdict(compiled, example)).toEqual({ valid: true, errors: null });
    }
  });

  it('reports the same errors as ajv for arbitrary JSON at any path of an example', () => {
    const cases = fc.oneof(
      ...seeds.map((example) =>
        fc.tuple(fc.constant(example), fc.constantFrom(...paths(example)), fc.jsonValue({ maxDepth: 3 })).map(([e, at, v]) => replaced(e, at, v)),
      ),
    );
    fc.assert(
      fc.property(cases, (value) => {
        expect(verdict(built.validate, value)).toEqual(verdict(compiled, value));
      }),
      { numRuns: 400 },
    );
  });

  it('is used only for the schema it was compiled from (another rule catalogue gets ajv)', async () => {
    // In the sources there is no build: ajv compiles, and its answers are the same.
    const fromSources = await schemaValidator(configSchema(rules));
    expect(verdict(fromSources, { rules: { NET999: 'off' } })).toEqual(verdict(built.validate, { rules: { NET999: 'off' } }));
    const fewer = await schemaValidator(configSchema(rules.slice(1)));
    expect(fewer({ rules: { [rules[0]!.id]: 'off' } })).toBe(false);
    expect(built.validate({ rules: { [rules[0]!.id]: 'off' } })).toBe(true);
  });
});

describe('dist/cli.js with a configuration file', () => {
  const run = (config: string) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'vpclint-config-validator-'));
    try {
      writeFileSync(path.join(tmp, '.vpclint.yml'), config);
      const plan = path.join(repoRoot, 'examples', 'clean-peering', 'plan.json');
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--format', 'json', plan], {
        cwd: tmp,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, TMPDIR: tmp },
      });
      // The code cache (src/compile-cache.ts) keeps one file per file of dist/ the run loaded.
      const cacheDir = readdirSync(tmp).find((f) => f.startsWith('vpclint-compile-cache-'));
      const loaded = cacheDir === undefined ? [] : readdirSync(path.join(tmp, cacheDir)).map((f) => f.replace(/-[0-9a-f]{32}\.bin$/, '')).sort();
      return { status: r.status, stderr: r.stderr, loaded };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  };

  it.skipIf(process.getuid === undefined)('loads the compiled validator and not ajv, for a good file and a bad one', () => {
    expect(run('rules:\n  NET304: off\n')).toEqual({ status: 0, stderr: '', loaded: ['cli-config-validator', 'cli-main', 'cli-yaml'] });
    expect(run('rules:\n  NET999: off\n  NET001: wrong\n')).toEqual({
      status: 2,
      stderr:
        '.vpclint.yml:2:3: rules.NET999: unknown rule "NET999"\n' +
        '  name a rule by ID (NET401) or name (open-ingress); 1 more problem in this file after this one\n',
      loaded: ['cli-config-validator', 'cli-main', 'cli-yaml'],
    });
  });
});
