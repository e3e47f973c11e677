/**
 * Where blocks and attributes are written in a `.tf` file. hcl2json's JSON keeps no positions, so
 * this scans the source text once for its structure: blocks with their labels, attributes, and
 * nested blocks, skipping over expressions without evaluating them. It knows enough of the syntax
 * to never lose its place: comments (`#`, `//`, `/* *\/`), quoted strings with escapes and nested
 * `${...}` (which may hold braces and strings), heredocs (`<<EOT`, `<<-EOT`) and one-line blocks.
 * It never throws: text it cannot read is skipped to the end of the line.
 */

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface AttributeNode extends TextPosition {
  readonly name: string;
  /** The line the value ends on. */
  readonly endLine: number;
}

export interface BlockNode extends TextPosition {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: BodyNode;
  /** The line of the closing brace. */
  endLine: number;
}

export interface BodyNode {
  /** Attributes by name (the first, if one is written twice). */
  readonly attributes: ReadonlyMap<string, AttributeNode>;
  /** Nested blocks in source order. */
  readonly blocks: readonly BlockNode[];
}

function isIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57) || c === 45;
}

// Deeper nesting than this is not configuration; the scanner stops descending.
const MAX_DEPTH = 100;

/**
 * A body as scanned: its attributes in source order, indexed by name on first use. Most bodies
 * are never asked for an attribute's place (only those of findings are), and a file's structure
 * lives as long as the run: building every index up front made one Map per block for nothing.
 */
class ScannedBody implements BodyNode {
  readonly blocks: readonly BlockNode[];
  readonly #written: readonly AttributeNode[];
  #byName: Map<string, AttributeNode> | undefined;

  constructor(written: readonly AttributeNode[], blocks: readonly BlockNode[]) {
    this.#written = written;
    this.blocks = blocks;
  }

  get attributes(): ReadonlyMap<string, AttributeNode> {
    if (this.#byName === undefined) {
      this.#byName = new Map();
      // The first, if one is written twice.
      for (const a of this.#written) if (!this.#byName.has(a.name)) this.#byName.set(a.name, a);
    }
    return this.#byName;
  }
}

class Scanner {
  readonly text: string;
  pos = 0;
  line = 1;
  lineStart = 0;

  constructor(text: string) {
    this.text = text;
  }

  get column(): number {
    return this.pos - this.lineStart + 1;
  }

  newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  /** Moves to the end of the current line (before the newline). */
  toEndOfLine(): void {
    const nl = this.text.indexOf('\n', this.pos);
    this.pos = nl === -1 ? this.text.length : nl;
  }

  /** Skips a `/* ... *\/` comment, counting its lines. */
  blockComment(): void {
    this.pos += 2;
    while (this.pos < this.text.length && !this.text.startsWith('*/', this.pos)) {
      if (this.text.charCodeAt(this.pos) === 10) this.newline();
      else this.pos++;
    }
    this.pos = Math.min(this.text.length, this.pos + 2);
  }

  /** Skips spaces and comments; with `newlines`, newlines too. */
  space(newlines: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13 || c === 0xfeff) this.pos++;
      else if (c === 10) {
        if (!newlines) return;
        this.newline();
      } else if (c === 35 || (c === 47 && t.charCodeAt(this.pos + 1) === 47)) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else return;
    }
  }

  ident(): string | undefined {
    const t = this.text;
    if (!isIdStart(t.charCodeAt(this.pos))) return undefined;
    const start = this.pos;
    while (this.pos < t.length && isIdPart(t.charCodeAt(this.pos))) this.pos++;
    return t.slice(start, this.pos);
  }

  /**
   * A quoted string from its opening quote: returns its text (escapes of quotes and backslashes
   * undone). The text between escapes is copied a run at a time, not a character at a time.
   */
  quoted(): string {
    const t = this.text;
    this.pos++;
    let out = '';
    // Where the text not yet copied to `out` starts.
    let from = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 92 /* \ */) {
        out += t.slice(from, this.pos) + (t[this.pos + 1] ?? '');
        this.pos += 2;
        from = this.pos;
      } else if (c === 34 /* " */) {
        out += t.slice(from, this.pos);
        this.pos++;
        return out;
      } else if (c === 10) {
        return out + t.slice(from, this.pos); // unterminated: hcl2json reports it; stop at the line end
      } else if ((c === 36 || c === 37) && t.charCodeAt(this.pos + 1) === 123) {
        // `$${` and `%%{` are literal text; `${...}` and `%{...}` are kept as written.
        const literal = t.charCodeAt(this.pos - 1) === c && t.charCodeAt(this.pos - 2) !== c;
        this.pos += 2;
        if (!literal) this.interpolation();
      } else {
        this.pos++;
      }
    }
    return out + t.slice(from, this.pos);
  }

  /** The inside of `${...}` / `%{...}` up to and including its closing brace. */
  interpolation(): void {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) this.quoted();
      else if (c === 123) {
        depth++;
        this.pos++;
      } else if (c === 125) {
        this.pos++;
        if (depth === 0) return;
        depth--;
      } else if (c === 10) this.newline();
      else if (c === 60 && t.charCodeAt(this.pos + 1) === 60 && this.heredoc()) continue;
      else if (c === 35 || (c === 47 && t.charCodeAt(this.pos + 1) === 47)) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else this.pos++;
    }
  }

  /** A heredoc from its `<<`: skips to after its closing marker line. False when it is not one. */
  heredoc(): boolean {
    const t = this.text;
    const m = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
    m.lastIndex = this.pos;
    const head = m.exec(t);
    if (head === null) return false;
    const marker = head[1] as string;
    this.pos = m.lastIndex - 1;
    this.newline();
    while (this.pos < t.length) {
      const nl = t.indexOf('\n', this.pos);
      const end = nl === -1 ? t.length : nl;
      const isEnd = t.slice(this.pos, end).trim() === marker;
      if (nl === -1) {
        this.pos = t.length;
        return true;
      }
      this.pos = nl;
      if (isEnd) return true;
      this.newline();
    }
    return true;
  }

  /**
   * Skips an attribute's value: to the newline that ends it at bracket depth 0, or to the `}` that
   * closes a one-line block (left unread). Returns the line the value ends on.
   */
  expression(): number {
    const t = this.text;
    let depth = 0;
    let endLine = this.line;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        if (depth === 0) return endLine;
        this.newline();
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        this.pos++;
        continue;
      }
      endLine = this.line;
      if (c === 34) this.quoted();
      else if (c === 40 || c === 91 || c === 123) {
        depth++;
        this.pos++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) {
          if (c === 125) return endLine;
          this.pos++;
        } else {
          depth--;
          this.pos++;
        }
      } else if (c === 60 && t.charCodeAt(this.pos + 1) === 60 && this.heredoc()) {
        endLine = this.line;
      } else if (c === 35 || (c === 47 && t.charCodeAt(this.pos + 1) === 47)) this.toEndOfLine();
      else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) this.blockComment();
      else this.pos++;
    }
    return endLine;
  }

  /** A body: up to its closing brace (consumed) when `nested`, else to the end of the text. */
  body(nested: boolean, depth: number): BodyNode {
    const attributes: AttributeNode[] = [];
    const blocks: BlockNode[] = [];
    const t = this.text;
    while (this.pos < t.length) {
      this.space(true);
      if (this.pos >= t.length) break;
      const c = t.charCodeAt(this.pos);
      if (c === 125 /* } */) {
        if (nested) {
          this.pos++;
          break;
        }
        this.pos++;
        continue;
      }
      const line = this.line;
      const column = this.column;
      const name = this.ident();
      if (name === undefined) {
        // Not an item this scanner understands: skip what follows as an expression.
        this.pos++;
        this.expression();
        continue;
      }
      this.space(false);
      if (t[this.pos] === '=' && t[this.pos + 1] !== '=') {
        this.pos++;
        this.space(false);
        const endLine = this.expression();
        attributes.push({ name, line, column, endLine });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.space(false);
        if (t[this.pos] === '"') labels.push(this.quoted());
        else {
          const id = this.ident();
          if (id === undefined) break;
          labels.push(id);
        }
      }
      if (t[this.pos] !== '{') {
        this.expression();
        continue;
      }
      this.pos++;
      const block: BlockNode = {
        type: name,
        labels,
        line,
        column,
        endLine: line,
        body: depth < MAX_DEPTH ? this.body(true, depth + 1) : (this.expression(), new ScannedBody([], [])),
      };
      block.endLine = this.line;
      blocks.push(block);
    }
    return new ScannedBody(attributes, blocks);
  }
}

/** The structure of a `.tf` file (or a `.tfvars` file, whose items are all attributes). */
export function locateStructure(text: string): BodyNode {
  try {
    return new Scanner(text).body(false, 0);
  } catch {
    return { attributes: new Map(), blocks: [] };
  }
}

/** Blocks of a body by type, then label by label: the blocks whose type and labels end here, and the longer ones. */
interface BlockTrie {
  readonly blocks: BlockNode[];
  next: Map<string, BlockTrie> | undefined;
}

/** A body's blocks by type and labels, built once per body (a module's config asks for every block). */
const blockIndex = new WeakMap<BodyNode, BlockTrie>();

/** The blocks of a body with this type and labels, in source order. */
export function blocksNamed(body: BodyNode, type: string, labels: readonly string[]): readonly BlockNode[] {
  let index = blockIndex.get(body);
  if (index === undefined) {
    index = { blocks: [], next: undefined };
    for (const b of body.blocks) {
      let node = child(index, b.type);
      for (const label of b.labels) node = child(node, label);
      node.blocks.push(b);
    }
    blockIndex.set(body, index);
  }
  let node = index.next?.get(type);
  for (let i = 0; i < labels.length && node !== undefined; i++) node = node.next?.get(labels[i] as string);
  return node?.blocks ?? [];
}

/** The trie node below `node` for one more name (type or label), made if it is not there. */
function child(node: BlockTrie, name: string): BlockTrie {
  node.next ??= new Map();
  let c = node.next.get(name);
  if (c === undefined) node.next.set(name, (c = { blocks: [], next: undefined }));
  return c;
}
