/**
 * The inventory reader moved to src/parse/inventory/ (issue 14: the inventory is a reader of the
 * registry, and parse/ must not import model/); this re-export lasts until the configuration
 * loader imports it from there.
 */
export { ConfigResource, inventoryResources } from '../parse/inventory/index.js';
