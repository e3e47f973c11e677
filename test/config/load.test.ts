/**
 * The configuration file: where it is found, what a valid one resolves to, and that every mistake
 * is a ConfigError naming the file, the line, the column and the key.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { findConfigFile, loadConfig, parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'vpclint-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 't-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The ConfigError a text raises, as file:line:col: message (+ hint). */
async function problem(text: string, file = '.vpclint.yml'): Promise<string> {
  try {
    await parseConfig(text, file, '/repo', rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const where = [error.file, error.line, error.column].filter((x) => x !== undefined).join(':');
    return `${where}: ${error.message}${error.hint === undefined ? '' : ` | ${error.hint}`}`;
  }
  return 'no error';
}

describe('findConfigFile', () => {
  it('finds .vpclint.yml in the working directory', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'infra/x.tf': '' });
    expect(findConfigFile(dir)).toBe(path.join(dir, '.vpclint.yml'));
  });

  it.each(['.vpclint.yml', '.vpclint.yaml', '.vpclint.json'])('finds %s in a parent directory of the repository', (name) => {
    const dir = tree({ [name]: name.endsWith('json') ? '{}' : 'rules: {}\n', '.git/HEAD': 'ref: refs/heads/main\n', 'infra/net/main.tf': '' });
    expect(findConfigFile(path.join(dir, 'infra/net'))).toBe(path.join(dir, name));
  });

  it('stops at a worktree root too (.git is a file there)', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'repo/.git': 'gitdir: /elsewhere/.git/worktrees/repo\n', 'repo/infra/main.tf': '' });
    expect(findConfigFile(path.join(dir, 'repo/infra'))).toBeUndefined();
  });

  it('outside a repository, climbs up to the home directory and no further', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'home/.vpclint.json': '{}', 'home/work/infra/main.tf': '' });
    expect(findConfigFile(path.join(dir, 'home/work/infra'), path.join(dir, 'home'))).toBe(path.join(dir, 'home/.vpclint.json'));
    const bare = tree({ '.vpclint.yml': 'rules: {}\n', 'home/work/infra/main.tf': '' });
    expect(findConfigFile(path.join(bare, 'home/work/infra'), path.join(bare, 'home'))).toBeUndefined();
  });

  it('outside a repository and the home directory, looks in the working directory only (an unrelated file above is ignored)', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'tmp/infra/main.tf': '' });
    const home = path.join(dir, 'elsewhere');
    expect(findConfigFile(path.join(dir, 'tmp/infra'), home)).toBeUndefined();
    expect(findConfigFile(dir, home)).toBe(path.join(dir, '.vpclint.yml'));
  });

  it('stops at the repository root (the directory holding .git)', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/infra/main.tf': '' });
    expect(findConfigFile(path.join(dir, 'repo/infra'))).toBeUndefined();
  });

  it('takes the nearest file when several directories have one', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', 'infra/.vpclint.json': '{}' });
    expect(findConfigFile(path.join(dir, 'infra'))).toBe(path.join(dir, 'infra/.vpclint.json'));
  });

  it('refuses two configuration files in one directory', () => {
    const dir = tree({ '.vpclint.yml': 'rules: {}\n', '.vpclint.json': '{}' });
    let error: unknown;
    try {
      findConfigFile(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect({ ...(error as ConfigError), message: (error as ConfigError).message }).toMatchObject({
      file: '.vpclint.yml',
      message: 'two configuration files in one directory: .vpclint.yml and .vpclint.json',
      hint: 'keep one of them',
    });
  });
});

describe('loadConfig', () => {
  it('reads --config FILE relative to the working directory and reports its path relative to it', async () => {
    const dir = tree({ 'ci/vpclint.yaml': 'rules:\n  NET304: off\n' });
    const config = await loadConfig({ cwd: dir, file: 'ci/vpclint.yaml', rules });
    expect({ file: config?.file, dir: config?.dir, severities: [...(config?.severities ?? [])] }).toEqual({
      file: 'ci/vpclint.yaml',
      dir: path.join(dir, 'ci'),
      severities: [['NET304', 'off']],
    });
  });

  it('is undefined when there is no configuration file', async () => {
    const dir = tree({ 'repo/.git/HEAD': '', 'repo/main.tf': '' });
    expect(await loadConfig({ cwd: path.join(dir, 'repo'), rules })).toBeUndefined();
  });

  it('reports a --config file that does not exist', async () => {
    const dir = tree({});
    const error = await loadConfig({ cwd: dir, file: 'nope.yml', rules }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect({ file: (error as ConfigError).file, message: (error as ConfigError).message }).toEqual({
      file: 'nope.yml',
      message: 'cannot read the configuration file: no such file or directory',
    });
  });
});

describe('parseConfig: a valid file', () => {
  it('resolves severities and options by rule ID, merging options over the defaults', async () => {
    const config = await parseConfig(
      [
        'rules:',
        '  open-ingress:',
        '    severity: warning',
        '    options:',
        '      allowedPorts: [80, 443, "8000-8080"]',
        '  NET303:',
        '    options: { peeringQuota: 80 }',
        '  peering-dns: off',
        '  NET001: note',
        '',
      ].join('\n'),
      '.vpclint.yml',
      '/repo',
      rules,
    );
    expect([...config.severities]).toEqual([
      ['NET401', 'warning'],
      ['NET304', 'off'],
      ['NET001', 'note'],
    ]);
    expect([...config.ruleOptions]).toEqual([
      ['NET401', { allowedPorts: [80, 443, '8000-8080'], administrativePorts: (rules.find((r) => r.id === 'NET401')!.options!.defaults as { administrativePorts: number[] }).administrativePorts }],
      ['NET303', { peeringQuota: 80, peeringMaximum: 125, ipv4BlockQuota: 5 }],
    ]);
  });

  it('resolves include, exclude and ignore entries (rule by name or ID, with its location)', async () => {
    const config = await parseConfig(
      [
        'include: [infra/**]',
        'exclude: ["**/legacy/**"]',
        'ignore:',
        '  - rule: [open-ingress, NET403]',
        '    resource: module.edge.aws_security_group.alb',
        '    reason: " public ALB "',
        '    expires: 2027-03-31',
        '',
      ].join('\n'),
      '.vpclint.yml',
      '/repo',
      rules,
    );
    expect({ include: config.include, exclude: config.exclude }).toEqual({ include: ['infra/**'], exclude: ['**/legacy/**'] });
    expect(config.ignores.map(({ rules: ids, resource, reason, expires, location }) => ({ ids, resource, reason, expires, location }))).toEqual([
      {
        ids: ['NET401', 'NET403'],
        resource: 'module.edge.aws_security_group.alb',
        reason: 'public ALB',
        expires: '2027-03-31',
        location: { file: '.vpclint.yml', line: 4, column: 5 },
      },
    ]);
  });

  it('reads intents (protocol tcp by default) with where each is written, and keeps them for --print-config', async () => {
    const text = 'intents:\n  - name: app reaches db\n    from: hub-app\n    to: aws_security_group.db\n    port: 5432\n    expect: allow\n  - { name: no dev to prod, from: dev, to: prod, protocol: all, expect: deny }\n';
    const config = await parseConfig(text, '.vpclint.yml', '/repo', rules);
    expect(config.intents.map(({ subject, ...rest }) => ({ ...rest, subject: [subject.address, subject.location()] }))).toEqual([
      {
        name: 'app reaches db',
        from: 'hub-app',
        to: 'aws_security_group.db',
        protocol: 'tcp',
        port: 5432,
        expect: 'allow',
        location: { file: '.vpclint.yml', line: 2, column: 5 },
        fromLocation: { file: '.vpclint.yml', line: 3, column: 11 },
        toLocation: { file: '.vpclint.yml', line: 4, column: 9 },
        subject: ['intents[0]', { file: '.vpclint.yml', line: 2, column: 5 }],
      },
      {
        name: 'no dev to prod',
        from: 'dev',
        to: 'prod',
        protocol: 'all',
        expect: 'deny',
        location: { file: '.vpclint.yml', line: 7, column: 5 },
        fromLocation: { file: '.vpclint.yml', line: 7, column: 35 },
        toLocation: { file: '.vpclint.yml', line: 7, column: 44 },
        subject: ['intents[1]', { file: '.vpclint.yml', line: 7, column: 5 }],
      },
    ]);
    expect(config.written.intents).toEqual([
      { name: 'app reaches db', from: 'hub-app', to: 'aws_security_group.db', port: 5432, expect: 'allow' },
      { name: 'no dev to prod', from: 'dev', to: 'prod', protocol: 'all', expect: 'deny' },
    ]);
  });

  it('reads an empty file and a JSON file', async () => {
    expect((await parseConfig('', '.vpclint.yml', '/repo', rules)).severities.size).toBe(0);
    const json = await parseConfig('{ "rules": { "NET403": "warning" } }', '.vpclint.json', '/repo', rules);
    expect([...json.severities]).toEqual([['NET403', 'warning']]);
  });

  it('keeps a __proto__ key an ordinary (unknown) key and pollutes nothing', async () => {
    expect(await problem('rules:\n  __proto__: { polluted: true }\n')).toBe(
      '.vpclint.yml:2:3: rules.__proto__: unknown rule "__proto__" | name a rule by ID (NET401) or name (open-ingress)',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseConfig: every problem names the file, the line and the key', () => {
  it.each([
    {
      name: 'an unknown rule',
      text: 'rules:\n  NET999: off\n',
      want: '.vpclint.yml:2:3: rules.NET999: unknown rule "NET999" | name a rule by ID (NET401) or name (open-ingress)',
    },
    {
      name: 'a severity that does not exist',
      text: 'rules:\n  NET401: critical\n',
      want: '.vpclint.yml:2:11: rules.NET401: must be one of error, warning, note, off, not "critical"',
    },
    {
      name: 'a rule entry that is a number',
      text: 'rules:\n  NET401: 3\n',
      want: '.vpclint.yml:2:11: rules.NET401: must be a severity (error, warning, note, off) or a mapping with severity and options',
    },
    {
      name: 'an unknown top-level key',
      text: 'rules: {}\nfail-on: warning\n',
      want: '.vpclint.yml:2:1: fail-on: unknown key "fail-on" | allowed here: $schema, rules, include, exclude, ignore, inventory, intents',
    },
    {
      name: 'an intent without expect',
      text: 'intents:\n  - name: app to db\n    from: app\n    to: db\n    port: 5432\n',
      want: '.vpclint.yml:2:5: intents[0]: "expect" is missing',
    },
    {
      name: 'an intent expecting something else',
      text: 'intents:\n  - name: app to db\n    from: app\n    to: db\n    port: 5432\n    expect: maybe\n',
      want: '.vpclint.yml:6:13: intents[0].expect: must be one of allow, deny, not "maybe"',
    },
    {
      name: 'an intent with an unknown protocol',
      text: 'intents:\n  - name: app to db\n    from: app\n    to: db\n    protocol: sctp\n    expect: allow\n',
      want: '.vpclint.yml:5:15: intents[0].protocol: must be one of tcp, udp, icmp, all, not "sctp"',
    },
    {
      name: 'an intent with a port out of range',
      text: 'intents:\n  - name: app to db\n    from: app\n    to: db\n    port: 70000\n    expect: allow\n',
      want: '.vpclint.yml:5:11: intents[0].port: must be at most 65535',
    },
    {
      name: 'a TCP intent (the default protocol) without a port',
      text: 'intents:\n  - name: app to db\n    from: app\n    to: db\n    expect: allow\n',
      want: '.vpclint.yml:2:5: intents[0]: "port" is missing: a TCP intent names its destination port | the protocol is tcp unless the intent says otherwise; set port, or protocol: all',
    },
    {
      name: 'an ICMP intent with a type above 255',
      text: 'intents:\n  - name: ping\n    from: app\n    to: db\n    protocol: icmp\n    port: 300\n    expect: allow\n',
      want: '.vpclint.yml:6:11: intents[0].port: ICMP type 300 is not between 0 and 255',
    },
    {
      name: 'an all-traffic intent with a port',
      text: 'intents:\n  - name: all\n    from: app\n    to: db\n    protocol: all\n    port: 22\n    expect: deny\n',
      want: '.vpclint.yml:6:11: intents[0].port: protocol all covers every port, so port says nothing | remove port, or name the protocol',
    },
    {
      name: 'two intents with one name',
      text: 'intents:\n  - { name: a, from: x, to: y, port: 1, expect: allow }\n  - { name: a, from: y, to: x, port: 1, expect: deny }\n',
      want: '.vpclint.yml:3:13: intents[1].name: the intent "a" is named twice (first at intents[0].name) | give each intent its own name',
    },
    {
      name: 'an intent with an empty endpoint',
      text: 'intents:\n  - name: app to db\n    from: " "\n    to: db\n    port: 5432\n    expect: allow\n',
      want: '.vpclint.yml:3:11: intents[0].from: must not be empty',
    },
    {
      name: 'an option of another rule',
      text: 'rules:\n  open-ingress:\n    options:\n      peeringQuota: 80\n',
      want: '.vpclint.yml:4:7: rules.open-ingress.options.peeringQuota: unknown key "peeringQuota" | allowed here: allowedPorts, administrativePorts',
    },
    {
      name: 'options for a rule that has none',
      text: 'rules:\n  NET101:\n    options:\n      strict: true\n',
      want: '.vpclint.yml:4:7: rules.NET101.options.strict: unknown key "strict" | nothing may be set here',
    },
    {
      name: 'a port out of range',
      text: 'rules:\n  NET401:\n    options:\n      allowedPorts: [443, 70000]\n',
      want: '.vpclint.yml:4:27: rules.NET401.options.allowedPorts[1]: must be at most 65535',
    },
    {
      name: 'a port range that is not lo-hi',
      text: 'rules:\n  NET401:\n    options:\n      allowedPorts: ["443/tcp"]\n',
      want: '.vpclint.yml:4:22: rules.NET401.options.allowedPorts[0]: "443/tcp" is not a port (443) or a range of ports (8000-8080)',
    },
    {
      name: 'a port listed twice',
      text: 'rules:\n  NET401:\n    options:\n      administrativePorts: [22, 22]\n',
      want: '.vpclint.yml:4:28: rules.NET401.options.administrativePorts: lists the same value twice (items 0 and 1)',
    },
    {
      name: 'a threshold that is not a whole number',
      text: 'rules:\n  peering-quota:\n    options: { peeringQuota: 50.5 }\n',
      want: '.vpclint.yml:3:30: rules.peering-quota.options.peeringQuota: must be a whole number',
    },
    {
      name: 'the same rule by ID and by name',
      text: 'rules:\n  NET401: warning\n  open-ingress: off\n',
      want: '.vpclint.yml:3:3: rules.open-ingress: NET401 open-ingress is configured twice (also as NET401) | keep one entry per rule',
    },
    {
      name: 'an ignore entry without a reason',
      text: 'ignore:\n  - rule: NET401\n    resource: aws_security_group.alb\n',
      want: '.vpclint.yml:2:5: ignore[0]: "reason" is missing',
    },
    {
      name: 'an ignore entry with an empty reason',
      text: 'ignore:\n  - rule: NET401\n    resource: aws_security_group.alb\n    reason: "  "\n',
      want: '.vpclint.yml:4:13: ignore[0].reason: must not be empty',
    },
    {
      name: 'an ignore entry for an unknown rule',
      text: 'ignore:\n  - rule: [NET401, open-ingres]\n    resource: x\n    reason: y\n',
      want: '.vpclint.yml:2:20: ignore[0].rule[1]: unknown rule "open-ingres" | name a rule by ID (NET401) or name (open-ingress)',
    },
    {
      name: 'an expiry that is not a day',
      text: 'ignore:\n  - rule: NET401\n    resource: x\n    reason: y\n    expires: 2027-02-30\n',
      want: '.vpclint.yml:5:14: ignore[0].expires: 2027-02-30 is not a date | write the last day it holds as YYYY-MM-DD',
    },
    {
      name: 'an account ID YAML reads as a number',
      text: 'inventory:\n  vpcs:\n    - id: vpc-0shared\n      cidrs: [10.50.0.0/16]\n      account: 111122223333\n',
      want: '.vpclint.yml:5:16: inventory.vpcs[0].account: must be a string; quote it ("111122223333"), or YAML reads it as a number',
    },
    {
      name: 'an inventory VPC without CIDRs',
      text: 'inventory:\n  vpcs:\n    - id: vpc-0shared\n',
      want: '.vpclint.yml:3:7: inventory.vpcs[0]: "cidrs" is missing',
    },
    {
      name: 'a route target vpclint cannot read',
      text: 'inventory:\n  vpcs:\n    - id: vpc-0a\n      cidrs: [10.0.0.0/16]\n      routeTables:\n        - id: rtb-0a\n          routes: [{ destination: 10.1.0.0/16, target: peering-1 }]\n',
      want: '.vpclint.yml:7:56: inventory.vpcs[0].routeTables[0].routes[0].target: "peering-1" is not an ID: pcx- (peering), igw-, vgw-, nat-, tgw-, eni-, i-, vpce-, eigw-, cagw-, lgw-, a core network ARN, or local',
    },
    {
      name: 'a VPC listed twice in the inventory',
      text: 'inventory:\n  vpcs:\n    - id: vpc-0a\n      cidrs: [10.0.0.0/16]\n    - id: vpc-0a\n      cidrs: [10.1.0.0/16]\n',
      want: '.vpclint.yml:5:11: inventory.vpcs[1].id: vpc-0a is listed twice in the inventory (first at inventory.vpcs[0].id)',
    },
    {
      name: 'a YAML syntax error',
      text: 'rules:\n  NET401: [warning\n',
      want: '.vpclint.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    },
    {
      name: 'a key written twice',
      text: 'rules: {}\nrules: {}\n',
      want: '.vpclint.yml:2:1: invalid YAML: Map keys must be unique',
    },
    {
      name: 'a root that is a list',
      text: '- rules\n',
      want: '.vpclint.yml:1:1: (top level): must be a mapping',
    },
  ])('$name', async ({ text, want }) => {
    expect(await problem(text)).toBe(want);
  });

  it('reports a JSON syntax error at its line and column', async () => {
    expect(await problem('{\n  "rules": {,\n}', '.vpclint.json')).toMatch(/^\.vpclint\.json:2:13: invalid JSON: /);
  });

  it('says how many more problems follow the first', async () => {
    expect(await problem('rules:\n  NET401: critical\n  NET999: off\nexclude: 3\n')).toBe(
      '.vpclint.yml:2:11: rules.NET401: must be one of error, warning, note, off, not "critical" | 2 more problems in this file after this one',
    );
  });
});
