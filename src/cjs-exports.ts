/**
 * The exports of a CommonJS package loaded with `import()`. Node's own loader (tests, unbundled
 * runs) puts them on the namespace; from the CLI's library files (dist/cli-*.js, which assign
 * `module.exports` whole) the package arrives as `default` only. `name` is an export the package
 * must have; `what` names the package in the error when neither has it.
 */
export function cjsExports<T extends object>(namespace: T, name: keyof T, what: string): T {
  if ((namespace as Record<PropertyKey, unknown>)[name] !== undefined) return namespace;
  const fallback = (namespace as { default?: T }).default;
  if (fallback !== undefined && (fallback as Record<PropertyKey, unknown>)[name] !== undefined) return fallback;
  throw new Error(`${what} has no ${String(name)} export`);
}
