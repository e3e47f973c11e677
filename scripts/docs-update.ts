// Rewrites docs/rules.md from the rule metadata and fixtures (see scripts/docs/render-rules.ts),
// and schema/vpclint.schema.json, the configuration file's schema, from the rule catalogue.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { renderConfigSchema } from '../src/config/schema.js';
import { renderRulesDoc } from './docs/render-rules.js';

const root = process.cwd();
writeFileSync(path.join(root, 'docs/rules.md'), renderRulesDoc(rules, path.join(root, 'fixtures')));
console.log('wrote docs/rules.md');
writeFileSync(path.join(root, 'schema/vpclint.schema.json'), renderConfigSchema(rules));
console.log('wrote schema/vpclint.schema.json');
