/**
 * `vpclint reach FROM TO [--port N] [--protocol tcp|udp|icmp|all] [paths..]`: can traffic go from
 * one endpoint to another and its replies come back? The inputs are read exactly as a lint run
 * reads them (discovery, configuration, CloudFormation parameters, Terraform variables,
 * --source-dir); the model they build is handed to the path engine (src/model/reach/) and the
 * answer printed by src/report/reach.ts. Exit 0 allowed, 1 denied, 2 unknown or bad input.
 */
import { UsageError, type ToolError } from '../errors.js';
import { resolveEndpoint, type EndpointResolution } from '../model/reach/endpoints.js';
import type { EndpointSpec, FlowProtocol, FlowSpec } from '../model/reach/flow.js';
import { flowProblem, reach } from '../model/reach/path.js';
import type { NetworkModel } from '../model/types.js';
import { loadParameters } from '../parse/cloudformation/index.js';
import { renderReachJson, renderReachText, type ReachEnd } from '../report/reach.js';
import { loadRunSettings } from '../config/settings.js';
import { lintPaths } from '../run.js';
import { sourceDirectory, terraformVariables } from './input-options.js';
import { parseCommandArgs, type ParseArgsProblem } from './parse-args-problem.js';

export const REACH_HELP = `Usage: vpclint reach FROM TO [--port N] [--protocol tcp|udp|icmp|all] [options] [paths..]

Can traffic go from FROM to TO, and its replies come back? vpclint follows the flow hop by hop
through what the inputs define: the source security group's egress, the source subnet's network
ACL, its route table (the local route, or a peering connection and whether it is accepted), the
destination subnet's network ACL and security group, and the replies back through the network
ACLs (to the ephemeral ports 1024-65535) and the destination's route table.

FROM and TO are each a subnet, security group or VPC, named by its Terraform address, its
CloudFormation logical ID, its real ID or its Name tag, or an IP address or CIDR block inside one
subnet. A VPC stands for every subnet in it, and so does a security group for its VPC, unless
written GROUP@SUBNET (the group's instances in that subnet). The paths are read as vpclint reads
them for linting (default: .).

Flow:
  --protocol P           tcp (default), udp, icmp or all
  --port N               the destination port (required for tcp and udp); for icmp, the type
                         (8: echo request; default: every type)

Output:
  --format text|json     text (default) or json: { verdict, from, to, flow, path, blockedBy,
                         reasons, notes, pairs }
  --color, --no-color    colour the text output or not

Inputs (as for linting): --config FILE, --parameters FILE, --parameter NAME=VALUE,
--var-file FILE, --var NAME=VALUE, --source-dir DIR; --debug, -h/--help.

Exit codes:
  0  allowed: every hop passes, both ways
  1  denied: a hop blocks the flow (the first one is shown with what would fix it)
  2  unknown (a deciding value is unknown until apply), or a usage error, an unknown or
     ambiguous endpoint, or unreadable or malformed input
`;

const OPTIONS = {
  port: { type: 'string' },
  protocol: { type: 'string' },
  format: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  config: { type: 'string' },
  parameters: { type: 'string', multiple: true },
  parameter: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  'source-dir': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PROTOCOLS: readonly FlowProtocol[] = ['tcp', 'udp', 'icmp', 'all'];

/** What `main` lends the subcommand: its stream, error printer and colour decision. */
export interface ReachIo {
  stdout(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin?: () => Promise<Buffer | string>;
  /** Prints a tool error on stderr as `file:line:col: message` and its hint. */
  printError(error: ToolError): void;
  /** The CLI's colour decision for stdout (NO_COLOR, FORCE_COLOR, the terminal), without flags. */
  readonly color: boolean;
}

interface ReachOptions {
  readonly from: string;
  readonly to: string;
  readonly paths: readonly string[];
  readonly flow: FlowSpec;
  readonly format: 'text' | 'json';
  readonly color?: boolean;
  readonly config?: string;
  readonly parameters: { readonly files: readonly string[]; readonly flags: readonly string[] };
  readonly terraformVariables: ReturnType<typeof terraformVariables>;
  readonly sourceDir?: string;
}

function usage(message: string, hint = 'run vpclint reach --help for the usage'): UsageError {
  return new UsageError(`reach: ${message}`, { hint });
}

/** parseArgs' problem in the words of `vpclint reach` (src/cli/parse-args-problem.ts). */
function toUsageError(problem: ParseArgsProblem): UsageError {
  switch (problem.kind) {
    case 'unknown':
      return usage(`unknown option ${problem.option}`, problem.guess === undefined ? 'run vpclint reach --help for the options' : `did you mean ${problem.guess}?`);
    case 'takesNoValue':
      return usage(`option ${problem.option} does not take a value`);
    case 'needsValue':
      return usage(`option ${problem.option} needs a value`);
    case 'other':
      return usage(problem.message);
  }
}

/** A whole number written in decimal digits, or undefined. */
function wholeNumber(text: string): number | undefined {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function parseFlow(protocolText: string | undefined, portText: string | undefined): FlowSpec {
  const protocol = (protocolText ?? 'tcp').trim().toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) throw usage(`--protocol must be tcp, udp, icmp or all, not "${protocolText}"`);
  const p = protocol as FlowProtocol;
  if (portText === undefined) {
    if (p === 'tcp' || p === 'udp') throw usage(`a ${p.toUpperCase()} flow needs --port`, 'for example --port 443');
    return { protocol: p };
  }
  if (p === 'all') throw usage('--port does not apply to --protocol all, which asks for every protocol and port');
  const port = wholeNumber(portText);
  if (port === undefined) throw usage(`--port must be a number, not "${portText}"`);
  const flow: FlowSpec = { protocol: p, port };
  const problem = flowProblem(flow);
  if (problem !== undefined) throw usage(`--port: ${problem}`);
  return flow;
}

function parseReachArgs(argv: readonly string[]): ReachOptions | 'help' {
  const parsed = parseCommandArgs(argv, OPTIONS, toUsageError);
  const { values, positionals } = parsed;
  if (values.help === true) return 'help';
  const [from, to, ...paths] = positionals;
  if (from === undefined || to === undefined) throw usage(from === undefined ? 'FROM and TO are missing' : 'TO is missing', 'for example: vpclint reach app-subnet 10.0.16.5 --port 443');
  const flow = parseFlow(values.protocol, values.port);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usage(`--format must be text or json, not "${format}"`);
  if (values.config === '') throw usage('--config needs a file name');
  if (values['source-dir'] === '') throw usage('--source-dir needs a directory');
  const colorFlag = parsed.tokens.filter((t) => t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')).at(-1);
  return {
    from,
    to,
    paths: paths.length > 0 ? paths : ['.'],
    flow,
    format,
    ...(colorFlag?.kind === 'option' ? { color: colorFlag.name === 'color' } : {}),
    ...(values.config === undefined ? {} : { config: values.config }),
    parameters: { files: values.parameters ?? [], flags: values.parameter ?? [] },
    terraformVariables: terraformVariables(parsed.tokens),
    ...(values['source-dir'] === undefined ? {} : { sourceDir: values['source-dir'] }),
  };
}

function describeEnd(text: string, spec: EndpointSpec): ReachEnd {
  switch (spec.kind) {
    case 'address':
      return { text, kind: spec.kind, label: spec.cidr.canonical, subnet: spec.subnet.label };
    case 'subnet':
      return { text, kind: spec.kind, label: spec.subnet.label };
    case 'vpc':
      return { text, kind: spec.kind, label: spec.vpc.label };
    case 'security-group':
      return { text, kind: spec.kind, label: spec.group.label, ...(spec.subnet === undefined ? {} : { subnet: spec.subnet.label }) };
  }
}

/**
 * FROM or TO: what `resolveEndpoint` resolves, or `GROUP@SUBNET`, a security group's instances in
 * one subnet (without it, a group stands for every subnet of its VPC).
 */
function resolveEnd(model: NetworkModel, text: string): EndpointResolution {
  const whole = resolveEndpoint(model, text);
  const at = text.lastIndexOf('@');
  if (whole.ok || at <= 0 || at === text.length - 1) return whole;
  const group = resolveEndpoint(model, text.slice(0, at));
  const subnet = resolveEndpoint(model, text.slice(at + 1));
  if (!group.ok) return group;
  if (!subnet.ok) return subnet;
  if (group.spec.kind !== 'security-group') return { ok: false, error: `${text.slice(0, at).trim()}, before the @, is not a security group` };
  if (subnet.spec.kind !== 'subnet') return { ok: false, error: `${text.slice(at + 1).trim()}, after the @, is not a subnet` };
  const { group: g } = group.spec;
  const { subnet: sub } = subnet.spec;
  if (g.vpc.state === 'known' && sub.vpc.state === 'known' && g.vpc.value !== sub.vpc.value) {
    return { ok: false, error: `${sub.label} is not in ${g.vpc.value.label}, the VPC of ${g.label}, so no instance of the group can be in it` };
  }
  return { ok: true, spec: { kind: 'security-group', group: g, subnet: sub } };
}

/**
 * Runs `vpclint reach` with the arguments after `reach`; returns the exit code. Usage and
 * configuration errors are thrown (as VpclintErrors, for `main` to print); input errors are
 * printed through `io.printError`, and then no answer is given: a model missing a file could
 * answer wrongly.
 */
export async function runReach(argv: readonly string[], io: ReachIo): Promise<number> {
  const options = parseReachArgs(argv);
  if (options === 'help') {
    io.stdout(REACH_HELP);
    return 0;
  }
  // No rules run: the run reads the inputs and builds the model, which is all reach needs.
  const settings = await loadRunSettings({ cwd: io.cwd, env: io.env, config: options.config, rules: [] });
  const parameters = loadParameters(options.parameters.files, options.parameters.flags, io.cwd);
  let model: NetworkModel | undefined;
  const linted = await lintPaths(options.paths, {
    cwd: io.cwd,
    rules: [],
    topology: false,
    parameters,
    terraformVariables: options.terraformVariables,
    ...(options.sourceDir === undefined ? {} : { sourceDir: sourceDirectory(options.sourceDir, io.cwd) }),
    ...(io.stdin === undefined ? {} : { readStdin: io.stdin }),
    ...(settings.config === undefined ? {} : { config: settings.config }),
    modelBuilt: (m) => {
      model = m;
    },
  });
  if (linted.errors.length > 0 || model === undefined) {
    for (const error of linted.errors) io.printError(error);
    io.printError({ message: 'reach: no answer, the inputs could not all be read (see above)' });
    return 2;
  }
  const ends: ReachEnd[] = [];
  const specs: EndpointSpec[] = [];
  for (const [name, text] of [['FROM', options.from], ['TO', options.to]] as const) {
    const resolved = resolveEnd(model, text);
    if (!resolved.ok) throw usage(`${name}: ${resolved.error}`, 'name a subnet, security group or VPC by address, logical ID, ID or Name tag, or an IP address inside a subnet');
    specs.push(resolved.spec);
    ends.push(describeEnd(text, resolved.spec));
  }
  const result = reach(model, specs[0]!, specs[1]!, options.flow);
  const report = { from: ends[0]!, to: ends[1]!, flow: options.flow, result };
  io.stdout(options.format === 'json' ? renderReachJson(report) : renderReachText(report, options.color ?? io.color));
  return result.verdict === 'allowed' ? 0 : result.verdict === 'denied' ? 1 : 2;
}
