/**
 * Loads the configuration: `--config FILE`, or the first `.vpclint.yml`, `.vpclint.yaml` or
 * `.vpclint.json` found from the working directory upward (up to the repository root, the
 * directory holding `.git`, or the file system root). It is validated against the JSON schema of
 * config/schema.ts (config/validator.ts: compiled by the build, or by ajv), then checked for what a schema
 * cannot say (a rule named twice, an unknown rule in `ignore`, a date that does not exist, an ID
 * listed twice in the inventory). Every problem is a ConfigError naming the file, the line and
 * the key; the run stops (exit 2) before anything is linted.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import type { JsonSchema, Rule } from '../engine/define-rule.js';
import type { Severity } from '../engine/finding.js';
import type { Intent } from '../engine/intents.js';
import { isDate, type ExternalSuppression } from '../engine/suppress.js';
import { ConfigError } from '../errors.js';
import type { SourceResource } from '../parse/source.js';
import { ConfigResource, inventoryResources } from '../parse/inventory/index.js';
import { describeFsError, displayPath, readRegularFile } from '../files.js';
import { loadYaml } from '../parse/yaml-lib.js';
import { ConfigDocument, formatKey, type ConfigPath } from './document.js';
import { configSchema } from './schema.js';
import { schemaValidator } from './validator.js';

/** The names a configuration file may have, in the order they are looked for in a directory. */
export const CONFIG_NAMES: readonly string[] = ['.vpclint.yml', '.vpclint.yaml', '.vpclint.json'];

/** A loaded, checked configuration, ready for a run. */
export interface LoadedConfig {
  /** The file as shown to the user (relative to the working directory). */
  readonly file: string;
  /** Its directory, absolute: `include` and `exclude` are relative to it. */
  readonly dir: string;
  /** Severities by rule ID; `off` skips the rule. */
  readonly severities: ReadonlyMap<string, Severity | 'off'>;
  /** Options by rule ID: the defaults with the file's values over them, for rules that have options. */
  readonly ruleOptions: ReadonlyMap<string, unknown>;
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** The `ignore` entries. */
  readonly ignores: readonly ExternalSuppression[];
  /** The inventory's VPCs and route tables, as source resources of format `config`. */
  readonly inventory: readonly SourceResource[];
  /** The `intents` entries, checked (rule NET501 network-intent); their endpoints are resolved when the model is built. */
  readonly intents: readonly Intent[];
  /** The `ignore` entries, the `inventory` and the `intents` as the file writes them (for `--print-config`). */
  readonly written: { readonly ignore?: unknown; readonly inventory?: unknown; readonly intents?: unknown };
}

/**
 * The configuration file for a run started in `cwd`: the first name of CONFIG_NAMES in `cwd`, then
 * in each parent up to the repository root (the first directory holding `.git`, a directory or a
 * worktree's file) or the user's home directory, whichever comes first. Outside both, only `cwd`
 * is searched: a file in /tmp or / belongs to someone else and must not turn rules off. Two of the
 * names in one directory is an error: which one counts would be a guess.
 */
export function findConfigFile(cwd: string, home: string = os.homedir()): string | undefined {
  for (const dir of configDirectories(path.resolve(cwd), home)) {
    const found = CONFIG_NAMES.filter((name) => isFile(path.join(dir, name)));
    if (found.length > 1) {
      throw new ConfigError(`two configuration files in one directory: ${found.join(' and ')}`, {
        file: displayPath(path.join(dir, found[0] as string), cwd),
        hint: 'keep one of them',
      });
    }
    if (found.length === 1) return path.join(dir, found[0] as string);
  }
  return undefined;
}

/** The directories findConfigFile looks in, nearest first (see there). */
function configDirectories(start: string, home: string): string[] {
  const homes = new Set<string>();
  if (home !== '') {
    homes.add(path.resolve(home));
    try {
      homes.add(realpathSync(home));
    } catch {
      // a home directory that does not exist bounds nothing
    }
  }
  const dirs: string[] = [];
  for (let dir = start; ; ) {
    dirs.push(dir);
    if (homes.has(dir) || existsSync(path.join(dir, '.git'))) return dirs;
    const parent = path.dirname(dir);
    if (parent === dir) return [start];
    dir = parent;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface LoadConfigOptions {
  readonly cwd: string;
  /** `--config FILE` (relative to cwd); when absent, the file is looked for. */
  readonly file?: string;
  /** Every rule vpclint has. */
  readonly rules: readonly Rule[];
}

/** Loads the run's configuration, or undefined when there is none. Throws ConfigError. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig | undefined> {
  const absolute = options.file !== undefined ? path.resolve(options.cwd, options.file) : findConfigFile(options.cwd);
  if (absolute === undefined) return undefined;
  const file = displayPath(absolute, options.cwd);
  let text: string;
  try {
    text = readRegularFile(absolute).toString('utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the configuration file: ${describeFsError(error)}`, { file, cause: error });
  }
  return parseConfig(text, file, path.dirname(absolute), options.rules);
}

/** Checks and resolves a configuration file's text. Throws ConfigError. */
export async function parseConfig(text: string, file: string, dir: string, rules: readonly Rule[]): Promise<LoadedConfig> {
  await loadYaml();
  const doc = ConfigDocument.parse(text, file);
  const value = doc.value ?? {};
  await validate(doc, value, configSchema(rules), 'the configuration');

  const byName = new Map<string, Rule>();
  for (const r of rules) {
    byName.set(r.id, r);
    byName.set(r.name, r);
  }
  const config = value as {
    rules?: Record<string, string | { severity?: string; options?: Record<string, unknown> }>;
    include?: string[];
    exclude?: string[];
    ignore?: { rule: string | string[]; resource: string; reason: string; expires?: string }[];
    inventory?: unknown;
    intents?: IntentEntry[];
  };

  const severities = new Map<string, Severity | 'off'>();
  const ruleOptions = new Map<string, unknown>();
  const seen = new Map<string, string>();
  for (const [key, entry] of Object.entries(config.rules ?? {})) {
    const rule = byName.get(key) as Rule;
    const other = seen.get(rule.id);
    if (other !== undefined) {
      throw new ConfigError(`rules.${key}: ${rule.id} ${rule.name} is configured twice (also as ${other})`, {
        ...where(doc, ['rules', key]),
        hint: 'keep one entry per rule',
      });
    }
    seen.set(rule.id, key);
    const severity = typeof entry === 'string' ? entry : entry.severity;
    if (severity !== undefined) severities.set(rule.id, severity as Severity | 'off');
    if (typeof entry === 'object' && entry.options !== undefined && rule.options !== undefined) {
      ruleOptions.set(rule.id, { ...(rule.options.defaults as object), ...entry.options });
    }
  }

  const ignores: ExternalSuppression[] = [];
  (config.ignore ?? []).forEach((entry, i) => {
    const names = typeof entry.rule === 'string' ? [entry.rule] : entry.rule;
    const ids: string[] = [];
    names.forEach((name, j) => {
      const rule = byName.get(name) ?? byName.get(name.toUpperCase());
      const at: ConfigPath = typeof entry.rule === 'string' ? ['ignore', i, 'rule'] : ['ignore', i, 'rule', j];
      if (rule === undefined) {
        throw new ConfigError(`${formatKey(at)}: unknown rule "${name}"`, { ...where(doc, at, true), hint: 'name a rule by ID (NET401) or name (open-ingress)' });
      }
      if (!ids.includes(rule.id)) ids.push(rule.id);
    });
    if (entry.expires !== undefined && !isDate(entry.expires)) {
      const at: ConfigPath = ['ignore', i, 'expires'];
      throw new ConfigError(`${formatKey(at)}: ${entry.expires} is not a date`, { ...where(doc, at, true), hint: 'write the last day it holds as YYYY-MM-DD' });
    }
    const location = doc.locateValue(['ignore', i]);
    ignores.push({
      rules: ids,
      resource: entry.resource,
      reason: entry.reason.trim(),
      ...(entry.expires === undefined ? {} : { expires: entry.expires }),
      location,
      subject: new ConfigResource(doc, `ignore[${i}]`, 'vpclint:ignore', ['ignore', i], entry),
    });
  });

  checkInventoryIds(doc, config.inventory);
  const intents = readIntents(doc, config.intents ?? []);
  return {
    file,
    dir,
    severities,
    ruleOptions,
    include: config.include ?? [],
    exclude: config.exclude ?? [],
    ignores,
    inventory: inventoryResources(doc, config.inventory),
    intents,
    written: {
      ...(config.ignore === undefined ? {} : { ignore: config.ignore }),
      ...(config.inventory === undefined ? {} : { inventory: config.inventory }),
      ...(config.intents === undefined ? {} : { intents: config.intents }),
    },
  };
}

function where(doc: ConfigDocument, at: ConfigPath, value = false): { file: string; line: number; column?: number } {
  const loc = value ? doc.locateValue(at) : doc.locate(at);
  return loc.column === undefined ? { file: loc.file, line: loc.line } : { file: loc.file, line: loc.line, column: loc.column };
}

interface IntentEntry {
  name: string;
  from: string;
  to: string;
  protocol?: 'tcp' | 'udp' | 'icmp' | 'all';
  port?: number;
  expect: 'allow' | 'deny';
}

/**
 * The `intents`, after the schema: names are unique, TCP and UDP name a port, an ICMP type is at
 * most 255, `all` names none. Endpoints are resolved later, against the model (engine/intents.ts).
 */
function readIntents(doc: ConfigDocument, entries: readonly IntentEntry[]): Intent[] {
  const names = new Map<string, string>();
  return entries.map((entry, i) => {
    const name = entry.name.trim();
    const first = names.get(name);
    if (first !== undefined) {
      const at: ConfigPath = ['intents', i, 'name'];
      throw new ConfigError(`${formatKey(at)}: the intent "${name}" is named twice (first at ${first})`, { ...where(doc, at, true), hint: 'give each intent its own name' });
    }
    names.set(name, formatKey(['intents', i, 'name']));
    const protocol = entry.protocol ?? 'tcp';
    if ((protocol === 'tcp' || protocol === 'udp') && entry.port === undefined) {
      throw new ConfigError(`${formatKey(['intents', i])}: "port" is missing: a ${protocol.toUpperCase()} intent names its destination port`, {
        ...where(doc, ['intents', i], true),
        hint: protocol === 'tcp' && entry.protocol === undefined ? 'the protocol is tcp unless the intent says otherwise; set port, or protocol: all' : 'set port',
      });
    }
    if (protocol === 'icmp' && entry.port !== undefined && entry.port > 255) {
      const at: ConfigPath = ['intents', i, 'port'];
      throw new ConfigError(`${formatKey(at)}: ICMP type ${entry.port} is not between 0 and 255`, { ...where(doc, at, true) });
    }
    if (protocol === 'all' && entry.port !== undefined) {
      const at: ConfigPath = ['intents', i, 'port'];
      throw new ConfigError(`${formatKey(at)}: protocol all covers every port, so port says nothing`, { ...where(doc, at, true), hint: 'remove port, or name the protocol' });
    }
    return {
      name,
      from: entry.from.trim(),
      to: entry.to.trim(),
      protocol,
      ...(entry.port === undefined ? {} : { port: entry.port }),
      expect: entry.expect,
      location: doc.locateValue(['intents', i]),
      fromLocation: doc.locateValue(['intents', i, 'from']),
      toLocation: doc.locateValue(['intents', i, 'to']),
      subject: new ConfigResource(doc, `intents[${i}]`, 'vpclint:intent', ['intents', i], entry),
    };
  });
}

/** A VPC or route table ID listed twice would make two entities of one real thing. */
function checkInventoryIds(doc: ConfigDocument, inventory: unknown): void {
  const vpcs = (inventory as { vpcs?: { id: string; routeTables?: { id: string }[] }[] } | undefined)?.vpcs ?? [];
  const seen = new Map<string, string>();
  const once = (id: string, at: ConfigPath): void => {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ConfigError(`${formatKey(at)}: ${id} is listed twice in the inventory (first at ${first})`, { ...where(doc, at, true) });
    }
    seen.set(id, formatKey(at));
  };
  vpcs.forEach((vpc, i) => {
    once(vpc.id, ['inventory', 'vpcs', i, 'id']);
    (vpc.routeTables ?? []).forEach((t, j) => once(t.id, ['inventory', 'vpcs', i, 'routeTables', j, 'id']));
  });
}

// ---- schema validation

const TYPE_WORDS: Readonly<Record<string, string>> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
  null: 'empty',
};

function decodePath(pointer: string): ConfigPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a path of plain data, for messages. */
function valueAt(value: unknown, at: ConfigPath): unknown {
  let v = value;
  for (const part of at) {
    if (Array.isArray(v) && typeof part === 'number') v = v[part];
    else if (typeof v === 'object' && v !== null && Object.hasOwn(v, String(part))) v = (v as Record<string, unknown>)[String(part)];
    else return undefined;
  }
  return v;
}

/** One ajv error as a sentence about the key, and where it is. */
function describe(value: unknown, e: ErrorObject): { message: string; hint?: string; at: ConfigPath; key: boolean } {
  const at = decodePath(e.instancePath);
  const key = formatKey(at);
  const params = e.params as Record<string, unknown>;
  const schema = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const inner = [...at, name];
      if (at.length === 1 && at[0] === 'rules') {
        return { message: `rules.${name}: unknown rule "${name}"`, hint: 'name a rule by ID (NET401) or name (open-ingress)', at: inner, key: true };
      }
      const allowed = Object.keys(schema.properties ?? {});
      const list = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, ...` : allowed.join(', ');
      return {
        message: `${formatKey(inner)}: unknown key "${name}"`,
        hint: allowed.length === 0 ? 'nothing may be set here' : `allowed here: ${list}`,
        at: inner,
        key: true,
      };
    }
    case 'required':
      return { message: `${key}: "${String(params.missingProperty)}" is missing`, at, key: false };
    case 'type': {
      const types = String(params.type).split(',');
      const actual = valueAt(value, at);
      const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      if (at.length === 2 && at[0] === 'rules') {
        return { message: `${key}: must be a severity (error, warning, note, off) or a mapping with severity and options`, at, key: false };
      }
      const quote = types.includes('string') && typeof actual === 'number' ? `; quote it ("${String(actual)}"), or YAML reads it as a number` : '';
      return { message: `${key}: must be ${expected}${quote}`, at, key: false };
    }
    case 'enum':
      return { message: `${key}: must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}, not ${JSON.stringify(valueAt(value, at))}`, at, key: false };
    case 'pattern':
      if (params.pattern === '\\S') return { message: `${key}: must not be empty`, at, key: false };
      return { message: `${key}: ${JSON.stringify(valueAt(value, at))} is not ${schema.description ? lowerFirst(schema.description) : `of the form ${String(params.pattern)}`}`, at, key: false };
    case 'minimum':
    case 'maximum':
      return { message: `${key}: must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`, at, key: false };
    case 'minItems':
      return { message: `${key}: must not be an empty list`, at, key: false };
    case 'minLength':
      return { message: `${key}: must not be empty`, at, key: false };
    case 'uniqueItems':
      return { message: `${key}: lists the same value twice (items ${Math.min(Number(params.i), Number(params.j))} and ${Math.max(Number(params.i), Number(params.j))})`, at, key: false };
    default:
      return { message: `${key}: ${e.message ?? 'is not valid'}`, at, key: false };
  }
}

function lowerFirst(s: string): string {
  const text = s.replace(/\.$/, '');
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/**
 * Validates `value` against `schema`; throws a ConfigError for the first problem in the file (by
 * position), saying how many more there are.
 */
export async function validate(doc: ConfigDocument, value: unknown, schema: JsonSchema, what: string): Promise<void> {
  const check = await schemaValidator(schema);
  if (check(value)) return;
  // `if` only says which branch failed; the branch's own errors say what is wrong.
  const errors = (check.errors ?? []).filter((e) => e.keyword !== 'if');
  const described = errors.map((e) => describe(value, e));
  const located = described.map((d) => ({ ...d, loc: d.key ? doc.locate(d.at) : doc.locateValue(d.at) }));
  located.sort((a, b) => a.loc.line - b.loc.line || (a.loc.column ?? 0) - (b.loc.column ?? 0) || b.at.length - a.at.length);
  const first = located[0];
  if (first === undefined) throw new ConfigError(`${what} is not valid`, { file: doc.file });
  const others = new Set(located.slice(1).map((d) => d.message));
  others.delete(first.message);
  const more = others.size === 0 ? undefined : `${others.size} more ${others.size === 1 ? 'problem' : 'problems'} in this file after this one`;
  const hint = [first.hint, more].filter((x) => x !== undefined).join('; ');
  throw new ConfigError(first.message, { file: first.loc.file, line: first.loc.line, column: first.loc.column, ...(hint === '' ? {} : { hint }) });
}
