// The input resources of one build and their keys: which input index each (file, address) has
// (references resolve within the referencing file), the unique key each resource has in the model,
// and how a value of a resource is described in a reason. Format-neutral (split from context.ts, issue 14).
import { pathText, unknownPhrase } from '../describe.js';
import type { AttrPath, SourceResource } from '../../parse/source.js';
import { unknownAt } from '../tri.js';
import type { Unknown } from '../tri.js';

export class ResourceIndex {
  /** Input index of the resource being processed: where what it creates goes in the lists. */
  at = 0;

  protected readonly resources: readonly SourceResource[];
  /** Keys that are not the plain address (the address occurs in several files, or twice in one). */
  private readonly renamed = new Map<SourceResource, string>();
  /** Input indexes by file, then by address: references resolve within the referencing file. */
  protected readonly files = new Map<string, Map<string, number>>();

  constructor(resources: readonly SourceResource[]) {
    this.resources = resources;
    const repeated: SourceResource[] = [];
    let multiFile = false;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as SourceResource;
      let byAddress = this.files.get(r.file);
      if (byAddress === undefined) {
        multiFile = this.files.size > 0;
        this.files.set(r.file, (byAddress = new Map()));
      }
      if (byAddress.has(r.address)) repeated.push(r);
      else byAddress.set(r.address, i);
    }
    // Keys: the address, or `file:address` when the address occurs in more than one file.
    if (multiFile) {
      const fileOf = new Map<string, string>();
      const shared = new Set<string>();
      for (const r of resources) {
        const seen = fileOf.get(r.address);
        if (seen === undefined) fileOf.set(r.address, r.file);
        else if (seen !== r.file) shared.add(r.address);
      }
      if (shared.size > 0) for (const r of resources) if (shared.has(r.address)) this.renamed.set(r, `${r.file}:${r.address}`);
    }
    // The same address twice in one file (not valid input, but keys must stay unique).
    const seen = new Map<string, number>();
    for (const r of repeated) {
      const base = this.key(r);
      const n = (seen.get(base) ?? 1) + 1;
      seen.set(base, n);
      this.renamed.set(r, `${base}#${n}`);
    }
  }

  /** The resource's unique key in the model. */
  key(r: SourceResource): string {
    return this.renamed.size === 0 ? r.address : (this.renamed.get(r) ?? r.address);
  }

  /** "route[0].cidr_block of aws_route_table.a", or the key alone for an empty path. */
  describe(r: SourceResource, path: AttrPath): string {
    return path.length === 0 ? this.key(r) : `${pathText(path)} of ${this.key(r)}`;
  }

  /** A readable Unknown for an unknown attribute value. */
  unknownValue(r: SourceResource, path: AttrPath, reason: string): Unknown {
    return unknownAt(`${this.describe(r, path)} is ${unknownPhrase(reason)}`, { resource: r, path, reason });
  }

  /** The input resource at `index`. */
  resourceAt(index: number): SourceResource | undefined {
    return this.resources[index];
  }

  /** Input index of a resource: the one being processed, as a rule. */
  protected indexOf(r: SourceResource): number {
    if (this.resources[this.at] === r) return this.at;
    const index = this.files.get(r.file)?.get(r.address);
    return index !== undefined && this.resources[index] === r ? index : this.resources.indexOf(r);
  }

  private lastFile: string | undefined;
  private lastFileIndex: Map<string, number> | undefined;

  /** Input index of the resource at `address` in `file` (lookups nearly always stay in one file). */
  protected indexIn(file: string, address: string): number | undefined {
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.lastFileIndex = this.files.get(file);
    }
    return this.lastFileIndex?.get(address);
  }
}
