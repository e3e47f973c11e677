/**
 * The configuration schema's validator as the build compiled it (config/validator.ts). In the
 * sources there is none: the CLI's build (scripts/build-options.js, `precompiledValidatorBeside`)
 * replaces this module with one that loads `dist/cli-config-validator.js`, beside the bundle, when
 * a run first asks for it (a run without a configuration file never does).
 */
import type { PrecompiledValidator } from './validator.js';

export function precompiled(): Promise<PrecompiledValidator | undefined> {
  return Promise.resolve(undefined);
}
