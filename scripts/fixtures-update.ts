// Rewrites fixtures/<rule>/expected.json from vpclint's current output, like cfn-lint's snapshot
// script. It is a convenience for big changes, never a substitute for review: read the git diff of
// every expected.json it touches, and check each finding by hand against the fixture.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { lint, lintPaths } from '../src/run.js';

const fixturesDir = path.join(process.cwd(), 'fixtures');
const only = process.argv[2];
for (const rule of rules) {
  if (only && only !== rule.name && only !== rule.id) continue;
  const dir = path.join(fixturesDir, rule.name);
  if (!existsSync(dir)) continue;
  const entries: unknown[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith('positive-')).sort()) {
    // A `.tf.d` folder is one Terraform module; `.tf` files are read by the (asynchronous) HCL reader.
    const result = file.endsWith('.tf.d')
      ? await lintPaths([file], { cwd: dir })
      : await lint([{ file, text: readFileSync(path.join(dir, file), 'utf8') }]);
    for (const f of result.findings.filter((x) => x.ruleId === rule.id)) {
      entries.push({ file: file.endsWith('.tf.d') ? f.location.file : file, line: f.location.line, resource: f.resource, severity: f.severity, messageId: f.messageId, data: f.data });
    }
    for (const u of result.unresolved.filter((x) => x.ruleId === rule.id)) {
      entries.push({ file: file.endsWith('.tf.d') ? u.location.file : file, resource: u.resource, unresolved: u.reason });
    }
  }
  writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(entries, null, 2) + '\n');
  console.log(`wrote fixtures/${rule.name}/expected.json (${entries.length} entries): review the diff`);
}
