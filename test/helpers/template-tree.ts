/** A CloudFormation template tree (src/parse/cloudformation/tree.ts) as plain data, for comparing trees. */
import type { TemplateNode } from '../../src/parse/cloudformation/tree.js';

/** A tree without its Map instances, with every offset (`-0` written as the string '-0'). */
export function plainTree(node: TemplateNode): unknown {
  switch (node.kind) {
    case 'map':
      return { at: node.at, entries: [...node.entries].map(([k, e]) => [k, e.keyAt, plainTree(e.value)]) };
    case 'seq':
      return { at: node.at, items: node.items.map(plainTree) };
    case 'fn':
      return { at: node.at, fn: node.name, arg: plainTree(node.arg) };
    default:
      return { at: node.at, value: Object.is(node.value, -0) ? '-0' : node.value };
  }
}
