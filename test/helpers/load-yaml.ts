// Vitest setup file (vitest.config.ts): loads the `yaml` package before every test file, as the
// CLI does before any YAML is read (src/parse/yaml-lib.ts), so that tests may call the synchronous
// readers (the registry's readers, test/helpers/parse-source.ts, loadTemplate, ConfigDocument.parse,
// printConfig) directly.
import { loadYaml } from '../../src/parse/yaml-lib.js';

await loadYaml();
