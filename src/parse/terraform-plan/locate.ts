/**
 * Source locations for plan resources. JSON.parse keeps no positions, so the text is scanned, on
 * request and only as far as needed, for `"address": "…"` pairs. Each pair is attributed to the
 * top-level section it sits in (the sections appear in the text in the order of the parsed
 * object's keys): the `resource_changes` entry is preferred, then planned_values / prior_state /
 * values; `configuration` (module-relative addresses) and `resource_drift` are skipped.
 *
 * A run asks for a few hundred locations in a text of millions of lines, so neither the scan of
 * the values sections nor the line index covers more of the text than the furthest place asked
 * for: the answers are the same as a scan and an index of the whole text would give.
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
  /** The resource_changes section's pairs, and those of the values sections (made on first use). */
  #changes: AddressScan | undefined;
  #values: AddressScan | undefined;
  /** Where the section keys found so far are, and their names (#findSections). */
  readonly #starts: number[] = [];
  readonly #names: string[] = [];
  #nextSection = 0;
  #from = 0;
  // Kept per file: the engine may ask for locations of several files in turn. Indexed only as far
  // as the furthest offset asked for (lineIndex).
  readonly #lines: LineColumnOf;

  constructor(text: string) {
    this.#text = text;
    this.#bom = text.startsWith('\uFEFF');
    this.#lines = lineIndex(text);
  }

  /** The top-level keys of the parsed plan, in order (JSON.parse keeps the text's order). */
  setSections(keys: readonly string[]): void {
    this.#sections = keys;
  }

  #lineColumn(offset: number): { line: number; column: number } {
    const lc = this.#lines(offset);
    return this.#bom && lc.line === 1 ? { line: 1, column: Math.max(1, lc.column - 1) } : lc;
  }

  /** 1-based line/column of the resource's `"address"` key; line 1, column 1 when not found. */
  locate(address: string): { line: number; column: number } {
    const offset = this.#offsetOf(address);
    return offset === undefined ? { line: 1, column: 1 } : this.#lineColumn(offset);
  }

  /**
   * The best place of an address: its first pair in resource_changes followed by the usual next
   * key, else its first such pair in the values sections, else its first pair without that key
   * in resource_changes, then in the values sections. Each section is scanned only until the
   * address's best place there is met, or to its end when it has none.
   */
  #offsetOf(address: string): number | undefined {
    if (this.#changes === undefined) {
      this.#findSections('resource_changes');
      this.#changes = new AddressScan(this.#text, this.#ranges((name) => name === 'resource_changes'));
    }
    const changed = this.#changes.find(address);
    if (changed !== undefined) return changed;
    if (this.#values === undefined) {
      this.#findSections();
      this.#values = new AddressScan(this.#text, this.#ranges((name) => LOCATED_SECTIONS.has(name)));
    }
    return this.#values.find(address) ?? this.#changes.other.get(address) ?? this.#values.other.get(address);
  }

  /**
   * The spans of the sections found so far that `wanted` names, in text order: from a section's
   * key to the next section's. An `"address"` match cannot span a section key of valid JSON, so
   * a scan from a section's start meets the same matches there as a scan of the whole text.
   */
  #ranges(wanted: (name: string) => boolean): [number, number][] {
    const ranges: [number, number][] = [];
    for (let s = 0; s < this.#names.length; s++) {
      if (wanted(this.#names[s]!)) ranges.push([this.#starts[s]!, this.#starts[s + 1] ?? this.#text.length]);
    }
    return ranges;
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
}

/**
 * The `"address": "…"` pairs of some spans of a text, scanned in text order and only as far as a
 * request needs: `find` resumes where the last request stopped.
 */
class AddressScan {
  readonly #text: string;
  readonly #ranges: readonly [number, number][];
  #range = 0;
  /** Where the scan resumes in the current range. */
  #at: number;
  /** The first place of each address followed by the usual next key (the best place). */
  readonly #best = new Map<string, number>();
  /** The first place of each address in a pair that is not (complete once the scan has ended). */
  readonly other = new Map<string, number>();

  constructor(text: string, ranges: readonly [number, number][]) {
    this.#text = text;
    this.#ranges = ranges;
    this.#at = ranges[0]?.[0] ?? 0;
  }

  /** The best place of `address` in the spans, scanning on until it is met; undefined if none. */
  find(address: string): number | undefined {
    const seen = this.#best.get(address);
    if (seen !== undefined) return seen;
    const text = this.#text;
    while (this.#range < this.#ranges.length) {
      const end = this.#ranges[this.#range]![1];
      ADDRESS.lastIndex = this.#at;
      for (let m = ADDRESS.exec(text); m !== null && m.index < end; m = ADDRESS.exec(text)) {
        this.#at = ADDRESS.lastIndex;
        RESOURCE_FOLLOWS.lastIndex = ADDRESS.lastIndex;
        const target = RESOURCE_FOLLOWS.test(text) ? this.#best : this.other;
        const found = unescapeJsonString(m[1]!);
        if (found === undefined || target.has(found)) continue;
        target.set(found, m.index);
        if (found === address && target === this.#best) return m.index;
      }
      this.#range++;
      this.#at = this.#ranges[this.#range]?.[0] ?? text.length;
    }
    return undefined;
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
