/**
 * The `yaml` package, loaded only by runs that read YAML: a YAML configuration file, a
 * CloudFormation template in YAML, `--print-config`. It is a quarter of the CLI bundle, and a
 * static import would evaluate it at every start-up; `import('yaml')` makes the bundle evaluate it
 * on first use. The readers that use it are synchronous: their async callers (`parseConfig`,
 * the CloudFormation reader's `prepare`, the CLI's `--print-config`) call `loadYaml()` first, and the readers take
 * the package from `yamlLib()`.
 */
import { cjsExports } from '../cjs-exports.js';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;
let loading: Promise<Yaml> | undefined;

/** Loads the `yaml` package once; later calls return the same module. */
export function loadYaml(): Promise<Yaml> {
  loading ??= import('yaml').then((m) => (loaded = cjsExports(m, 'parseDocument', 'the yaml package')));
  return loading;
}

/** The `yaml` package, which `loadYaml()` must have loaded: a missing call is a bug, not bad input. */
export function yamlLib(): Yaml {
  if (loaded === undefined) throw new Error('internal error: the yaml package is used before loadYaml() loaded it');
  return loaded;
}
