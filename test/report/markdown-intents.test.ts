/**
 * The pull-request comment's network intents (src/report/markdown.ts): the table of every intent
 * of the configuration with what it expects and what the run found, and the broken ones drawn as
 * arrows in the peering diagram. Rendered from a real run of fixtures/network-intent, so the
 * results reach the reporter the way they do in the Action: as data of the lint result.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/load.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { lint } from '../../src/run.js';
import { fixturesDir } from '../helpers/repo.js';

const dir = path.join(fixturesDir, 'network-intent');

async function comment(file: string, configFile: string): Promise<string> {
  const config = await parseConfig(readFileSync(path.join(dir, configFile), 'utf8'), configFile, dir, rules);
  const result = await lint([{ file, text: readFileSync(path.join(dir, file), 'utf8') }], { config });
  return renderMarkdown(result, { toolVersion: '0.1.0', cwd: dir, rules, color: false });
}

describe('markdown: network intents', () => {
  it('lists every intent with its flow, what it expects and the verdict (with the hop that breaks it)', async () => {
    const md = await comment('positive-hub-spoke.tf', 'positive-hub-spoke.vpclint.yml');
    const start = md.indexOf('### Network intents');
    const table = md.slice(start, md.indexOf('\n\n', md.indexOf('| --- ', start)));
    expect(table).toBe(
      [
        '### Network intents',
        '',
        '| | Intent | Flow | Expected | Verdict |',
        '| --- | --- | --- | --- | --- |',
        '| ❌ | app reaches spoke B db | TCP 5432 from <code>hub-app</code> to <code>b-db-sg</code> | allow | denied (return-route <code>aws_vpc.spoke_b</code>) |',
        '| ❌ | ops cannot reach spoke A db | TCP 5432 from <code>hub-ops</code> to <code>a-db-sg</code> | deny | allowed (sg-ingress <code>aws_security_group.a_db</code>) |',
        '| ✅ | app reaches spoke A db | TCP 5432 from <code>hub-app</code> to <code>a-db-sg</code> | allow | allowed |',
        '| ⚪ | app reaches shared | TCP 443 from <code>hub-app</code> to <code>shared-services</code> | allow | unknown (see the checks that could not be decided) |',
      ].join('\n'),
    );
    // Above the diagram.
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(md.indexOf('### Peering topology'));
  });

  it('draws each broken intent as a labelled arrow from its source VPC to its destination VPC', async () => {
    const md = await comment('positive-hub-spoke.tf', 'positive-hub-spoke.vpclint.yml');
    const diagram = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3) + 3);
    const nodes = Object.fromEntries([...diagram.matchAll(/^ {2}(v\d+)\["([^"<]*)/gm)].map((m) => [m[2], m[1]]));
    const hub = nodes.hub!;
    const a = nodes['spoke-a']!;
    const b = nodes['spoke-b']!;
    const intentLines = diagram.split('\n').filter((l) => l.includes('==>'));
    expect(intentLines).toEqual([
      `  ${hub} ==>|"intent app reaches spoke B db: denied at return-route"| ${b}`,
      `  ${hub} ==>|"intent ops cannot reach spoke A db: allowed at sg-ingress"| ${a}`,
    ]);
    // Each arrow has the intent style, by its index among the edges.
    const edges = diagram.split('\n').filter((l) => /^ {2}(v|u)\d+ (---|-->|-\.->|==>)/.test(l));
    for (const line of intentLines) expect(diagram).toContain(`  linkStyle ${edges.indexOf(line)} stroke:#8250df,stroke-width:3px,color:#8250df`);
    expect(md).toContain('A thick purple arrow is a network intent that does not hold, from its source VPC to its destination.');
  });

  it('when every intent holds: the table without arrows; without intents: no table', async () => {
    const md = await comment('negative-hub-spoke.tf', 'negative-hub-spoke.vpclint.yml');
    expect(md).toContain('| ✅ | app reaches spoke B db | TCP 5432 from <code>hub-app</code> to <code>b-db-sg</code> | allow | allowed |');
    expect(md).not.toContain('==>');
    expect(md).not.toContain('thick purple arrow');
    const config = await parseConfig('rules: {}\n', '.vpclint.yml', dir, rules);
    const result = await lint([{ file: 'negative-hub-spoke.tf', text: readFileSync(path.join(dir, 'negative-hub-spoke.tf'), 'utf8') }], { config });
    expect(renderMarkdown(result, { toolVersion: '0.1.0', cwd: dir, rules, color: false })).not.toContain('### Network intents');
  });
});
