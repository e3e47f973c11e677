/**
 * The exports of a CommonJS package loaded with `import()`. Node's own loader (tests, unbundled
 * runs) puts them on the namespace; in the CLI's split bundle the package sits in a chunk that
 * exports `module.exports` as `default` only. `name` is an export the package must have.
 */
export function cjsExports<T extends object>(namespace: T, name: keyof T): T {
  if ((namespace as Record<PropertyKey, unknown>)[name] !== undefined) return namespace;
  const fallback = (namespace as { default?: T }).default;
  if (fallback !== undefined && (fallback as Record<PropertyKey, unknown>)[name] !== undefined) return fallback;
  throw new Error(`internal error: the package loaded has no export ${String(name)}`);
}
