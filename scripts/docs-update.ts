// Rewrites docs/rules.md from the rule metadata and fixtures (see scripts/docs/render-rules.ts),
// schema/vpclint.schema.json, the configuration file's schema, from the rule catalogue, and
// schema/vpclint-output.schema.json, the schema of the --format json document (src/report/json-schema.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { renderConfigSchema } from '../src/config/schema.js';
import { renderJsonOutputSchema } from '../src/report/json-schema.js';
import { DocsError, renderRulesDoc } from './docs/render-rules.js';

const root = process.cwd();
let doc: string;
try {
  doc = renderRulesDoc(rules, path.join(root, 'fixtures'));
} catch (error) {
  // A rule without an example for a format its fixtures cover, or without references: say which.
  if (!(error instanceof DocsError)) throw error;
  console.error(`docs:update: ${error.message}`);
  process.exit(1);
}
writeFileSync(path.join(root, 'docs/rules.md'), doc);
console.log('wrote docs/rules.md');
writeFileSync(path.join(root, 'schema/vpclint.schema.json'), renderConfigSchema(rules));
console.log('wrote schema/vpclint.schema.json');
writeFileSync(path.join(root, 'schema/vpclint-output.schema.json'), renderJsonOutputSchema());
console.log('wrote schema/vpclint-output.schema.json');
