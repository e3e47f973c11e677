/**
 * A configuration file's text as a `yaml` document that keeps positions, so every problem names
 * the file, the line and the key (`rules.open-ingress.options.allowedPorts[1]`). JSON files are
 * read the same way (JSON is YAML), after `JSON.parse` has checked they are strict JSON.
 */
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { ConfigError } from '../errors.js';
import type { SourceLocation } from '../parse/source.js';
import { parseJson } from '../parse/json.js';
import { yamlLib } from '../parse/yaml-lib.js';

/** A path into the configuration: keys and list indexes. */
export type ConfigPath = readonly (string | number)[];

/** `rules.open-ingress.options.allowedPorts[1]`; `(top level)` for the root. */
export function formatKey(path: ConfigPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(top level)' : out;
}

export class ConfigDocument {
  /** The file as shown to the user. */
  readonly file: string;
  /** The document as plain data (`__proto__` keys are own properties); null for an empty file. */
  readonly value: unknown;
  private readonly doc: Document;
  private readonly lines: LineCounter;

  private constructor(file: string, doc: Document, lines: LineCounter, value: unknown) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
    this.value = value;
  }

  /**
   * Parses a configuration file's text; throws a located ConfigError for a syntax error. The
   * `yaml` package must be loaded (`loadYaml()`; `parseConfig` does it).
   */
  static parse(text: string, file: string): ConfigDocument {
    const { LineCounter, parseDocument } = yamlLib();
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (/\.json$/i.test(file)) {
      try {
        parseJson(body, file);
      } catch (error) {
        const e = error as ConfigError;
        throw new ConfigError(e.message, { file, line: e.line, column: e.column, cause: error });
      }
    }
    const lines = new LineCounter();
    const doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = doc.errors[0];
    if (first !== undefined) {
      const at = lines.linePos(first.pos[0]);
      // The yaml package appends " at line L, column C" and a code excerpt; the location says it.
      const message = (first.message.split('\n')[0] ?? first.message).replace(/ at line \d+, column \d+:?$/, '');
      throw new ConfigError(`invalid YAML: ${message}`, { file, line: at.line, column: at.col, cause: first });
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      throw new ConfigError(`cannot read the configuration: ${error instanceof Error ? error.message : String(error)}`, { file, cause: error });
    }
    return new ConfigDocument(file, doc, lines, value ?? null);
  }

  /** The node at `path` and, for a mapping entry, its key node. */
  private nodeAt(path: ConfigPath): { node: YamlNode | undefined; key: YamlNode | undefined } {
    const { isMap, isScalar, isSeq } = yamlLib();
    let node: unknown = this.doc.contents;
    let key: YamlNode | undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        if (pair === undefined) return { node: undefined, key: undefined };
        key = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        key = undefined;
        node = node.items[part];
      } else {
        return { node: undefined, key: undefined };
      }
    }
    return { node: (node ?? undefined) as YamlNode | undefined, key };
  }

  private at(offset: number | undefined): SourceLocation {
    if (offset === undefined) return { file: this.file, line: 1 };
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col };
  }

  /** Where the value at `path` is written: its key (mapping entries) or itself (list items). */
  locate(path: ConfigPath): SourceLocation {
    for (let n = path.length; n >= 0; n--) {
      const { node, key } = this.nodeAt(path.slice(0, n));
      const range = key?.range ?? node?.range;
      if (range !== undefined && range !== null) return this.at(range[0]);
    }
    return { file: this.file, line: 1 };
  }

  /** Where the value itself at `path` is written (not its key). */
  locateValue(path: ConfigPath): SourceLocation {
    const { node } = this.nodeAt(path);
    return node?.range ? this.at(node.range[0]) : this.locate(path);
  }

  /** Where the key `name` of the mapping at `path` is written. */
  locateKey(path: ConfigPath, name: string): SourceLocation {
    return this.locate([...path, name]);
  }
}
