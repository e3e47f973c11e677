/**
 * `--print-config` (the effective configuration: the file's, with the command line's rule flags
 * over it) and `--init` (a commented `.vpclint.yml` to start from).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Pair, Scalar } from 'yaml';
import type { Rule } from '../engine/define-rule.js';
import { TOOL_VERSION } from '../engine/define-rule.js';
import { UsageError } from '../errors.js';
import { describeFsError } from '../files.js';
import { CONFIG_NAMES, type LoadedConfig } from '../config/load.js';
import { yamlLib } from '../parse/yaml-lib.js';
import type { RuleSelection, SeverityChoice } from './rule-selection.js';

interface EffectiveRule {
  readonly id: string;
  readonly severity: SeverityChoice;
  /** `default`, the configuration file, or the flag that set the severity. */
  readonly setBy: string;
  readonly options?: unknown;
}

function effectiveRules(rules: readonly Rule[], config: LoadedConfig | undefined, selection: RuleSelection): Map<string, EffectiveRule> {
  const out = new Map<string, EffectiveRule>();
  for (const rule of rules) {
    const configured = config?.severities.get(rule.id);
    const severity = selection.severities.get(rule.id) ?? rule.defaultSeverity;
    const setBy = selection.setBy.get(rule.id) ?? (configured !== undefined && config !== undefined ? config.file : 'default');
    const options = config?.ruleOptions.get(rule.id) ?? rule.options?.defaults;
    out.set(rule.name, { id: rule.id, severity, setBy, ...(options === undefined ? {} : { options }) });
  }
  return out;
}

/**
 * `--print-config`: YAML that loads as a configuration file, or JSON with `--format json`. The
 * `yaml` package must be loaded (`loadYaml()`).
 */
export function printConfig(rules: readonly Rule[], config: LoadedConfig | undefined, selection: RuleSelection, format: 'yaml' | 'json'): string {
  const effective = effectiveRules(rules, config, selection);
  const rest = {
    include: config?.include ?? [],
    exclude: config?.exclude ?? [],
    ...(config?.written.ignore === undefined ? {} : { ignore: config.written.ignore }),
    ...(config?.written.inventory === undefined ? {} : { inventory: config.written.inventory }),
    ...(config?.written.intents === undefined ? {} : { intents: config.written.intents }),
  };
  if (format === 'json') {
    const data = { configFile: config?.file ?? null, rules: Object.fromEntries(effective), ...rest };
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  const ruleValues = Object.fromEntries(
    [...effective].map(([name, r]) => [name, r.options === undefined ? r.severity : { severity: r.severity, options: r.options }]),
  );
  const { Document, isScalar, visit } = yamlLib();
  const doc = new Document({ rules: ruleValues, ...rest });
  const from = config === undefined ? 'no configuration file; defaults' : `from ${config.file}`;
  const lines = [` The configuration in effect (vpclint ${TOOL_VERSION}): ${from}`];
  if (selection.setBy.size > 0) lines.push(' with --rule, --only and --skip of the command line over it');
  lines.push(' After each rule: its ID and where its severity comes from.');
  doc.commentBefore = lines.join('\n');
  const ruleMap = doc.get('rules', true) as { items: Pair<Scalar, unknown>[] };
  for (const pair of ruleMap.items) {
    const r = effective.get(String(pair.key.value))!;
    const note = ` ${r.id}, ${r.setBy}`;
    if (isScalar(pair.value)) pair.value.comment = note;
    else pair.key.comment = note;
  }
  // Lists of ports and globs on one line, as a person writes them.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A value on one line of YAML: a list as `[22, 443]`, anything else as JSON (which YAML reads). */
function flowValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value);
}

/** The text `--init` writes: every rule at its default severity, the other keys in comments. */
export function initConfigText(rules: readonly Rule[]): string {
  const lines = [
    `# vpclint configuration, written by vpclint --init (${TOOL_VERSION}).`,
    '# Reference: https://github.com/vpclint/vpclint#configuration; vpclint --print-config shows the',
    '# configuration in effect, vpclint --explain RULE what a rule checks.',
    '',
    '# Every rule, by name, at its default severity: set error, warning or note (every finding of the',
    '# rule gets it), or off (the rule does not run). A rule may also take { severity, options }.',
    '# Delete a line to follow the default of later versions.',
    'rules:',
  ];
  for (const rule of rules) {
    lines.push(`  # ${rule.id}: ${rule.summary}`);
    lines.push(`  ${rule.name}: ${rule.defaultSeverity}`);
    const options = (rule.options?.schema as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties;
    if (options === undefined || Object.keys(options).length === 0) continue;
    lines.push(`  # With options (vpclint --explain ${rule.name} describes them), instead:`);
    lines.push(`  # ${rule.name}:`);
    lines.push(`  #   severity: ${rule.defaultSeverity}`);
    lines.push('  #   options:');
    for (const [name, spec] of Object.entries(options)) lines.push(`  #     ${name}: ${flowValue(spec.default)}`);
  }
  lines.push(
    '',
    '# Globs relative to this file, applied to the files vpclint finds in directories (a file named',
    '# on the command line is always read). A pattern without / matches at any depth.',
    '# include: [infra]',
    '# exclude: [legacy, "*.plan.json"]',
    '',
    '# Suppressions for inputs without comments (plan JSON): rule (ID or name, or a list), resource',
    '# (the address findings name; * matches any characters), reason (required), expires (optional,',
    '# the last day, YYYY-MM-DD).',
    '# ignore:',
    '#   - rule: NET401',
    '#     resource: module.edge.aws_security_group_rule.public_https',
    '#     reason: public ALB, reviewed by security',
    '#     expires: 2027-03-31',
    '',
    '# VPCs and route tables outside the linted files (another team or account), so peerings with',
    '# them can be checked.',
    '# inventory:',
    '#   vpcs:',
    '#     - id: vpc-0shared1234',
    '#       name: shared-services',
    '#       cidrs: [10.50.0.0/16]',
    '#       region: eu-west-1',
    '#       account: "111122223333"',
    '#       routeTables:',
    '#         - id: rtb-0shared1234',
    '#           main: true',
    '#           routes:',
    '#             - destination: 10.0.0.0/16',
    '#               target: pcx-0abc12345',
    '',
    '# Flows the network must allow or deny, checked on every run (NET501 network-intent): from and',
    '# to name a subnet, security group or VPC (address, logical ID, ID or Name tag) or an IP address',
    '# in one subnet; protocol tcp (default), udp, icmp or all; port for tcp and udp.',
    '# intents:',
    '#   - name: app reaches the database',
    '#     from: aws_subnet.app',
    '#     to: aws_security_group.db',
    '#     port: 5432',
    '#     expect: allow',
    '#   - name: dev does not reach prod',
    '#     from: dev-vpc',
    '#     to: prod-vpc',
    '#     protocol: all',
    '#     expect: deny',
  );
  return `${lines.join('\n')}\n`;
}

/** `--init`: writes `.vpclint.yml` in `cwd`; refuses when a configuration file is there already. */
export function writeInitConfig(cwd: string, rules: readonly Rule[]): string {
  const existing = CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name)));
  if (existing !== undefined) {
    throw new UsageError('a configuration file is here already; --init does not overwrite it', {
      file: existing,
      hint: 'vpclint --print-config shows the configuration in effect' });
  }
  const file = CONFIG_NAMES[0]!;
  try {
    // wx: never overwrite, even a file created since the check above.
    writeFileSync(path.join(cwd, file), initConfigText(rules), { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write the configuration file: ${describeFsError(error)}`, { file, cause: error });
  }
  return file;
}
