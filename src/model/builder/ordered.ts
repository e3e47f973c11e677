// An input-ordered collector: the model's lists come out in input order whatever order the
// phases add their items in (split from context.ts, issue 14).

/** Input-ordered collector: items pushed in any order, read back by resource index (stable). */
export class Ordered<T> {
  private readonly items: T[] = [];
  private readonly orders: number[] = [];
  push(order: number, item: T): void {
    this.items.push(item);
    this.orders.push(order);
  }
  get size(): number {
    return this.items.length;
  }
  /** Counting sort by order, stable: linear in items plus `limit`. */
  sorted(limit: number): T[] {
    let inOrder = true;
    for (let i = 1; i < this.orders.length && inOrder; i++) inOrder = (this.orders[i - 1] as number) <= (this.orders[i] as number);
    if (inOrder) return this.items;
    const counts = new Array<number>(limit + 1).fill(0);
    for (const o of this.orders) counts[o + 1] = (counts[o + 1] ?? 0) + 1;
    for (let i = 1; i <= limit; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const out = new Array<T>(this.items.length);
    for (let i = 0; i < this.items.length; i++) {
      const o = this.orders[i] as number;
      out[counts[o] as number] = this.items[i] as T;
      counts[o] = (counts[o] as number) + 1;
    }
    return out;
  }
}
