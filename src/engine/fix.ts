/**
 * Fixes: the change a finding asks for, in the input's own language, ready to paste. A rule says
 * *what* to change in model terms (a `FixPlan`: add these routes, narrow this destination, remove
 * this connection, replace this range); this file writes it as Terraform or CloudFormation text and,
 * where the file's text shows where it goes, as line edits (`FixEdit`) that reporters turn into
 * SARIF `artifactChanges` and tests apply to the fixture before linting it again.
 *
 * Rules stay format-blind (they never see HCL or templates); only this renderer knows the syntax.
 * It never guesses: when a change cannot be written mechanically in the input's language (anything
 * in a child module whose text several instances share, an instance of a `for_each` whose map is
 * not a literal of the file, a value written over several lines), the finding carries no fix, and
 * the rule's prose remediation stands. A route
 * for the main table AWS creates with a VPC, which a template cannot name, comes with a table of
 * the template's own for the subnets that use the main table.
 * Plan JSON is written as the `.tf` of its resources (the configuration a person edits) with no
 * edits, since a plan has no lines to edit; `file` stays the plan until findings are mapped to
 * their `.tf` sources.
 */
import type { Cidr, PeeringConnection, Route, RouteTable, SourceResource, Subject } from '../model/types.js';
import type { Fix, FixEdit, FixLanguage } from './finding.js';
import { TextLines } from '../parse/lines.js';

/** A route to add: into `table`, for each of `destinations`, over `peering`. */
export interface RouteToAdd {
  readonly table: RouteTable;
  readonly destinations: readonly Cidr[];
  readonly peering: PeeringConnection;
}

/** What a rule proposes, in model terms. `description` says what and why, for people. */
export type FixPlan =
  /** NET201: the missing routes back, one per table (and destination). */
  | { readonly kind: 'addRoutes'; readonly description: string; readonly routes: readonly RouteToAdd[] }
  /** NET202/NET203: the route's destination narrowed to `destinations` (one route each); none: remove the route. */
  | { readonly kind: 'narrowRoute'; readonly description: string; readonly route: Route; readonly destinations: readonly Cidr[] }
  /** NET301: resources to delete (a duplicate connection, with its accepter and options). */
  | { readonly kind: 'removeResources'; readonly description: string; readonly resources: readonly SourceResource[] }
  /**
   * NET401: the world literal at `subject` replaced by a placeholder variable (parameter); `remove`:
   * rule resources deleted with it (the other halves of a split range, which the placeholder replaces).
   */
  | {
      readonly kind: 'placeholderCidr';
      readonly description: string;
      readonly subject: Subject;
      readonly literal: string;
      readonly family: 4 | 6;
      readonly remove?: readonly SourceResource[];
    }
  /** NET101/NET102: the range `old` at `subject` (a VPC's block) replaced by a free one, `cidr`. */
  | { readonly kind: 'replaceCidr'; readonly description: string; readonly subject: Subject; readonly old: Cidr; readonly cidr: Cidr };

/** What the renderer needs besides the plan: the lines of a linted file (indexed once per run). */
export interface FixContext {
  readonly lines: (file: string) => TextLines | undefined;
  /**
   * How many module instances the linted resources show writing this resource's block (its file
   * and line): 1 for a module called once; undefined when not known (no fix in a module then).
   */
  readonly instancesOf?: (resource: SourceResource) => number | undefined;
}

/**
 * A FixContext over the texts of the run's files (`textOf`, a lookup in what the readers read: the
 * engine reads no file), indexing each file's lines once (`TextLines`: a template of thousands of
 * resources is not split into as many line strings for the few lines a fix reads); `resources`,
 * the linted resources, tell how many module instances write each block.
 */
export function fixContext(
  textOf: (file: string) => string | undefined,
  resources?: () => Iterable<SourceResource>,
): FixContext {
  const cache = new Map<string, TextLines | undefined>();
  const lines = (file: string): TextLines | undefined => {
    if (!cache.has(file)) {
      const text = textOf(file);
      cache.set(file, text === undefined ? undefined : new TextLines(text));
    }
    return cache.get(file);
  };
  let blocks: Map<string, Set<string>> | undefined;
  const blockKey = (r: SourceResource): string => {
    const at = r.location();
    return `${at.file}\u0000${at.line}\u0000${localAddress(r.address).replace(/\[.*$/, '')}`;
  };
  return {
    lines,
    ...(resources === undefined
      ? {}
      : {
          instancesOf(resource: SourceResource): number | undefined {
            if (blocks === undefined) {
              blocks = new Map();
              for (const r of resources()) {
                const k = blockKey(r);
                const set = blocks.get(k) ?? new Set<string>();
                set.add(modulePrefix(r.address));
                blocks.set(k, set);
              }
            }
            return blocks.get(blockKey(resource))?.size;
          },
        }),
  };
}

/** Renders a rule's plan as a fix in the language of the file it belongs to, or undefined when not mechanical. */
export function renderFix(plan: FixPlan, ctx: FixContext): Fix | undefined {
  try {
    return inModuleSaid(plan, render(plan, ctx));
  } catch {
    // A fix is a courtesy: a file whose shape the renderer did not expect gets none, never a crash.
    return undefined;
  }
}

function render(plan: FixPlan, ctx: FixContext): Fix | undefined {
  switch (plan.kind) {
    case 'addRoutes':
      return addRoutes(plan.description, plan.routes, ctx);
    case 'narrowRoute':
      return narrowRoute(plan.description, plan.route, plan.destinations, ctx);
    case 'removeResources':
      return removeResources(plan.description, plan.resources, ctx);
    case 'placeholderCidr':
      return withRemoved(placeholderCidr(plan.description, plan.subject, plan.literal, plan.family, ctx), plan.remove ?? [], ctx);
    case 'replaceCidr':
      return replaceCidr(plan.description, plan.subject, plan.old, plan.cidr, ctx);
  }
}

/** A fix written in a child module's file (a module called once) says so: the edit is the module's. */
function inModuleSaid(plan: FixPlan, rendered: Fix | undefined): Fix | undefined {
  if (rendered === undefined) return undefined;
  const resource =
    plan.kind === 'addRoutes'
      ? (plan.routes[0] === undefined ? undefined : anchorOf(plan.routes[0].table))
      : plan.kind === 'narrowRoute'
        ? plan.route.subject.resource
        : plan.kind === 'removeResources'
          ? plan.resources[0]
          : plan.subject.resource;
  const prefix = resource === undefined || resource.format === 'cloudformation' ? '' : modulePrefix(resource.address);
  if (prefix === '') return rendered;
  const call = prefix.slice(0, -1);
  return { ...rendered, description: `${rendered.description} The fix edits the module's own file (${rendered.file}), which only ${call} instantiates.` };
}

// ---------------------------------------------------------------------------------------------
// Files, languages and addresses

interface Target {
  readonly language: FixLanguage;
  readonly file: string;
  /** The file's lines when edits can be placed in it (a .tf file or a template), else undefined (a plan). */
  readonly lines: TextLines | undefined;
}

/**
 * The file a resource is written in (a `.tf` resource's `file` is its module's directory; a plan
 * resource whose `.tf` sources were found is located in them, see parse/terraform-plan/sources.ts).
 */
function fileOf(resource: SourceResource): string {
  return resource.format === 'terraform-hcl' || inSources(resource) ? resource.location().file : resource.file;
}

/** A plan resource located in the `.tf` sources the plan was made from: its fix is written there. */
function inSources(resource: SourceResource): boolean {
  return resource.format === 'terraform-plan' && resource.origin?.() !== undefined;
}

function targetOf(resource: SourceResource, ctx: FixContext): Target | undefined {
  if (resource.format === 'terraform-plan' && !inSources(resource)) return { language: 'hcl', file: resource.file, lines: undefined };
  const file = fileOf(resource);
  const lines = ctx.lines(file);
  if (lines === undefined) return undefined;
  if (resource.format === 'terraform-hcl' || inSources(resource)) {
    // Terraform's JSON syntax (.tf.json) is not written by these renderers.
    return /\.json$/i.test(file) ? undefined : { language: 'hcl', file, lines };
  }
  if (resource.format === 'cloudformation') {
    const first = lines.find((l) => l.trim() !== '');
    return { language: first?.trimStart().startsWith('{') === true ? 'json' : 'yaml', file, lines };
  }
  return undefined;
}

const MODULE_PREFIX = /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)/;

/** `module.net.` of `module.net.aws_route.x`; empty in the root module. */
function modulePrefix(address: string): string {
  return MODULE_PREFIX.exec(address)?.[1] ?? '';
}

/**
 * Is the resource written in a child module whose text other instances share? The text of a
 * module is shared by every call of it (and every instance of a call), while a finding is about
 * one instance: a fix written there would change them all, and literal ranges in it would be right
 * for one. Such findings get no fix. A local module called once, without count or for_each, is
 * that one instance's text: its fix is written in the module's file. So is nothing of a module
 * `terraform init` installed (under .terraform/, not the repository's), nor of a plan whose
 * sources were not found.
 */
function inChildModule(resource: SourceResource, ctx: FixContext): boolean {
  const prefix = modulePrefix(resource.address);
  if (resource.format === 'cloudformation' || prefix === '') return false;
  if (prefix.includes('[')) return true;
  if (resource.format === 'terraform-plan' && (!inSources(resource) || resource.origin?.()?.moduleCalls.some((m) => m.installedSource !== undefined) !== false)) {
    return true;
  }
  if (/(^|\/)\.terraform\//.test(fileOf(resource))) return true;
  return ctx.instancesOf?.(resource) !== 1;
}

/** The address as written inside its own module (`aws_route_table.db`). */
function localAddress(address: string): string {
  return address.slice(modulePrefix(address).length);
}

/** A Terraform reference to an attribute of a resource, from inside its module. */
function hclRef(resource: SourceResource, attribute: string): string {
  return `${localAddress(resource.address)}.${attribute}`;
}

/** A name usable as a Terraform resource name or a CloudFormation logical ID, from parts. */
function nameFrom(parts: readonly string[], style: 'snake' | 'pascal'): string {
  const words = parts.flatMap((p) => p.split(/[^A-Za-z0-9]+/)).filter((w) => w !== '');
  if (style === 'snake') return words.map((w) => w.toLowerCase()).join('_').replace(/^(\d)/, 'r_$1');
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('').replace(/^(\d)/, 'R$1');
}

/** The resource's name without its type and module (`db_a` of `module.x.aws_route_table.db_a`). */
function resourceName(resource: SourceResource): string {
  const local = localAddress(resource.address).replace(/^data\./, '');
  return resource.format === 'cloudformation' ? local : local.slice(local.indexOf('.') + 1);
}

/** `base`, or `base_2` (`Base2` for a logical ID, which has no `_`) and so on when taken. */
function uniqueName(base: string, taken: TakenNames): string {
  if (!taken.has(base)) return base;
  const sep = base.includes('_') || /^[a-z]/.test(base) ? '_' : '';
  for (let i = 2; ; i++) if (!taken.has(`${base}${sep}${i}`)) return `${base}${sep}${i}`;
}

/** Names already used in the file: Terraform route names, or every key a template's lines start with. */
function namesIn(target: Target): TakenNames {
  const lines = target.lines;
  if (lines === undefined) return new TakenNames(undefined);
  // Every fix of a run that adds resources to a file asks: one FileNames per file and language.
  let byLanguage = namesOfLines.get(lines);
  if (byLanguage === undefined) namesOfLines.set(lines, (byLanguage = new Map()));
  let names = byLanguage.get(target.language);
  if (names === undefined) byLanguage.set(target.language, (names = new FileNames(lines, target.language)));
  return new TakenNames(names);
}

/** The names of a file's lines (`FixContext.lines` indexes each file once per run), by language. */
const namesOfLines = new WeakMap<TextLines, Map<FixLanguage, FileNames>>();

/** Names asked about one by one before the file's lines are searched for all of them at once. */
const NAMES_ASKED_ONE_BY_ONE = 8;

/**
 * The names a file's lines give (the pattern's capture on each line). A fix asks about a few
 * names (the one it would give, then `_2`, `_3`… when taken): each is first looked for on the
 * lines that contain it, which is several times faster than running the pattern on every line
 * of a large file; past a few names asked, every line's name is collected once.
 */
class FileNames {
  readonly #pattern: RegExp;
  readonly #asked = new Map<string, boolean>();
  #all: Set<string> | undefined;

  constructor(
    private readonly lines: TextLines,
    language: FixLanguage,
  ) {
    this.#pattern = language === 'hcl' ? /^\s*resource\s+"aws_route"\s+"([^"]+)"/ : /^\s*"?([A-Za-z0-9]+)"?\s*:/;
  }

  has(name: string): boolean {
    if (this.#all !== undefined) return this.#all.has(name);
    let found = this.#asked.get(name);
    if (found !== undefined) return found;
    if (this.#asked.size >= NAMES_ASKED_ONE_BY_ONE) {
      this.#all = new Set();
      for (let i = 0; i < this.lines.length; i++) {
        const m = this.#pattern.exec(this.lines.line(i)!);
        if (m !== null) this.#all.add(m[1]!);
      }
      return this.#all.has(name);
    }
    // A line whose name is `name` contains it.
    found = this.lines.someContaining(name, (line) => this.#pattern.exec(line)?.[1] === name);
    this.#asked.set(name, found);
    return found;
  }
}

/** The names one fix must not use: the file's, and those it has given to what it adds. */
class TakenNames {
  readonly #given = new Set<string>();

  constructor(private readonly inFile: FileNames | undefined) {}

  has(name: string): boolean {
    return this.#given.has(name) || this.inFile?.has(name) === true;
  }

  add(name: string): void {
    this.#given.add(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Where things are written: block extents from a resource's first line

/** The line (1-based) of the `}` that closes the HCL block opening at or after `startLine`. */
function hclBlockEnd(lines: TextLines, startLine: number): number | undefined {
  let depth = 0;
  let opened = false;
  let inComment = false;
  for (let i = startLine - 1; lines.has(i); i++) {
    const line = lines.line(i)!;
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inComment) {
        if (c === '*' && line[j + 1] === '/') {
          inComment = false;
          j++;
        }
        continue;
      }
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '#' || (c === '/' && line[j + 1] === '/')) break;
      else if (c === '/' && line[j + 1] === '*') {
        inComment = true;
        j++;
      } else if (c === '<' && line[j + 1] === '<') return undefined; // a heredoc: not scanned
      else if (c === '{') {
        depth++;
        opened = true;
      } else if (c === '}') {
        depth--;
        if (opened && depth === 0) return i + 1;
      }
    }
  }
  return undefined;
}

/** The line of the `}` that closes the JSON object opening at or after `startLine`. */
function jsonBlockEnd(lines: TextLines, startLine: number): number | undefined {
  let depth = 0;
  let opened = false;
  for (let i = startLine - 1; lines.has(i); i++) {
    const line = lines.line(i)!;
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') {
        depth++;
        opened = true;
      } else if (c === '}' || c === ']') {
        depth--;
        if (opened && depth === 0) return i + 1;
      }
    }
  }
  return undefined;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** The last line of the YAML mapping entry whose key is on `startLine` (its more-indented lines). */
function yamlBlockEnd(lines: TextLines, startLine: number): number {
  const indent = indentOf(lines.line(startLine - 1)!);
  let end = startLine;
  for (let i = startLine; lines.has(i); i++) {
    const line = lines.line(i)!;
    if (isBlankOrComment(line)) continue;
    if (indentOf(line) <= indent) break;
    end = i + 1;
  }
  return end;
}

/** First and last line of a resource's block. */
function blockOf(resource: SourceResource, target: Target): { start: number; end: number } | undefined {
  const lines = target.lines;
  if (lines === undefined) return undefined;
  const start = resource.location().line;
  if (start < 1 || !lines.has(start - 1)) return undefined;
  const end =
    target.language === 'hcl' ? hclBlockEnd(lines, start) : target.language === 'json' ? jsonBlockEnd(lines, start) : yamlBlockEnd(lines, start);
  return end === undefined ? undefined : { start, end };
}

/** A one-line attribute (`key = value`, `Key: value`, `"Key": value`) at `line`: its indentation and trailing comma. */
function oneLineAttribute(target: Target, line: number, key: string): { indent: string; comma: string; prefix: string } | undefined {
  const text = target.lines?.line(line - 1);
  if (text === undefined) return undefined;
  const indent = text.slice(0, indentOf(text));
  const body = text.trim();
  if (target.language === 'hcl') {
    const m = /^([A-Za-z0-9_-]+)(\s*=\s*)(.+)$/.exec(body);
    if (m === null || m[1] !== key || !balanced(m[3]!)) return undefined;
    return { indent, comma: '', prefix: `${m[1]}${m[2]}` };
  }
  if (target.language === 'yaml') {
    const m = /^(-\s+)?([A-Za-z0-9_]+)(:\s+)(\S.*)$/.exec(body);
    if (m === null || m[2] !== key || /^[|>]/.test(m[4]!)) return undefined;
    return { indent: indent + (m[1] ?? ''), comma: '', prefix: `${m[2]}${m[3]}` };
  }
  const m = /^"([A-Za-z0-9_]+)"(\s*:\s*)(.+?)(,?)$/.exec(body);
  if (m === null || m[1] !== key || !balanced(m[3]!)) return undefined;
  return { indent, comma: m[4]!, prefix: `"${m[1]}"${m[2]}` };
}

/** Are the brackets of a one-line value closed on that line (strings skipped)? */
function balanced(value: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && !inString;
}

function lastKey(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function fix(description: string, target: Target, text: string, edits: readonly FixEdit[]): Fix {
  return { description, language: target.language, file: target.file, text, edits: target.lines === undefined ? [] : edits };
}

// ---------------------------------------------------------------------------------------------
// NET201: add routes

interface RouteRendering {
  /** Where the text goes: inside the table (inline) or after this resource's block. */
  readonly inlineIn?: SourceResource;
  readonly after?: SourceResource;
  readonly text: string;
}

function addRoutes(description: string, routes: readonly RouteToAdd[], ctx: FixContext): Fix | undefined {
  if (routes.length === 0) return undefined;
  const first = routes[0]!;
  const anchor = anchorOf(first.table);
  if (anchor === undefined) return undefined;
  const target = targetOf(anchor, ctx);
  if (target === undefined) return undefined;
  const taken = namesIn(target);
  const rendered: RouteRendering[] = [];
  const tables = new Map<RouteTable, string>();
  for (const r of routes) {
    const a = anchorOf(r.table);
    if (a === undefined || fileOf(a) !== target.file || a.format !== anchor.format) return undefined;
    if (inChildModule(a, ctx) || inChildModule(r.peering.resource, ctx)) return undefined;
    for (const destination of r.destinations) {
      const one = target.language === 'hcl' ? hclRoute(r, destination, taken) : cfnRoute(r, destination, target, taken, tables);
      if (one === undefined) return undefined;
      rendered.push(one);
    }
  }
  // CloudFormation cannot name the main table AWS creates with a VPC: the fix makes a table of its
  // own for the subnets that use it, and says so.
  for (const [table, name] of tables) {
    const vpc = table.vpc.state === 'known' ? table.vpc.value.label : 'the VPC';
    const subnets = table.subnets.map((s) => s.resource.address).join(', ');
    description +=
      ` A template cannot add a route to the main route table AWS creates with ${vpc}, so the fix adds a route table, ${name}, ` +
      `with the route, and associates ${subnets} with it: ${table.subnets.length === 1 ? 'that subnet leaves' : 'those subnets leave'} the main table.`;
  }
  const text = rendered.map((r) => r.text).join('\n');
  if (target.lines === undefined) return fix(description, target, text, []);
  // One edit per place: inline blocks go before their table's closing line, resources after the
  // anchor's block (several into one place are joined).
  const byPlace = new Map<string, { line: number; texts: string[] }>();
  for (const r of rendered) {
    const res = r.inlineIn ?? r.after!;
    const block = blockOf(res, target);
    if (block === undefined) return undefined;
    const line = r.inlineIn !== undefined ? block.end : block.end + 1;
    const key = `${r.inlineIn !== undefined ? 'in' : 'after'}:${line}`;
    const place = byPlace.get(key) ?? { line, texts: [] };
    place.texts.push(r.text);
    byPlace.set(key, place);
  }
  const edits: FixEdit[] = [];
  for (const place of byPlace.values()) {
    if (target.language === 'json') {
      // After a JSON object member: the closing line gains a comma, the new members follow.
      const endLine = place.line - 1;
      const closing = target.lines.line(endLine - 1)!;
      const hadComma = closing.trimEnd().endsWith(',');
      const head = hadComma ? closing : `${closing.trimEnd()},`;
      const body = place.texts.map((t) => t.trimEnd()).join(',\n');
      edits.push({ text: `${head}\n${body}${hadComma ? ',' : ''}\n`, replace: { startLine: endLine, endLine } });
      continue;
    }
    // A blank line first, between what is there and what comes in.
    edits.push({ text: `\n${place.texts.join('\n')}`, insert: { line: place.line } });
  }
  return fix(description, target, text, edits);
}

/** The resource a new route is written beside: the table, or the VPC of an implicit main table. */
function anchorOf(table: RouteTable): SourceResource | undefined {
  if (!table.implicit) return table.resource;
  return table.vpc.state === 'known' ? table.vpc.value.resource : undefined;
}

/** Does the code write the table's routes inline (so a standalone route would fight them)? */
function writesInline(table: RouteTable): boolean {
  const w = table.writesInlineRoutes;
  if (w !== undefined && w.state === 'known') return w.value;
  return table.routes.some((r) => r.inline);
}

function hclAttrs(pairs: readonly (readonly [string, string])[], indent: string): string {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}\n`).join('');
}

function hclRoute(r: RouteToAdd, destination: Cidr, taken: TakenNames): RouteRendering | undefined {
  const table = r.table;
  const peering = hclRef(r.peering.resource, r.peering.resource.type === 'aws_vpc_peering_connection_accepter' ? 'vpc_peering_connection_id' : 'id');
  const v6 = destination.family === 6;
  if (table.implicit) {
    const vpc = anchorOf(table);
    if (vpc === undefined || vpc.mode === 'data') return undefined;
    const name = uniqueName(nameFrom([resourceName(vpc), 'main', 'to', resourceName(r.peering.resource)], 'snake'), taken);
    taken.add(name);
    return {
      after: vpc,
      text: `resource "aws_route" "${name}" {\n${hclAttrs(
        [
          ['route_table_id', hclRef(vpc, 'main_route_table_id')],
          [v6 ? 'destination_ipv6_cidr_block' : 'destination_cidr_block', JSON.stringify(destination.canonical)],
          ['vpc_peering_connection_id', peering],
        ],
        '  ',
      )}}\n`,
    };
  }
  const res = table.resource;
  if (res === undefined || res.mode === 'data') return undefined;
  if (writesInline(table)) {
    return {
      inlineIn: res,
      text: `  route {\n${hclAttrs(
        [
          [v6 ? 'ipv6_cidr_block' : 'cidr_block', JSON.stringify(destination.canonical)],
          ['vpc_peering_connection_id', peering],
        ],
        '    ',
      )}  }\n`,
    };
  }
  const name = uniqueName(nameFrom([resourceName(res), 'to', resourceName(r.peering.resource)], 'snake'), taken);
  taken.add(name);
  return {
    after: res,
    text: `resource "aws_route" "${name}" {\n${hclAttrs(
      [
        ['route_table_id', hclRef(res, 'id')],
        [v6 ? 'destination_ipv6_cidr_block' : 'destination_cidr_block', JSON.stringify(destination.canonical)],
        ['vpc_peering_connection_id', peering],
      ],
      '  ',
    )}}\n`,
  };
}

/** The indentation step of a template (that of its first resource key), two spaces when unknown. */
function cfnIndent(target: Target, resource: SourceResource): string {
  const line = target.lines?.line(resource.location().line - 1);
  const n = line === undefined ? 2 : indentOf(line);
  return ' '.repeat(target.language === 'json' ? Math.max(1, n / 2) : Math.max(1, n));
}

function cfnRoute(r: RouteToAdd, destination: Cidr, target: Target, taken: TakenNames, tables: Map<RouteTable, string>): RouteRendering | undefined {
  const table = r.table;
  if (table.implicit) return cfnMainTableRoute(r, destination, target, taken, tables);
  if (table.resource === undefined || table.resource.type !== 'AWS::EC2::RouteTable') return undefined;
  const res = table.resource;
  const name = uniqueName(nameFrom([res.address, 'To', r.peering.resource.address], 'pascal'), taken);
  taken.add(name);
  return { after: res, text: cfnResource(target, res, name, 'AWS::EC2::Route', routeProperties(res.address, r, destination)) };
}

/** The properties of an AWS::EC2::Route: [key, value, is a Ref]. */
function routeProperties(tableId: string, r: RouteToAdd, destination: Cidr): [string, string, boolean][] {
  return [
    ['RouteTableId', tableId, true],
    [destination.family === 6 ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock', destination.canonical, false],
    ['VpcPeeringConnectionId', r.peering.resource.address, true],
  ];
}

/** A resource of a template, indented like `like` (a resource of the template), in its language. */
function cfnResource(target: Target, like: SourceResource, name: string, type: string, properties: readonly [string, string, boolean][]): string {
  const step = cfnIndent(target, like);
  const base = ' '.repeat(indentOf(target.lines?.line(like.location().line - 1) ?? '  '));
  const i1 = base + step;
  const i2 = i1 + step;
  if (target.language === 'yaml') {
    return (
      `${base}${name}:\n${i1}Type: ${type}\n${i1}Properties:\n` +
      properties.map(([k, v, ref]) => `${i2}${k}: ${ref ? `!Ref ${v}` : v}\n`).join('')
    );
  }
  const props = properties.map(([k, v, ref]) => `${i2}"${k}": ${ref ? `{ "Ref": ${JSON.stringify(v)} }` : JSON.stringify(v)}`).join(',\n');
  return `${base}${JSON.stringify(name)}: {\n${i1}"Type": ${JSON.stringify(type)},\n${i1}"Properties": {\n${props}\n${i1}}\n${base}}\n`;
}

/**
 * A route for the main table AWS creates with a VPC, which a template cannot name (AWS::EC2::VPC
 * has no attribute for it): a route table of the template's own in that VPC (made once per table),
 * associated with each subnet the main table serves, and the route in it. None when the main table
 * serves no subnet of the template (there is nothing to move).
 */
function cfnMainTableRoute(r: RouteToAdd, destination: Cidr, target: Target, taken: TakenNames, tables: Map<RouteTable, string>): RouteRendering | undefined {
  const table = r.table;
  const vpc = anchorOf(table);
  if (vpc === undefined || vpc.type !== 'AWS::EC2::VPC' || table.subnets.length === 0) return undefined;
  if (table.subnets.some((s) => s.resource.format !== 'cloudformation' || s.resource.file !== vpc.file || s.explicitAssociation)) return undefined;
  const parts: string[] = [];
  let tableName = tables.get(table);
  if (tableName === undefined) {
    tableName = uniqueName(nameFrom([vpc.address, 'Peering', 'Table'], 'pascal'), taken);
    taken.add(tableName);
    tables.set(table, tableName);
    parts.push(cfnResource(target, vpc, tableName, 'AWS::EC2::RouteTable', [['VpcId', vpc.address, true]]));
    for (const subnet of table.subnets) {
      const name = uniqueName(nameFrom([subnet.resource.address, 'Peering', 'Table', 'Association'], 'pascal'), taken);
      taken.add(name);
      parts.push(
        cfnResource(target, vpc, name, 'AWS::EC2::SubnetRouteTableAssociation', [
          ['SubnetId', subnet.resource.address, true],
          ['RouteTableId', tableName, true],
        ]),
      );
    }
  }
  const name = uniqueName(nameFrom([tableName, 'To', r.peering.resource.address], 'pascal'), taken);
  taken.add(name);
  parts.push(cfnResource(target, vpc, name, 'AWS::EC2::Route', routeProperties(tableName, r, destination)));
  // JSON members are separated by commas (the placement adds the one before and after).
  const text = target.language === 'json' ? `${parts.map((p) => p.trimEnd()).join(',\n')}\n` : parts.join('');
  return { after: vpc, text };
}

// ---------------------------------------------------------------------------------------------
// NET202/NET203: narrow (or remove) a route

function narrowRoute(description: string, route: Route, destinations: readonly Cidr[], ctx: FixContext): Fix | undefined {
  const resource = route.subject.resource;
  if (inChildModule(resource, ctx)) return undefined;
  const target = targetOf(resource, ctx);
  if (target === undefined) return undefined;
  if (destinations.length === 0) return removeRoute(description, route, target, ctx);
  const [first, ...rest] = destinations as [Cidr, ...Cidr[]];
  // A route has one destination: the route keeps the first block, and each other block gets a
  // route of its own in the same table over the same connection (written as NET201's are).
  let others: Fix | undefined;
  if (rest.length > 0) {
    const table = route.routeTable.state === 'known' ? route.routeTable.value : undefined;
    const t = route.target;
    const peering = t.kind === 'peering' && t.peering.state === 'known' ? t.peering.value : undefined;
    if (table === undefined || peering === undefined) return undefined;
    others = addRoutes(description, [{ table, destinations: rest, peering }], ctx);
    if (others === undefined || others.file !== target.file) return undefined;
  }
  const more = others === undefined ? '' : `\n${others.text}`;
  const key = lastKey(route.destinationPath);
  if (key === undefined) return undefined;
  const value = target.language === 'hcl' || target.language === 'json' ? JSON.stringify(first.canonical) : first.canonical;
  if (target.lines === undefined) {
    const indent = route.inline ? '    ' : '  ';
    return fix(description, target, `${indent}${key} = ${value}\n${more}`, []);
  }
  const at = resource.attributeLocation(route.destinationPath);
  if (at === undefined) return undefined;
  const attr = oneLineAttribute(target, at.line, key);
  if (attr === undefined) return undefined;
  const text = `${attr.indent}${attr.prefix}${value}${attr.comma}\n`;
  return fix(description, target, `${text}${more}`, [{ text, replace: { startLine: at.line, endLine: at.line } }, ...(others?.edits ?? [])]);
}

function removeRoute(description: string, route: Route, target: Target, ctx: FixContext): Fix | undefined {
  const resource = route.subject.resource;
  if (!route.inline) return removeResources(description, [resource], ctx, target);
  // An inline route: its block inside the table.
  if (target.language !== 'hcl') return undefined;
  if (target.lines === undefined) {
    const table = route.routeTable.state === 'known' ? route.routeTable.value : undefined;
    if (table !== undefined && table.routes.filter((r) => r.inline).length === 1) return fix(lastRouteBlock(description), target, '  route = []\n', []);
    return fix(description, target, '', []);
  }
  const path = route.subject.path;
  if (path === undefined) return undefined;
  const at = resource.attributeLocation(path);
  if (at === undefined) return undefined;
  const end = hclBlockEnd(target.lines, at.line);
  if (end === undefined || !/^\s*route\s*\{/.test(target.lines.line(at.line - 1)!)) return undefined;
  // The last route block: with none left the provider stops managing the table's routes and keeps
  // the route (a plan shows no change), so the table says it has none.
  const table = blockOf(resource, target);
  if (table === undefined) return undefined;
  const blocks = target.lines.slice(table.start, table.end - 1).filter((l) => /^\s*route\s*\{/.test(l)).length;
  if (blocks === 1) {
    const text = `${target.lines.line(at.line - 1)!.slice(0, indentOf(target.lines.line(at.line - 1)!))}route = []\n`;
    return fix(lastRouteBlock(description), target, text, [
      { text, replace: { startLine: at.line, endLine: end } },
    ]);
  }
  const range = withBlankAround(target.lines, at.line, end);
  return fix(description, target, '', [{ text: '', replace: range }]);
}

function lastRouteBlock(description: string): string {
  return `${description} It is the table's only route block: route = [] removes it (with no route block, the provider leaves the table's routes as they are).`;
}

/** Lines start..end, plus the blank line before them (so no double blank line is left). */
function withBlankAround(lines: TextLines, start: number, end: number): { startLine: number; endLine: number } {
  if (start > 1 && lines.line(start - 2)!.trim() === '') return { startLine: start - 1, endLine: end };
  if (lines.has(end) && lines.line(end)!.trim() === '') return { startLine: start, endLine: end + 1 };
  return { startLine: start, endLine: end };
}

// ---------------------------------------------------------------------------------------------
// NET301: remove resources

function removeResources(description: string, resources: readonly SourceResource[], ctx: FixContext, given?: Target): Fix | undefined {
  if (resources.length === 0) return undefined;
  const target = given ?? targetOf(resources[0]!, ctx);
  if (target === undefined) return undefined;
  // An instance of count/for_each is an entry of its map or a count, not a block of its own: a
  // for_each instance whose map is a literal in the file loses its entry; others get no fix.
  if (resources.length === 1 && resources[0]!.address.endsWith(']') && target.lines !== undefined && !inChildModule(resources[0]!, ctx)) {
    return removeInstance(description, resources[0]!, target);
  }
  if (resources.some((r) => fileOf(r) !== target.file || localAddress(r.address).includes('[') || inChildModule(r, ctx))) return undefined;
  if (target.lines === undefined) return fix(description, target, '', []);
  const edits: FixEdit[] = [];
  for (const r of resources) {
    const block = blockOf(r, target);
    if (block === undefined) return undefined;
    const lines = target.lines;
    // Leading comment lines that describe the block go with it.
    let start = block.start;
    if (target.language !== 'json') {
      while (start > 1 && /^\s*(#|\/\/)/.test(lines.line(start - 2)!) && indentOf(lines.line(start - 2)!) === indentOf(lines.line(block.start - 1)!)) start--;
    }
    if (target.language === 'json') {
      const closing = lines.line(block.end - 1)!.trimEnd();
      if (!closing.endsWith(',')) {
        // The last member: the member before it loses its comma.
        let prev = block.start - 1;
        while (prev >= 1 && lines.line(prev - 1)!.trim() === '') prev--;
        const before = lines.line(prev - 1);
        if (before === undefined || !before.trimEnd().endsWith(',')) return undefined;
        edits.push({ text: `${before.trimEnd().slice(0, -1)}\n`, replace: { startLine: prev, endLine: block.end } });
        continue;
      }
      edits.push({ text: '', replace: { startLine: block.start, endLine: block.end } });
      continue;
    }
    edits.push({ text: '', replace: withBlankAround(lines, start, block.end) });
  }
  return fix(description, target, '', edits);
}

/**
 * A `for_each` instance removed by dropping its key from the map or set, where that is written as
 * a literal in the file: in the block (`for_each = toset(["a", "b"])`), or as the default of the
 * variable it names (`for_each = var.envs`). A one-line list loses the item; a literal written over
 * several lines loses the key's line (one line per entry). Anything else (a computed map, a count
 * instance, an entry over several lines) gets no fix.
 */
function removeInstance(description: string, resource: SourceResource, target: Target): Fix | undefined {
  const lines = target.lines!;
  const m = /\["((?:[^"\\]|\\.)*)"\]$/.exec(resource.address);
  if (m === null || target.language !== 'hcl' || fileOf(resource) !== target.file) return undefined;
  const key = JSON.parse(`"${m[1]!}"`) as string;
  const block = blockOf(resource, target);
  if (block === undefined) return undefined;
  let at: number | undefined;
  for (let i = block.start; i < block.end - 1 && at === undefined; i++) if (/^\s*for_each\s*=/.test(lines.line(i)!)) at = i + 1;
  if (at === undefined) return undefined;
  const value = lines.line(at - 1)!.replace(/^\s*for_each\s*=\s*/, '').replace(/\s*(#|\/\/).*$/, '').trim();
  let where = `the for_each of ${localAddress(resource.address).replace(/\[.*$/, '')}`;
  let line = at;
  let attr = 'for_each';
  const v = /^var\.([A-Za-z0-9_-]+)$/.exec(value);
  if (v !== null) {
    const decl = lines.findIndex((l) => new RegExp(`^\\s*variable\\s+"${v[1]!}"\\s*\\{`).test(l));
    if (decl < 0) return undefined;
    const end = hclBlockEnd(lines, decl + 1);
    if (end === undefined) return undefined;
    const d = lines.slice(decl, end).findIndex((l) => /^\s*default\s*=/.test(l));
    if (d < 0) return undefined;
    line = decl + d + 1;
    attr = 'default';
    where =
      `the default of var.${v[1]!} (its for_each; a value given for var.${v[1]!} elsewhere, in a .tfvars file or a module call, ` +
      'overrides that default: drop the key there)';
  }
  const edit = dropKey(lines, line, attr, key);
  if (edit === undefined) return undefined;
  return fix(`${description} ${resource.address} is the ${JSON.stringify(key)} instance: the fix drops that key from ${where}.`, target, edit.text, [edit]);
}

/** The line of the bracket that closes the list or map opening on `line` (strings skipped). */
function literalEnd(lines: TextLines, line: number): number | undefined {
  let depth = 0;
  for (let i = line - 1; lines.has(i); i++) {
    let inString = false;
    const l = lines.line(i)!;
    for (let j = 0; j < l.length; j++) {
      const c = l[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '#') break;
      else if (c === '[' || c === '{' || c === '(') depth++;
      else if (c === ']' || c === '}' || c === ')') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
  }
  return undefined;
}

/** The edit that drops `key` from the literal set, list or map assigned to `attr` at `line`. */
function dropKey(lines: TextLines, line: number, attr: string, key: string): FixEdit | undefined {
  const text = lines.line(line - 1)!;
  const m = new RegExp(`^(\\s*${attr}\\s*=\\s*)(toset\\()?\\[(.*)\\](\\))?\\s*$`).exec(text);
  if (m !== null) {
    if ((m[2] === undefined) !== (m[4] === undefined)) return undefined;
    const items = m[3]!.split(',').map((x) => x.trim()).filter((x) => x !== '');
    if (!items.every((x) => /^"(?:[^"\\]|\\.)*"$/.test(x))) return undefined;
    const kept = items.filter((x) => JSON.parse(x) !== key);
    if (kept.length !== items.length - 1) return undefined;
    const replaced = `${m[1]!}${m[2] ?? ''}[${kept.join(', ')}]${m[4] ?? ''}\n`;
    return { text: replaced, replace: { startLine: line, endLine: line } };
  }
  // Written over several lines, one entry a line: the key's line goes.
  if (!new RegExp(`^\\s*${attr}\\s*=\\s*(toset\\(\\s*)?[\\[{]\\s*$`).test(text)) return undefined;
  const end = literalEnd(lines, line);
  if (end === undefined) return undefined;
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `|${key}` : '';
  const entry = new RegExp(`^\\s*(?:${quoted}\\s*,?\\s*$|(?:${quoted}${bare})\\s*[=:]\\s*(.+?),?\\s*$)`);
  const hits: number[] = [];
  for (let i = line; i < end - 1; i++) {
    const e = entry.exec(lines.line(i)!);
    if (e !== null && (e[1] === undefined || balanced(e[1]))) hits.push(i + 1);
  }
  if (hits.length !== 1) return undefined;
  return { text: '', replace: { startLine: hits[0]!, endLine: hits[0]! } };
}

// ---------------------------------------------------------------------------------------------
// NET401: the world replaced by a placeholder

function placeholderCidr(description: string, subject: Subject, literal: string, family: 4 | 6, ctx: FixContext): Fix | undefined {
  const resource = subject.resource;
  const target = targetOf(resource, ctx);
  const path = subject.path;
  if (target === undefined || path === undefined || path.length === 0) return undefined;
  if (inChildModule(resource, ctx)) return undefined;
  const attrPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
  const key = lastKey(attrPath);
  if (key === undefined) return undefined;
  const value = resource.get(attrPath);
  if (value.state !== 'known') return undefined;
  // One placeholder per rule (`bastion_allowed_cidr`, `RdpAllowedCidr`): each rule's range is its own
  // decision, and the fixes of several findings in one file apply together without clashing.
  const inline = typeof path[0] === 'string' && typeof path[1] === 'number' && path[1] > 0 ? [path[0], String(path[1])] : [];
  const parts = [resourceName(resource), ...inline, 'allowed', ...(family === 6 ? ['ipv6'] : []), 'cidr'];
  const hclName = nameFrom(parts, 'snake');
  const cfnName = nameFrom(parts, 'pascal');
  const what = family === 6 ? 'IPv6 range' : 'IPv4 range';
  let rendered: string;
  if (target.language === 'hcl') {
    const ref = `var.${hclName}`;
    if (typeof value.value === 'string') {
      if (value.value !== literal) return undefined;
      rendered = ref;
    } else if (Array.isArray(value.value) && value.value.every((v) => typeof v === 'string')) {
      const items = (value.value as string[]).map((v) => (v === literal ? ref : JSON.stringify(v)));
      if (!items.includes(ref)) return undefined;
      rendered = `[${items.join(', ')}]`;
    } else {
      return undefined;
    }
  } else {
    if (value.value !== literal) return undefined;
    rendered = target.language === 'yaml' ? `!Ref ${cfnName}` : `{ "Ref": "${cfnName}" }`;
  }
  const declaration = declare(target, resource, hclName, cfnName, what);
  if (declaration === null) return undefined;
  if (target.lines === undefined) {
    const indent = attrPath.length > 1 ? '    ' : '  ';
    return fix(description, target, `${declaration?.text ?? ''}${indent}${key} = ${rendered}\n`, []);
  }
  const at = resource.attributeLocation(attrPath);
  if (at === undefined) return undefined;
  const attr = oneLineAttribute(target, at.line, key);
  // The literal must be written there (not a variable's or parameter's default elsewhere).
  if (attr === undefined || !target.lines.line(at.line - 1)!.includes(literal)) return undefined;
  const line = `${attr.indent}${attr.prefix}${rendered}${attr.comma}\n`;
  const edits: FixEdit[] = [{ text: line, replace: { startLine: at.line, endLine: at.line } }];
  if (declaration !== undefined) edits.push(declaration.edit!);
  edits.sort((a, b) => editLine(a) - editLine(b));
  return fix(description, target, `${declaration?.text ?? ''}${line}`, edits);
}

/** A fix plus the deletion of `resources` written in the same file (none when they cannot be deleted there). */
function withRemoved(base: Fix | undefined, resources: readonly SourceResource[], ctx: FixContext): Fix | undefined {
  if (base === undefined || resources.length === 0) return base;
  const removal = removeResources(base.description, resources, ctx);
  if (removal === undefined || removal.file !== base.file) return undefined;
  const edits = [...base.edits, ...removal.edits].sort((a, b) => editLine(a) - editLine(b));
  return { ...base, edits };
}

function editLine(e: FixEdit): number {
  return e.insert?.line ?? e.replace?.startLine ?? 0;
}

/**
 * The placeholder's declaration: a Terraform variable before the resource, or a template
 * Parameter; undefined when the file already declares it, null when it cannot be placed.
 */
function declare(
  target: Target,
  resource: SourceResource,
  hclName: string,
  cfnName: string,
  what: string,
): { text: string; edit?: FixEdit } | undefined | null {
  const lines = target.lines;
  const about = `The ${what} allowed to reach ${resource.address} (instead of the whole internet)`;
  if (target.language === 'hcl') {
    const text = `variable "${hclName}" {\n  description = ${JSON.stringify(about)}\n  type        = string\n}\n`;
    if (lines === undefined) return { text: `${text}\n` };
    const declared = new RegExp(`^\\s*variable\\s+"${hclName}"`);
    if (lines.someContaining(`"${hclName}"`, (l) => declared.test(l))) return undefined;
    // Above the resource and the comment lines that introduce it.
    let line = resource.location().line;
    while (line > 1 && /^\s*(#|\/\/)/.test(lines.line(line - 2)!)) line--;
    return { text: `${text}\n`, edit: { text: `${text}\n`, insert: { line } } };
  }
  if (lines === undefined) return null;
  if (target.language === 'yaml') {
    const declared = new RegExp(`^\\s+${cfnName}:\\s*$`);
    if (lines.someContaining(`${cfnName}:`, (l) => declared.test(l))) return undefined;
    const entry = `  ${cfnName}:\n    Type: String\n    Description: ${JSON.stringify(about)}\n`;
    const params = lines.findIndex((l) => /^Parameters:\s*$/.test(l));
    if (params >= 0) return { text: entry, edit: { text: entry, insert: { line: params + 2 } } };
    const res = lines.findIndex((l) => /^Resources:\s*$/.test(l));
    if (res < 0) return null;
    const text = `Parameters:\n${entry}`;
    return { text, edit: { text, insert: { line: res + 1 } } };
  }
  const quoted = `"${cfnName}"`;
  if (lines.someContaining(quoted, (l) => /:\s*\{/.test(l))) return undefined;
  const member = `"${cfnName}": { "Type": "String", "Description": ${JSON.stringify(about)} }`;
  const params = lines.findIndex((l) => /^\s*"Parameters"\s*:\s*\{\s*$/.test(l));
  if (params >= 0) {
    const indent = ' '.repeat(indentOf(lines.line(params)!) * 2);
    const text = `${indent}${member},\n`;
    return { text, edit: { text, insert: { line: params + 2 } } };
  }
  const res = lines.findIndex((l) => /^\s*"Resources"\s*:/.test(l));
  if (res < 0) return null;
  const indent = ' '.repeat(indentOf(lines.line(res)!));
  const text = `${indent}"Parameters": { ${member} },\n`;
  return { text, edit: { text, insert: { line: res + 1 } } };
}

// ---------------------------------------------------------------------------------------------
// NET101/NET102: a free range for a VPC block

function replaceCidr(description: string, subject: Subject, old: Cidr, cidr: Cidr, ctx: FixContext): Fix | undefined {
  const resource = subject.resource;
  const target = targetOf(resource, ctx);
  const path = subject.path;
  if (target === undefined || path === undefined) return undefined;
  const key = lastKey(path);
  if (key === undefined) return undefined;
  if (inChildModule(resource, ctx)) return undefined;
  const value = target.language === 'yaml' ? cidr.canonical : JSON.stringify(cidr.canonical);
  if (target.lines === undefined) return fix(description, target, `  ${key} = ${value}\n`, []);
  const at = resource.attributeLocation(path);
  if (at === undefined) return undefined;
  const attr = oneLineAttribute(target, at.line, key);
  // The range must be written there as a literal (not a variable's default, a mapping or a parameter).
  if (attr === undefined || !target.lines.line(at.line - 1)!.includes(old.text)) return undefined;
  const text = `${attr.indent}${attr.prefix}${value}${attr.comma}\n`;
  return fix(description, target, text, [{ text, replace: { startLine: at.line, endLine: at.line } }]);
}

/**
 * Applies a fix's edits to a file's text (bottom-up, so earlier line numbers hold): what a person
 * gets by pasting the fix where it says. Used by tests and by anything that previews a fix.
 */
export function applyFix(text: string, edits: readonly FixEdit[]): string {
  const lines = text.split('\n');
  const sorted = [...edits].sort((a, b) => editLine(b) - editLine(a));
  for (const e of sorted) {
    const add = e.text === '' ? [] : e.text.replace(/\n$/, '').split('\n');
    if (e.insert !== undefined) lines.splice(e.insert.line - 1, 0, ...add);
    else if (e.replace !== undefined) lines.splice(e.replace.startLine - 1, e.replace.endLine - e.replace.startLine + 1, ...add);
  }
  return lines.join('\n');
}
