// Rewrites docs/rules.md from the rule metadata and fixtures (see scripts/docs/render-rules.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { renderRulesDoc } from './docs/render-rules.js';

const root = process.cwd();
writeFileSync(path.join(root, 'docs/rules.md'), renderRulesDoc(rules, path.join(root, 'fixtures')));
console.log('wrote docs/rules.md');
