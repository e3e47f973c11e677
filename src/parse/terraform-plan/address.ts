/**
 * Terraform addresses and references as step lists. Resource addresses (`module.a["x"].aws_vpc.b[0]`)
 * and configuration references (`aws_vpc.this["app"].cidr_block_associations[0].cidr_block`) share
 * one syntax; instance keys are quoted strings that may hold dots, brackets and escaped quotes,
 * so a split on "." is not enough. Keys are compared in a canonical form (`[0]`, `["a"]`) because
 * Terraform quotes addresses and references with slightly different escaping rules.
 */

export type Step =
  | { readonly kind: 'attr'; readonly name: string }
  | { readonly kind: 'index'; readonly key: string | number }
  /** `[*]`, `.*`, `[...]` or `[]`: an index the text does not give. */
  | { readonly kind: 'splat' };

export type InstanceKey = string | number;

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUM = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Splits a traversal into steps; undefined when the text is not one. */
export function parseTraversal(text: string): Step[] | undefined {
  const steps: Step[] = [];
  const n = text.length;
  IDENT.lastIndex = 0;
  const root = IDENT.exec(text);
  if (root === null) return undefined;
  steps.push({ kind: 'attr', name: root[0] });
  let i = root[0].length;
  while (i < n) {
    const c = text[i];
    if (c === '.') {
      i++;
      if (text[i] === '*') {
        steps.push({ kind: 'splat' });
        i++;
        continue;
      }
      IDENT.lastIndex = i;
      const id = IDENT.exec(text);
      if (id !== null) {
        steps.push({ kind: 'attr', name: id[0] });
        i += id[0].length;
        continue;
      }
      // Legacy `aws_vpc.this.0.id` index syntax.
      NUM.lastIndex = i;
      const num = NUM.exec(text);
      if (num === null || num[0].startsWith('-')) return undefined;
      steps.push({ kind: 'index', key: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (c === '[') {
      i++;
      if (text[i] === '"') {
        const s = readQuoted(text, i);
        if (s === undefined) return undefined;
        steps.push({ kind: 'index', key: s.value });
        i = s.end;
      } else if (text.startsWith('*', i) || text.startsWith('...', i) || text[i] === ']') {
        steps.push({ kind: 'splat' });
        i += text[i] === '*' ? 1 : text[i] === '.' ? 3 : 0;
      } else {
        NUM.lastIndex = i;
        const num = NUM.exec(text);
        if (num === null) return undefined;
        steps.push({ kind: 'index', key: Number(num[0]) });
        i += num[0].length;
      }
      if (text[i] !== ']') return undefined;
      i++;
      continue;
    }
    return undefined;
  }
  return steps;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '"': '"',
  '\\': '\\',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

/**
 * Reads a quoted key starting at the opening quote. Accepts Go `%q` escapes (references) and HCL
 * escapes (addresses: `$${` and `%%{` stand for `${` and `%{`). Exported for tests.
 */
export function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  // Most keys have no escape (`["vpc-0014"]`): up to the next quote, the text is the key, cut out
  // in one slice instead of built a character at a time.
  const close = text.indexOf('"', start + 1);
  if (close !== -1) {
    const body = text.slice(start + 1, close);
    if (!MAY_ESCAPE.test(body)) return { value: body, end: close + 1 };
  }
  return readEscaped(text, start);
}

// A character that may start an escape (`\"`, `$${`, `%%{`): the key is read by readEscaped.
const MAY_ESCAPE = /[\\$%]/;

/** readQuoted character by character, reading the escapes (exported for tests: both read every key alike). */
export function readEscaped(text: string, start: number): { value: string; end: number } | undefined {
  let out = '';
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') return { value: out, end: i + 1 };
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) return undefined;
      const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : undefined;
      if (simple !== undefined) {
        out += simple;
        i += 2;
        continue;
      }
      const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (width > 0) {
        const hex = text.slice(i + 2, i + 2 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        out += String.fromCodePoint(code);
        i += 2 + width;
        continue;
      }
      if (/[0-7]/.test(e)) {
        const oct = text.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(oct)) return undefined;
        out += String.fromCharCode(parseInt(oct, 8));
        i += 4;
        continue;
      }
      return undefined;
    }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') {
      out += c + '{';
      i += 3;
      continue;
    }
    out += c;
    i++;
  }
  return undefined;
}

/** `[0]` or `["a"]`: the form keys are compared in. */
export function canonicalKey(key: InstanceKey): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** A traversal in canonical text form (used for messages and prefix tests). */
export function stepsToString(steps: readonly Step[]): string {
  let out = '';
  for (const s of steps) {
    if (s.kind === 'attr') out += out === '' ? s.name : `.${s.name}`;
    else if (s.kind === 'index') out += canonicalKey(s.key);
    else out += '[*]';
  }
  return out;
}

export interface ModuleStep {
  readonly name: string;
  readonly key?: InstanceKey;
}

export interface ResourceAddress {
  readonly modules: readonly ModuleStep[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key?: InstanceKey;
}

/** Parses a resource instance address; undefined when it is not one (or has another mode). */
export function parseResourceAddress(text: string): ResourceAddress | undefined {
  // Most addresses are plain (keys without escapes): read from one regex match instead of
  // tokenizing them character by character; both ways give the same result
  // (test/parse/terraform-plan.address.test.ts).
  const plain = PLAIN_ADDRESS.exec(text);
  return plain === null ? tokenizedResourceAddress(text) : plainResourceAddress(plain);
}

/** parseResourceAddress by tokenizing the text: the general case (exported for tests). */
export function tokenizedResourceAddress(text: string): ResourceAddress | undefined {
  const steps = parseTraversal(text);
  if (steps === undefined) return undefined;
  const modules: ModuleStep[] = [];
  let i = 0;
  for (;;) {
    const s = steps[i];
    const next = steps[i + 1];
    // `module` followed by a name and then more steps is a module call; a resource type can
    // never be called "module", so this is unambiguous.
    if (s?.kind === 'attr' && s.name === 'module' && next?.kind === 'attr' && steps.length > i + 3) {
      const k = steps[i + 2];
      if (k?.kind === 'index') {
        modules.push({ name: next.name, key: k.key });
        i += 3;
      } else {
        modules.push({ name: next.name });
        i += 2;
      }
      continue;
    }
    break;
  }
  let mode: 'managed' | 'data' = 'managed';
  const first = steps[i];
  if (first?.kind === 'attr' && first.name === 'data') {
    mode = 'data';
    i++;
  } else if (first?.kind === 'attr' && first.name === 'ephemeral') {
    return undefined;
  }
  const type = steps[i];
  const name = steps[i + 1];
  if (type?.kind !== 'attr' || name?.kind !== 'attr') return undefined;
  i += 2;
  const key = steps[i];
  if (key === undefined) return { modules, mode, type: type.name, name: name.name };
  if (key.kind !== 'index' || i + 1 !== steps.length) return undefined;
  return { modules, mode, type: type.name, name: name.name, key: key.key };
}

/** `module.a["x"].module.b.` (empty for the root module). */
export function moduleInstancePrefix(modules: readonly ModuleStep[]): string {
  let out = '';
  for (const m of modules) out += `module.${m.name}${m.key === undefined ? '' : canonicalKey(m.key)}.`;
  return out;
}

/** `aws_vpc.a` or `data.aws_vpc.a`: a resource's address inside its module, without a key. */
export function resourceInModule(mode: 'managed' | 'data', type: string, name: string): string {
  return mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
}

/** Parses a module instance address (`module.a["x"].module.b`); `[]` for the empty string. */
export function parseModuleAddress(text: string): ModuleStep[] | undefined {
  if (text === '') return [];
  const steps = parseTraversal(text);
  if (steps === undefined) return undefined;
  const modules: ModuleStep[] = [];
  for (let i = 0; i < steps.length; ) {
    const m = steps[i];
    const name = steps[i + 1];
    if (m?.kind !== 'attr' || m.name !== 'module' || name?.kind !== 'attr') return undefined;
    const key = steps[i + 2];
    if (key?.kind === 'index') {
      modules.push({ name: name.name, key: key.key });
      i += 3;
    } else {
      modules.push({ name: name.name });
      i += 2;
    }
  }
  return modules;
}

// A resource instance address whose keys are integers or strings without escapes: its text is
// already in canonical form, so it can be indexed without tokenizing (the common case).
const PLAIN_ADDRESS =
  /^((?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?\.)*)((?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[(?:\d+|"[^"\\$%]*")\])?$/;

// PLAIN_ADDRESS without groups, and without a resource part that is ephemeral: an address it
// matches is a resource address (a plain address splits into module and resource parts one way
// only), told by a test that makes no match array and no group strings (isResourceAddress).
const PLAIN_RESOURCE_ADDRESS =
  /^(?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?\.)*(?!ephemeral\.)(?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\[(?:\d+|"[^"\\$%]*")\])?$/;

// One module step of a plain address's module prefix (PLAIN_ADDRESS group 1).
const PLAIN_MODULE_STEP = /module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+|"[^"\\$%]*")\])?\./y;

/** A plain key as parseTraversal reads it: digits are a number, a quoted key (no escapes) its text. */
function plainKey(text: string): InstanceKey {
  return text.startsWith('"') ? text.slice(1, -1) : Number(text);
}

/**
 * parseResourceAddress of an address PLAIN_ADDRESS matched. The regex also matches what
 * parseTraversal reads as no resource (`data.x`, `ephemeral.x`): those are undefined here too.
 */
function plainResourceAddress(m: RegExpExecArray): ResourceAddress | undefined {
  const resource = plainResource(m);
  return resource === undefined ? undefined : { modules: plainModuleSteps(m[1]!), ...resource };
}

/** The module steps of a plain address's module part (PLAIN_ADDRESS group 1). */
export function plainModuleSteps(prefix: string): ModuleStep[] {
  const modules: ModuleStep[] = [];
  PLAIN_MODULE_STEP.lastIndex = 0;
  while (PLAIN_MODULE_STEP.lastIndex < prefix.length) {
    const step = PLAIN_MODULE_STEP.exec(prefix)!;
    modules.push(step[2] === undefined ? { name: step[1]! } : { name: step[1]!, key: plainKey(step[2]) });
  }
  return modules;
}

type ResourcePart = Omit<ResourceAddress, 'modules'>;

/**
 * A resource address as parseResourceAddress reads it, but for a plain address with the text of
 * its module part (`module.a["x"].`, empty in the root module) instead of its steps: the same text
 * always reads as the same steps (plainModuleSteps), so a caller meeting many addresses of one
 * module instance reads them once.
 */
export type ResourceAddressParts = (ResourcePart & { readonly prefix: string }) | (ResourcePart & { readonly modules: readonly ModuleStep[] });

/** parseResourceAddress, leaving the module part of a plain address as text. */
export function resourceAddressParts(text: string): ResourceAddressParts | undefined {
  const plain = PLAIN_ADDRESS.exec(text);
  if (plain === null) return tokenizedResourceAddress(text);
  const r = plainResource(plain);
  if (r === undefined) return undefined;
  return r.key === undefined ? { prefix: plain[1]!, mode: r.mode, type: r.type, name: r.name } : { prefix: plain[1]!, mode: r.mode, type: r.type, name: r.name, key: r.key };
}

/** The resource part of a plain address (PLAIN_ADDRESS groups 2 and 3); undefined when it is none. */
function plainResource(m: RegExpExecArray): ResourcePart | undefined {
  const parts = m[2]!.split('.');
  let mode: 'managed' | 'data' = 'managed';
  if (parts[0] === 'data') {
    if (parts.length !== 3) return undefined;
    mode = 'data';
    parts.shift();
  } else if (parts[0] === 'ephemeral') {
    return undefined;
  }
  const [type, name] = parts as [string, string];
  const key = m[3];
  if (key === undefined) return { mode, type, name };
  return { mode, type, name, key: plainKey(key.slice(1, -1)) };
}

/** Whether the text is a resource instance address: `indexKeys(text) !== undefined`, without making the keys. */
export function isResourceAddress(text: string): boolean {
  return PLAIN_RESOURCE_ADDRESS.test(text) || parseResourceAddress(text) !== undefined;
}

/**
 * The keys a resource instance is indexed by: its resource in canonical form with module path
 * (`module.a["x"].aws_vpc.b`) and its canonical instance key (`[0]`, `["k"]`, or empty).
 * Undefined when the text is not a resource instance address.
 */
export function indexKeys(address: string): { readonly resource: string; readonly instance: string } | undefined {
  const m = PLAIN_ADDRESS.exec(address);
  if (m !== null && !m[2]!.startsWith('ephemeral.')) {
    // The address without its key (groups 1 and 2), sliced rather than joined: a lookup hashes
    // it without first copying a joined string, and an address without a key is used as it is
    // (already hashed by the reader's set of addresses).
    const key = m[3];
    return { resource: key === undefined ? address : address.slice(0, address.length - key.length), instance: key ?? '' };
  }
  const a = parseResourceAddress(address);
  if (a === undefined) return undefined;
  return {
    resource: moduleInstancePrefix(a.modules) + resourceInModule(a.mode, a.type, a.name),
    instance: a.key === undefined ? '' : canonicalKey(a.key),
  };
}
