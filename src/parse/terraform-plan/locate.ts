/**
 * Source locations for plan resources. JSON.parse keeps no positions, so the text is scanned once,
 * on the first request, for `"address": "…"` pairs. Each pair is attributed to the top-level
 * section it sits in (the sections appear in the text in the order of the parsed object's keys):
 * the `resource_changes` entry is preferred, then planned_values / prior_state / values;
 * `configuration` (module-relative addresses) and `resource_drift` are skipped.
 */
import { lineIndex, type LineColumnOf } from '../json.js';

const ADDRESS = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
// Terraform writes `mode` (or `module_address`, `previous_address`) right after a resource's
// address; an attribute that happens to be called "address" is usually followed by something else.
const RESOURCE_FOLLOWS = /\s*,\s*"(?:mode|module_address|previous_address)"/y;
const LOCATED_SECTIONS = new Set(['planned_values', 'prior_state', 'values']);

export class AddressLocator {
  readonly #text: string;
  // A byte-order mark is invisible in editors: columns on line 1 do not count it.
  readonly #bom: boolean;
  #sections: readonly string[] = [];
  #offsets: Map<string, number> | undefined;
  /** resource_changes' best places only (#scanChanges). */
  #changes: Map<string, number> | undefined;
  /** Where the section keys found so far are, and their names (#findSections). */
  readonly #starts: number[] = [];
  readonly #names: string[] = [];
  #nextSection = 0;
  #from = 0;
  // Kept per file: the engine may ask for locations of several files in turn.
  #lines: LineColumnOf | undefined;

  constructor(text: string) {
    this.#text = text;
    this.#bom = text.startsWith('\uFEFF');
  }

  /** The top-level keys of the parsed plan, in order (JSON.parse keeps the text's order). */
  setSections(keys: readonly string[]): void {
    this.#sections = keys;
  }

  #lineColumn(offset: number): { line: number; column: number } {
    this.#lines ??= lineIndex(this.#text);
    const lc = this.#lines(offset);
    return this.#bom && lc.line === 1 ? { line: 1, column: Math.max(1, lc.column - 1) } : lc;
  }

  /** 1-based line/column of the resource's `"address"` key; line 1, column 1 when not found. */
  locate(address: string): { line: number; column: number } {
    // The best place, when the resource has one, is in resource_changes: that section alone is
    // scanned first, and the whole text only for an address it does not have.
    const offset = (this.#offsets === undefined ? this.#scanChanges().get(address) : undefined) ?? this.#scan().get(address);
    return offset === undefined ? { line: 1, column: 1 } : this.#lineColumn(offset);
  }

  /** 1-based line/column of the first `"key":` (cheap, no scan). */
  keyLocation(key: string): { line: number; column: number } {
    const m = keyPattern(key).exec(this.#text);
    return m === null ? { line: 1, column: 1 } : this.#lineColumn(m.index);
  }

  /** 1-based line/column of the value of the first `"key":` (for format_version). */
  valueLocation(key: string): { line: number; column: number } {
    const m = keyPattern(key).exec(this.#text);
    return m === null ? { line: 1, column: 1 } : this.#lineColumn(m.index + m[0].length);
  }

  /**
   * Finds the keys of the top-level sections, in order, each after the one before (the text
   * holds them in the order of the parsed object's keys), until `until` and the section after it
   * are found, or every section is.
   */
  #findSections(until?: string): void {
    const sections = this.#sections;
    while (this.#nextSection < sections.length) {
      if (until !== undefined) {
        const at = this.#names.indexOf(until);
        if (at >= 0 && at + 1 < this.#names.length) return;
      }
      const key = sections[this.#nextSection++]!;
      const re = keyPattern(key, 'g');
      re.lastIndex = this.#from;
      const m = re.exec(this.#text);
      if (m === null) continue;
      this.#starts.push(m.index);
      this.#names.push(key);
      this.#from = m.index + m[0].length;
    }
  }

  /**
   * The first place of each address in resource_changes followed by the usual next key (the best
   * place #scan gives an address), found by scanning that section only. An `"address"` match
   * cannot span a section key of valid JSON, so a scan from the section's start meets the same
   * matches there as a scan of the whole text.
   */
  #scanChanges(): Map<string, number> {
    if (this.#changes !== undefined) return this.#changes;
    const text = this.#text;
    const changes = new Map<string, number>();
    this.#findSections('resource_changes');
    const s = this.#names.indexOf('resource_changes');
    if (s >= 0) {
      const end = this.#starts[s + 1] ?? text.length;
      ADDRESS.lastIndex = this.#starts[s]!;
      for (let m = ADDRESS.exec(text); m !== null && m.index < end; m = ADDRESS.exec(text)) {
        RESOURCE_FOLLOWS.lastIndex = ADDRESS.lastIndex;
        if (!RESOURCE_FOLLOWS.test(text)) continue;
        const address = unescapeJsonString(m[1]!);
        if (address !== undefined && !changes.has(address)) changes.set(address, m.index);
      }
    }
    this.#changes = changes;
    return changes;
  }

  #scan(): Map<string, number> {
    if (this.#offsets !== undefined) return this.#offsets;
    const text = this.#text;
    this.#findSections();
    const starts = this.#starts;
    const names = this.#names;
    // Best first: a resource_changes entry, a values entry, then either without the usual next key.
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
      const address = unescapeJsonString(m[1]!);
      if (address !== undefined && !target.has(address)) target.set(address, m.index);
    }
    const offsets = tiers[0]!;
    for (const tier of tiers.slice(1)) for (const [address, offset] of tier) if (!offsets.has(address)) offsets.set(address, offset);
    this.#offsets = offsets;
    return offsets;
  }
}

/** `"key"` followed by a colon, with the key written as JSON.stringify writes it. */
function keyPattern(key: string, flags = ''): RegExp {
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${quoted}\\s*:\\s*`, flags);
}

function unescapeJsonString(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  try {
    const v: unknown = JSON.parse(`"${body}"`);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}
