/**
 * Command-line options about the inputs that every command reading them shares (the lint run and
 * `vpclint reach`): `--source-dir` and the Terraform variables `--var-file` / `--var`.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { TerraformVariableInput } from '../parse/terraform-hcl/index.js';

/** `--source-dir DIR` as a display path (relative to cwd, / separators); a usage error when it is not a directory. */
export function sourceDirectory(dir: string, cwd: string): string {
  const absolute = path.resolve(cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new UsageError(`--source-dir ${dir}: no such directory`, { hint: 'name the directory of the Terraform root module the plan was made from' });
  const relative = path.relative(cwd, absolute).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}

/** `--var-file FILE` and `--var NAME=VALUE` in the order given (Terraform applies them in order). */
export function terraformVariables(tokens: readonly { kind: string; name?: string; value?: string | undefined }[] | undefined): TerraformVariableInput[] {
  const out: TerraformVariableInput[] = [];
  for (const t of tokens ?? []) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'var-file') out.push({ kind: 'file', file: t.value });
    if (t.name !== 'var') continue;
    const eq = t.value.indexOf('=');
    const name = eq === -1 ? '' : t.value.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new UsageError(`--var needs NAME=VALUE with a variable name, not "${t.value}"`, { hint: 'for example --var vpc_cidr=10.0.0.0/16' });
    }
    out.push({ kind: 'var', name, value: t.value.slice(eq + 1) });
  }
  return out;
}
