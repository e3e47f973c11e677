/**
 * The expression half of HCL's native syntax. `@cdktf/hcl2json` turns a `.tf` file into JSON in
 * which every expression that is not a plain literal stays as text (`"${var.prefix}.0.0/16"`,
 * `"${cidrsubnet(var.cidr, 8, 1)}"`), as in Terraform's own JSON syntax. This parser turns that
 * text into a small AST: literals, templates (with `%{if}` / `%{for}` directives and `~` strip
 * markers), heredocs, references, indexing, splats, function calls, tuple and object constructors,
 * `for` expressions, conditionals and operators. It throws `HclSyntaxError` on anything else; the
 * caller turns that into an unknown value with the error as the reason.
 */

export type Expr =
  | { readonly k: 'lit'; readonly v: null | boolean | number | string }
  | { readonly k: 'tpl'; readonly parts: readonly TplPart[] }
  /** A template that is exactly one interpolation: its value is the expression's, unconverted. */
  | { readonly k: 'wrap'; readonly e: Expr }
  | { readonly k: 'var'; readonly name: string }
  | { readonly k: 'attr'; readonly obj: Expr; readonly name: string }
  | { readonly k: 'index'; readonly obj: Expr; readonly key: Expr }
  | { readonly k: 'splat'; readonly src: Expr; readonly each: Expr }
  /** The element a splat's traversal applies to. */
  | { readonly k: 'anon' }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
  | { readonly k: 'tuple'; readonly items: readonly Expr[] }
  | { readonly k: 'object'; readonly items: readonly { readonly key: Expr; readonly value: Expr }[] }
  | {
      readonly k: 'for';
      readonly keyVar: string | undefined;
      readonly valVar: string;
      readonly coll: Expr;
      readonly keyExpr: Expr | undefined;
      readonly valExpr: Expr;
      readonly cond: Expr | undefined;
      readonly group: boolean;
    }
  | { readonly k: 'cond'; readonly c: Expr; readonly t: Expr; readonly f: Expr }
  | { readonly k: 'unary'; readonly op: '!' | '-'; readonly e: Expr }
  | { readonly k: 'binary'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'paren'; readonly e: Expr };

export type TplPart =
  | { readonly k: 'str'; readonly s: string }
  | { readonly k: 'interp'; readonly e: Expr }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: readonly TplPart[]; readonly else: readonly TplPart[] }
  | { readonly k: 'for'; readonly keyVar: string | undefined; readonly valVar: string; readonly coll: Expr; readonly body: readonly TplPart[] };

/** A syntax error in an expression, with the offset in the text where it was found. */
export class HclSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'HclSyntaxError';
    this.offset = offset;
  }
}

/** How a template's literal text is written. */
type TemplateMode =
  /** A quoted string in native syntax: backslash escapes, ends at `"`. */
  | 'quoted'
  /** A string of Terraform's JSON syntax (what hcl2json emits), or heredoc text: no backslash escapes, ends at the end. */
  | 'raw';

// Nesting deeper than this is not real configuration; stop before the stack does.
const MAX_DEPTH = 200;

/**
 * Binary operators by precedence, loosest first; within a level, longest first, so that `<=` is
 * tried before `<` (sorted once here: `operator` looks them up at every level of every expression).
 */
const BINARY_LEVELS: readonly (readonly string[])[] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%']].map((ops) =>
  [...ops].sort((a, b) => b.length - a.length),
);

/** A token of the flat template sequence, before strip markers are applied and directives nested. */
type FlatPart =
  | { k: 'str'; s: string }
  | { k: 'interp'; e: Expr; sl: boolean; sr: boolean }
  | { k: 'dir'; kw: 'if' | 'else' | 'endif' | 'for' | 'endfor'; sl: boolean; sr: boolean; cond?: Expr; keyVar?: string; valVar?: string; coll?: Expr; at: number };

function isIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

class Parser {
  readonly src: string;
  pos = 0;
  depth = 0;

  constructor(src: string) {
    this.src = src;
  }

  fail(message: string, at = this.pos): never {
    throw new HclSyntaxError(message, at);
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail('the expression nests too deeply');
  }

  /** Skips spaces, newlines and comments. */
  skip(): void {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
      } else if (c === 35 || (c === 47 && s.charCodeAt(this.pos + 1) === 47)) {
        const nl = s.indexOf('\n', this.pos);
        this.pos = nl === -1 ? s.length : nl + 1;
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 42) {
        const end = s.indexOf('*/', this.pos + 2);
        if (end === -1) this.fail('unterminated comment');
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  peekChar(): string {
    this.skip();
    return this.src[this.pos] ?? '';
  }

  startsWith(text: string): boolean {
    this.skip();
    return this.src.startsWith(text, this.pos);
  }

  eat(text: string): boolean {
    if (this.startsWith(text)) {
      this.pos += text.length;
      return true;
    }
    return false;
  }

  expect(text: string): void {
    if (!this.eat(text)) this.fail(`expected "${text}"${this.pos < this.src.length ? ` but found "${this.src[this.pos]}"` : ' but the expression ended'}`);
  }

  /** An identifier at the current position (after skipping), or undefined. */
  ident(): string | undefined {
    this.skip();
    const s = this.src;
    if (!isIdStart(s.charCodeAt(this.pos))) return undefined;
    const start = this.pos;
    while (this.pos < s.length && isIdPart(s.charCodeAt(this.pos))) this.pos++;
    return s.slice(start, this.pos);
  }

  /** Looks at the identifier ahead without consuming it. */
  peekIdent(): string | undefined {
    const at = this.pos;
    const id = this.ident();
    this.pos = at;
    return id;
  }

  atEnd(): boolean {
    this.skip();
    return this.pos >= this.src.length;
  }

  expression(): Expr {
    this.enter();
    try {
      const c = this.binary(0);
      if (this.peekChar() === '?') {
        this.pos++;
        const t = this.expression();
        this.expect(':');
        const f = this.expression();
        return { k: 'cond', c, t, f };
      }
      return c;
    } finally {
      this.depth--;
    }
  }

  operator(level: number): string | undefined {
    this.skip();
    const s = this.src;
    // Longest first (BINARY_LEVELS): `<=` before `<`; `=>` and `==` are not `=` (which is not an operator).
    for (const op of BINARY_LEVELS[level] as readonly string[]) {
      if (!s.startsWith(op, this.pos)) continue;
      if ((op === '<' || op === '>') && s[this.pos + 1] === '=') continue;
      if (op === '<' && s[this.pos + 1] === '<') continue;
      if (op === '*' && s[this.pos + 1] === ']') continue;
      return op;
    }
    return undefined;
  }

  binary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (let op = this.operator(level); op !== undefined; op = this.operator(level)) {
      this.pos += op.length;
      const right = this.binary(level + 1);
      left = { k: 'binary', op, l: left, r: right };
    }
    return left;
  }

  unary(): Expr {
    const c = this.peekChar();
    if (c === '!' && this.src[this.pos + 1] !== '=') {
      this.pos++;
      this.enter();
      try {
        return { k: 'unary', op: '!', e: this.unary() };
      } finally {
        this.depth--;
      }
    }
    if (c === '-') {
      this.pos++;
      this.enter();
      try {
        return { k: 'unary', op: '-', e: this.unary() };
      } finally {
        this.depth--;
      }
    }
    return this.postfix(this.primary());
  }

  /** Traversals after a term: `.name`, `.0`, `[key]`, and the splats `[*]` / `.*`. */
  postfix(term: Expr): Expr {
    let e = term;
    for (;;) {
      const c = this.peekChar();
      if (c === '.') {
        const save = this.pos;
        this.pos++;
        this.skip();
        if (this.src[this.pos] === '*') {
          // An attribute-only splat: an index after it applies to the resulting list.
          this.pos++;
          e = { k: 'splat', src: e, each: this.splatTraversal(false) };
          continue;
        }
        const step = this.dotStep();
        if (step === undefined) {
          this.pos = save;
          return e;
        }
        e = typeof step === 'number' ? { k: 'index', obj: e, key: { k: 'lit', v: step } } : { k: 'attr', obj: e, name: step };
      } else if (c === '[') {
        const save = this.pos;
        this.pos++;
        if (this.eat('*')) {
          this.skip();
          if (this.src[this.pos] === ']') {
            this.pos++;
            e = { k: 'splat', src: e, each: this.splatTraversal(true) };
            continue;
          }
          this.pos = save + 1;
        }
        const key = this.expression();
        this.expect(']');
        e = { k: 'index', obj: e, key };
      } else {
        return e;
      }
    }
  }

  /** After a `.`: an attribute name, or the digits of a legacy index (`aws_vpc.a.0.id`). */
  dotStep(): string | number | undefined {
    const s = this.src;
    if (isDigit(s.charCodeAt(this.pos))) {
      const start = this.pos;
      while (isDigit(s.charCodeAt(this.pos))) this.pos++;
      return Number(s.slice(start, this.pos));
    }
    return this.ident();
  }

  /** The traversal a splat applies to each element: attributes (and, for `[*]`, indexes). */
  splatTraversal(full: boolean): Expr {
    let e: Expr = { k: 'anon' };
    for (;;) {
      const c = this.peekChar();
      if (c === '.') {
        const save = this.pos;
        this.pos++;
        this.skip();
        const step = this.src[this.pos] === '*' ? undefined : this.dotStep();
        if (step === undefined) {
          this.pos = save;
          return e;
        }
        e = typeof step === 'number' ? { k: 'index', obj: e, key: { k: 'lit', v: step } } : { k: 'attr', obj: e, name: step };
      } else if (c === '[' && full) {
        this.pos++;
        const key = this.expression();
        this.expect(']');
        e = { k: 'index', obj: e, key };
      } else {
        return e;
      }
    }
  }

  primary(): Expr {
    this.skip();
    const s = this.src;
    const at = this.pos;
    const c = s.charCodeAt(at);
    if (isDigit(c)) return this.number();
    if (c === 34 /* " */) {
      this.pos++;
      return this.template('quoted');
    }
    if (c === 60 /* < */ && s.charCodeAt(at + 1) === 60) return this.heredoc();
    if (c === 40 /* ( */) {
      this.pos++;
      const e = this.expression();
      this.expect(')');
      return { k: 'paren', e };
    }
    if (c === 91 /* [ */) {
      this.pos++;
      return this.tupleOrFor();
    }
    if (c === 123 /* { */) {
      this.pos++;
      return this.objectOrFor();
    }
    if (isIdStart(c)) {
      let name = this.ident() as string;
      // Provider-defined functions: provider::aws::arn_parse(...).
      while (s.startsWith('::', this.pos) && isIdStart(s.charCodeAt(this.pos + 2))) {
        this.pos += 2;
        name += `::${this.ident() as string}`;
      }
      if (this.peekChar() === '(') {
        this.pos++;
        return this.call(name);
      }
      if (name === 'true') return { k: 'lit', v: true };
      if (name === 'false') return { k: 'lit', v: false };
      if (name === 'null') return { k: 'lit', v: null };
      return { k: 'var', name };
    }
    if (at >= s.length) this.fail('expected an expression but the text ended');
    this.fail(`unexpected "${s[at]}" where an expression should start`);
  }

  number(): Expr {
    const s = this.src;
    const start = this.pos;
    while (isDigit(s.charCodeAt(this.pos))) this.pos++;
    if (s[this.pos] === '.' && isDigit(s.charCodeAt(this.pos + 1))) {
      this.pos++;
      while (isDigit(s.charCodeAt(this.pos))) this.pos++;
    }
    if (s[this.pos] === 'e' || s[this.pos] === 'E') {
      let p = this.pos + 1;
      if (s[p] === '+' || s[p] === '-') p++;
      if (isDigit(s.charCodeAt(p))) {
        while (isDigit(s.charCodeAt(p))) p++;
        this.pos = p;
      }
    }
    return { k: 'lit', v: Number(s.slice(start, this.pos)) };
  }

  call(name: string): Expr {
    const args: Expr[] = [];
    let expand = false;
    if (this.eat(')')) return { k: 'call', name, args, expand };
    for (;;) {
      args.push(this.expression());
      if (this.eat('...')) {
        expand = true;
        this.eat(',');
        this.expect(')');
        break;
      }
      if (this.eat(')')) break;
      this.expect(',');
      if (this.eat(')')) break;
    }
    return { k: 'call', name, args, expand };
  }

  isForStart(): boolean {
    const save = this.pos;
    const kw = this.ident();
    const next = kw === 'for' ? this.peekIdent() : undefined;
    this.pos = save;
    return kw === 'for' && next !== undefined;
  }

  /** `for k, v in coll :` — the common head of both `for` expressions. */
  forHead(): { keyVar: string | undefined; valVar: string; coll: Expr } {
    this.ident();
    const head = this.forVariables('expression');
    this.expect(':');
    return head;
  }

  /** `k, v in coll` (or `v in coll`) after `for`, in a for expression or a template directive. */
  forVariables(where: 'expression' | 'directive'): { keyVar: string | undefined; valVar: string; coll: Expr } {
    const first = this.ident();
    if (first === undefined) this.fail('expected a variable name after "for"');
    let keyVar: string | undefined;
    let valVar = first;
    if (this.eat(',')) {
      const second = this.ident();
      if (second === undefined) this.fail('expected a second variable name after ","');
      keyVar = first;
      valVar = second;
    }
    if (this.ident() !== 'in') this.fail(`expected "in" in a for ${where}`);
    return { keyVar, valVar, coll: this.expression() };
  }

  forCondition(): Expr | undefined {
    const save = this.pos;
    if (this.ident() === 'if') return this.expression();
    this.pos = save;
    return undefined;
  }

  tupleOrFor(): Expr {
    if (this.isForStart()) {
      const head = this.forHead();
      const valExpr = this.expression();
      const cond = this.forCondition();
      this.expect(']');
      return { k: 'for', ...head, keyExpr: undefined, valExpr, cond, group: false };
    }
    const items: Expr[] = [];
    while (!this.eat(']')) {
      items.push(this.expression());
      if (this.eat(']')) break;
      this.expect(',');
    }
    return { k: 'tuple', items };
  }

  objectOrFor(): Expr {
    if (this.isForStart()) {
      const head = this.forHead();
      const keyExpr = this.expression();
      this.expect('=>');
      const valExpr = this.expression();
      const group = this.eat('...');
      const cond = this.forCondition();
      this.expect('}');
      return { k: 'for', ...head, keyExpr, valExpr, cond, group };
    }
    const items: { key: Expr; value: Expr }[] = [];
    while (!this.eat('}')) {
      items.push(this.objectItem());
      // Items are separated by commas or newlines; newlines are skipped like spaces.
      this.eat(',');
    }
    return { k: 'object', items };
  }

  objectItem(): { key: Expr; value: Expr } {
    const save = this.pos;
    const id = this.ident();
    let key: Expr;
    if (id !== undefined && (this.startsWith('=') || this.startsWith(':')) && !this.startsWith('==') && !this.startsWith('::')) {
      // A bare identifier key is a literal string, not a reference.
      key = { k: 'lit', v: id };
    } else {
      this.pos = save;
      key = this.expression();
    }
    if (!this.eat('=') && !this.eat(':')) this.fail('expected "=" or ":" after an object key');
    return { key, value: this.expression() };
  }

  heredoc(): Expr {
    const s = this.src;
    this.pos += 2;
    const indented = s[this.pos] === '-';
    if (indented) this.pos++;
    const marker = this.ident();
    if (marker === undefined) this.fail('expected a heredoc marker after "<<"');
    const eol = s.indexOf('\n', this.pos);
    if (eol === -1 || s.slice(this.pos, eol).trim() !== '') this.fail('a heredoc marker must end its line');
    const lines: string[] = [];
    let p = eol + 1;
    for (;;) {
      if (p >= s.length) this.fail(`the heredoc has no closing ${marker} line`);
      const nl = s.indexOf('\n', p);
      const line = s.slice(p, nl === -1 ? s.length : nl);
      p = nl === -1 ? s.length : nl + 1;
      if (line.trim() === marker) break;
      lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
    this.pos = p;
    let body = lines;
    if (indented) {
      let min = Infinity;
      for (const l of lines) {
        if (l.trim() === '') continue;
        min = Math.min(min, l.length - l.trimStart().length);
      }
      if (min !== Infinity) body = lines.map((l) => l.slice(Math.min(min, l.length - l.trimStart().length)));
    }
    const text = body.map((l) => `${l}\n`).join('');
    return parseTemplate(text);
  }

  /**
   * A template: literal text, `${expr}` interpolations and `%{...}` directives. In `quoted` mode
   * it starts after the opening quote and ends at the closing one.
   */
  template(mode: TemplateMode): Expr {
    const s = this.src;
    const flat: FlatPart[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') flat.push({ k: 'str', s: text });
      text = '';
    };
    for (;;) {
      if (this.pos >= s.length) {
        if (mode === 'quoted') this.fail('the string has no closing quote');
        break;
      }
      const ch = s[this.pos] as string;
      if (mode === 'quoted' && ch === '"') {
        this.pos++;
        break;
      }
      if (mode === 'quoted' && (ch === '\n' || ch === '\r')) this.fail('a quoted string cannot span lines');
      if (mode === 'quoted' && ch === '\\') {
        text += this.escape();
        continue;
      }
      if ((ch === '$' || ch === '%') && s[this.pos + 1] === ch && s[this.pos + 2] === '{') {
        text += `${ch}{`;
        this.pos += 3;
        continue;
      }
      if (ch === '$' && s[this.pos + 1] === '{') {
        flush();
        this.pos += 2;
        const sl = this.stripMarker();
        const e = this.expression();
        const sr = this.closeSequence();
        flat.push({ k: 'interp', e, sl, sr });
        continue;
      }
      if (ch === '%' && s[this.pos + 1] === '{') {
        flush();
        const at = this.pos;
        this.pos += 2;
        flat.push(this.directive(at));
        continue;
      }
      text += ch;
      this.pos++;
    }
    flush();
    return buildTemplate(flat, this);
  }

  stripMarker(): boolean {
    this.skip();
    if (this.src[this.pos] === '~') {
      this.pos++;
      return true;
    }
    return false;
  }

  /** The end of `${...}` or `%{...}`: an optional `~`, then `}`. Returns whether `~` was there. */
  closeSequence(): boolean {
    const sr = this.stripMarker();
    this.expect('}');
    return sr;
  }

  directive(at: number): FlatPart {
    const sl = this.stripMarker();
    const kw = this.ident();
    switch (kw) {
      case 'if': {
        const cond = this.expression();
        return { k: 'dir', kw, sl, sr: this.closeSequence(), cond, at };
      }
      case 'for': {
        const { keyVar, valVar, coll } = this.forVariables('directive');
        return { k: 'dir', kw, sl, sr: this.closeSequence(), keyVar, valVar, coll, at };
      }
      case 'else':
      case 'endif':
      case 'endfor':
        return { k: 'dir', kw, sl, sr: this.closeSequence(), at };
      default:
        this.fail(`"${kw ?? ''}" is not a template directive (if, else, endif, for, endfor)`, at);
    }
  }

  escape(): string {
    const s = this.src;
    const c = s[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const n = c === 'u' ? 4 : 8;
        const hex = s.slice(this.pos, this.pos + n);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail(`\\${c} needs ${n} hexadecimal digits`, this.pos - 2);
        this.pos += n;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) this.fail(`\\${c}${hex} is not a Unicode character`, this.pos - n - 2);
        return String.fromCodePoint(code);
      }
      default:
        this.fail(`"\\${c ?? ''}" is not a valid escape sequence`, this.pos - 2);
    }
  }
}

/** Applies `~` strip markers to the literal text beside each sequence, then nests directives. */
function buildTemplate(flat: FlatPart[], parser: Parser): Expr {
  for (let i = 0; i < flat.length; i++) {
    const p = flat[i] as FlatPart;
    if (p.k === 'str') continue;
    const before = flat[i - 1];
    const after = flat[i + 1];
    if (p.sl && before?.k === 'str') before.s = before.s.trimEnd();
    if (p.sr && after?.k === 'str') after.s = after.s.trimStart();
  }
  let i = 0;
  const parts = (until: readonly string[]): { parts: TplPart[]; end: FlatPart | undefined } => {
    const out: TplPart[] = [];
    while (i < flat.length) {
      const p = flat[i++] as FlatPart;
      if (p.k === 'str') {
        if (p.s !== '') out.push({ k: 'str', s: p.s });
      } else if (p.k === 'interp') {
        out.push({ k: 'interp', e: p.e });
      } else if (until.includes(p.kw)) {
        return { parts: out, end: p };
      } else if (p.kw === 'if') {
        const then = parts(['else', 'endif']);
        let otherwise: TplPart[] = [];
        if (then.end?.k === 'dir' && then.end.kw === 'else') otherwise = parts(['endif']).parts;
        else if (then.end === undefined) parser.fail('%{if} has no %{endif}', p.at);
        out.push({ k: 'if', cond: p.cond as Expr, then: then.parts, else: otherwise });
      } else if (p.kw === 'for') {
        const body = parts(['endfor']);
        if (body.end === undefined) parser.fail('%{for} has no %{endfor}', p.at);
        out.push({ k: 'for', keyVar: p.keyVar, valVar: p.valVar as string, coll: p.coll as Expr, body: body.parts });
      } else {
        parser.fail(`%{${p.kw}} without a matching opening directive`, p.at);
      }
    }
    return { parts: out, end: undefined };
  };
  const result = parts([]).parts;
  if (result.length === 0) return { k: 'lit', v: '' };
  if (result.length === 1) {
    const only = result[0] as TplPart;
    if (only.k === 'str') return { k: 'lit', v: only.s };
    if (only.k === 'interp') return { k: 'wrap', e: only.e };
  }
  return { k: 'tpl', parts: result };
}

/** Parses one expression in native syntax (the text inside `${...}`, or a `--var` value). */
export function parseExpression(text: string): Expr {
  const p = new Parser(text);
  const e = p.expression();
  if (!p.atEnd()) p.fail(`unexpected "${text[p.pos]}" after the end of the expression`);
  return e;
}

/**
 * Parses a string of Terraform's JSON syntax, as hcl2json emits every string: a template whose
 * literal text has no escapes except `$${` and `%%{`. A string without sequences is a literal.
 */
export function parseTemplate(text: string): Expr {
  if (!text.includes('{')) return { k: 'lit', v: text };
  return parseOneReference(text) ?? parseTemplateInFull(text);
}

/**
 * The tree of a template that is one reference written plainly (`${aws_vpc.a.id}`, `${var.cidr}`:
 * most strings of a configuration), made directly as the parser would make it
 * (test/parse/terraform-hcl.syntax.test.ts); undefined for any other text.
 */
export function parseOneReference(text: string): Expr | undefined {
  const reference = ONE_REFERENCE.exec(text);
  if (reference === null) return undefined;
  const [root, ...steps] = (reference[1] as string).split('.') as [string, ...string[]];
  if (root === 'true' || root === 'false' || root === 'null') return undefined;
  let e: Expr = { k: 'var', name: root };
  for (const name of steps) e = { k: 'attr', obj: e, name };
  return { k: 'wrap', e };
}

/**
 * A template that is exactly one reference written plainly: an identifier and attribute names
 * (ASCII, no spaces, indexes, calls or operators), in `${` and `}`.
 */
const ONE_REFERENCE = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\}$/;

/** parseTemplate by the parser alone, without its shortcut for one reference. */
export function parseTemplateInFull(text: string): Expr {
  return new Parser(text).template('raw');
}
