/**
 * --init and --print-config produce configuration files: both must load through the real loader
 * (config/load.ts) and mean what they say.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { tempProjects } from '../helpers/project.js';

const { project, run } = tempProjects('vpclint-config-commands-');
const defaults = rules.map((r) => [r.id, r.defaultSeverity]);

describe('--init', () => {
  it('writes a .vpclint.yml that the loader reads: every rule at its default severity, nothing else set', async () => {
    const cwd = project('init', { 'main.tf': '' });
    expect(await run(cwd, ['--init'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'vpclint: wrote .vpclint.yml: every rule at its default severity; edit it, or check it with vpclint --print-config\n',
    });
    const config = await loadConfig({ cwd, rules });
    expect(config?.file).toBe('.vpclint.yml');
    expect([...(config?.severities ?? [])]).toEqual(defaults);
    expect({ options: [...(config?.ruleOptions ?? [])], include: config?.include, exclude: config?.exclude, ignores: config?.ignores, inventory: config?.inventory }).toEqual({
      options: [],
      include: [],
      exclude: [],
      ignores: [],
      inventory: [],
    });
  });

  it('documents the other keys in comments that load too once uncommented', async () => {
    const cwd = project('init-uncommented', { 'main.tf': '' });
    await run(cwd, ['--init']);
    const text = readFileSync(path.join(cwd, '.vpclint.yml'), 'utf8');
    // Uncomment the include, exclude, ignore, inventory and intents examples, and open-ingress's options block.
    let uncommented = text.replace(/^# ((include|exclude|ignore|inventory|intents):.*)$/gm, '$1').replace(/^# {3}(.*)$/gm, '  $1');
    const start = uncommented.indexOf('  # open-ingress:\n');
    const end = uncommented.indexOf('  # NET', start);
    const block = uncommented.slice(start, end).replace(/^ {2}# /gm, '  ');
    uncommented = uncommented.slice(0, start) + block + uncommented.slice(end);
    uncommented = uncommented.replace('  open-ingress: error\n', '');
    const config = await parseConfig(uncommented, '.vpclint.yml', cwd, rules);
    expect(config.severities.get('NET401')).toBe('error');
    expect(config.ruleOptions.get('NET401')).toEqual(rules.find((r) => r.id === 'NET401')!.options!.defaults);
    expect({ include: config.include, exclude: config.exclude }).toEqual({ include: ['infra'], exclude: ['legacy', '*.plan.json'] });
    expect(config.ignores.map((i) => [i.rules, i.resource, i.reason, i.expires])).toEqual([
      [['NET401'], 'module.edge.aws_security_group_rule.public_https', 'public ALB, reviewed by security', '2027-03-31'],
    ]);
    expect(config.inventory.map((r) => r.address)).toEqual(['vpc-0shared1234', 'rtb-0shared1234']);
    expect(config.intents.map((i) => [i.name, i.from, i.to, i.protocol, i.port, i.expect])).toEqual([
      ['app reaches the database', 'aws_subnet.app', 'aws_security_group.db', 'tcp', 5432, 'allow'],
      ['dev does not reach prod', 'dev-vpc', 'prod-vpc', 'all', undefined, 'deny'],
    ]);
  });
});

describe('--print-config', () => {
  it('prints YAML that loads as the same configuration, the command line rule flags included', async () => {
    const cwd = project('print', {
      '.vpclint.yml': 'rules:\n  open-ingress:\n    severity: warning\n    options:\n      allowedPorts: [443, "8000-8080"]\n  NET102: off\nexclude: [legacy]\n',
    });
    const printed = await run(cwd, ['--print-config', '--rule', 'NET205=error', '--skip', 'peering-dns']);
    expect({ code: printed.code, stderr: printed.stderr }).toEqual({ code: 0, stderr: '' });
    const config = await parseConfig(printed.stdout, 'printed.yml', cwd, rules);
    const expected = new Map(defaults as [string, string][]);
    expected.set('NET401', 'warning');
    expected.set('NET102', 'off');
    expected.set('NET205', 'error');
    expected.set('NET304', 'off');
    expect(new Map(config.severities)).toEqual(expected);
    expect(config.ruleOptions.get('NET401')).toEqual({ ...(rules.find((r) => r.id === 'NET401')!.options!.defaults as object), allowedPorts: [443, '8000-8080'] });
    expect(config.exclude).toEqual(['legacy']);
  });
});
