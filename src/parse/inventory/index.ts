/**
 * The configuration file's `inventory` (VPCs and route tables managed elsewhere) and its `ignore`
 * and `intents` entries as source resources of format `config`, located in the configuration
 * file: the model builder turns inventory entries into VPCs and route tables
 * (model/builder/inventory.ts), so findings about them point at their line in `.vpclint.yml`, and
 * diagnostics about an `ignore` entry point at the entry. The configuration loader (config/load.ts)
 * reads the file and checks it; this reader makes the resources and hands the inventory to the run.
 */
import { NOTHING_READ, type Reader } from '../reader.js';
import type { AttrPath, AttrValue, SourceLocation, SourceResource } from '../source.js';

/** Source resource types of inventory entries (the model builder's adapters are keyed by them). */
export const INVENTORY_VPC = 'vpclint:inventory:vpc';
export const INVENTORY_ROUTE_TABLE = 'vpclint:inventory:route-table';

/** A path into the configuration document: keys and list indexes. */
export type ConfigPath = readonly (string | number)[];

/** What the reader needs of the configuration document (config/document.ts's ConfigDocument). */
export interface LocatedDocument {
  readonly file: string;
  /** Where the key at `path` is written. */
  locate(path: ConfigPath): SourceLocation;
  /** Where the value at `path` is written. */
  locateValue(path: ConfigPath): SourceLocation;
}

const ABSENT: AttrValue = Object.freeze({ state: 'absent' });

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** One entry of the configuration file as a source resource; its attributes are the entry's keys. */
export class ConfigResource implements SourceResource {
  readonly format = 'config' as const;
  readonly mode = 'managed' as const;
  readonly address: string;
  readonly type: string;
  readonly file: string;
  readonly #doc: LocatedDocument;
  readonly #path: ConfigPath;
  readonly #value: unknown;
  readonly #extra: ReadonlyMap<string, unknown>;

  /**
   * `path` is where the entry is in the document, `value` the entry; `extra` are attributes the
   * entry implies without writing them (a route table's VPC is the entry it is listed under).
   */
  constructor(doc: LocatedDocument, address: string, type: string, path: ConfigPath, value: unknown, extra: ReadonlyMap<string, unknown> = new Map()) {
    this.#doc = doc;
    this.address = address;
    this.type = type;
    this.file = doc.file;
    this.#path = path;
    this.#value = value;
    this.#extra = extra;
  }

  location(): SourceLocation {
    return this.#doc.locateValue(this.#path);
  }

  attributeLocation(path: AttrPath): SourceLocation | undefined {
    const first = path[0];
    if (typeof first === 'string' && this.#extra.has(first)) return this.location();
    return path.length === 0 ? undefined : this.#doc.locate([...this.#path, ...path]);
  }

  get(path: AttrPath): AttrValue {
    const [first, ...rest] = path;
    let v: unknown = typeof first === 'string' && this.#extra.has(first) && rest.length === 0 ? this.#extra.get(first) : this.#value;
    if (v === this.#value) {
      for (const step of path) {
        if (typeof step === 'number' && Array.isArray(v)) v = v[step];
        else if (typeof step === 'string' && isRecord(v) && Object.hasOwn(v, step)) v = v[step];
        else return ABSENT;
      }
    }
    return v === undefined || v === null ? ABSENT : { state: 'known', value: v };
  }
}

/**
 * The inventory's VPCs and route tables as source resources, in file order (each VPC, then its
 * tables). `inventory` has passed the schema, so its shape is known.
 */
export function inventoryResources(doc: LocatedDocument, inventory: unknown): SourceResource[] {
  const out: SourceResource[] = [];
  const vpcs = isRecord(inventory) && Array.isArray(inventory.vpcs) ? (inventory.vpcs as unknown[]) : [];
  vpcs.forEach((vpc, i) => {
    if (!isRecord(vpc) || typeof vpc.id !== 'string') return;
    const vpcPath: ConfigPath = ['inventory', 'vpcs', i];
    out.push(new ConfigResource(doc, vpc.id, INVENTORY_VPC, vpcPath, vpc));
    const tables = Array.isArray(vpc.routeTables) ? (vpc.routeTables as unknown[]) : [];
    tables.forEach((table, j) => {
      if (!isRecord(table) || typeof table.id !== 'string') return;
      out.push(new ConfigResource(doc, table.id, INVENTORY_ROUTE_TABLE, [...vpcPath, 'routeTables', j], table, new Map([['vpc', vpc.id]])));
    });
  });
  return out;
}

/**
 * The inventory as a reader of the registry: it detects no file (the configuration file is found
 * and checked by the configuration loader, which makes its resources with `inventoryResources`);
 * its resources join every run that has a configuration, after those of the linted files.
 */
export const inventoryReader: Reader = {
  name: 'config',
  detects: () => false,
  read: (_inputs, context) => (context.inventory === undefined ? NOTHING_READ : { resources: context.inventory }),
};
