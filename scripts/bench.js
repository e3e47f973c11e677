/**
 * `npm run bench`: measures vpclint on generated inputs, each against its floor, the least any
 * implementation must do with the same file, run in a process of its own and timed the same way
 * (wall time from spawn to exit, Node start-up included), interleaved with vpclint's runs so both
 * see the same load:
 *
 * - Terraform plans (scripts/bench/gen-plan.js: about 1k, 10k and 100k resources) and a plan of
 *   one resource (start-up): Node start-up, reading the file and `JSON.parse`. The one-resource
 *   plan is measured against `node -e 0`.
 * - `.tf` (scripts/bench/gen-tf.js): module directories (`tf-100`, `tf-1k`) and one file of
 *   literal blocks of about 1k, 10k and 20k resources (`tf-flat-*`): starting the HCL parser and
 *   parsing every file, then exiting (the parser's Go timers would keep the process alive longer).
 * - CloudFormation (scripts/bench/gen-cfn.js): YAML templates of about 1k and 10k resources
 *   against loading `yaml` and parsing them; the 10k template in JSON against `JSON.parse`.
 * - Topologies (scripts/bench/gen-topology.js): a full mesh of 200 VPCs (19,900 peerings) and a
 *   hub with 4,000 spokes, as plans.
 *
 * Prints the time and load averages when it started and ended, one table, then every target with
 * the figures it compares and PASS/FAIL, and checks that the findings of every input (from its
 * JSON report) are those stored in bench/findings.json (DIFF otherwise). It is a measurement, not
 * a test: the exit code is 0 whatever the numbers, and 2 only when the CLI fails (exit code 2) or
 * is missing. The digest keeps only what says what was found and where (rule, severity, message,
 * resource, related, location, fingerprint; an unresolved check's reason; an error's position and
 * message).
 *
 * Options: `--sizes plan-10k,tf-flat-10k` to measure fewer inputs, `--runs N` (default 5; medians
 * are reported; an input whose run takes longer than 5 s is run at most 3 times, and one longer
 * than 20 s once), `--update-findings` to store the findings of this run in bench/findings.json
 * (only when vpclint's findings are meant to change).
 * `VPCLINT_BENCH_CLI=path` runs another CLI than dist/cli.js (a build of the sources in /tmp).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZES, ensurePlan, OUT_DIR } from './bench/gen-plan.js';
import { CFN_FLOOR_SCRIPT, CFN_SIZE, ensureSizedTemplate, ensureTemplate } from './bench/gen-cfn.js';
import { TF_FLAT_SIZES, TF_FLOOR_SCRIPT, TF_SIZES, ensureFlatModule, ensureModule } from './bench/gen-tf.js';
import { TOPOLOGIES, ensureTopology } from './bench/gen-topology.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(REPO, 'scripts', 'bench', 'rss-probe.cjs');
const FINDINGS_FILE = join(REPO, 'bench', 'findings.json');
/** A single run longer than this is not repeated. */
const LONG_RUN_S = 20;
/**
 * Runs per input by default. On a 2-core machine shared with other work, the median of 3 runs
 * of the same build moved by up to 30% from one bench to the next (plan-10k: 0.70 and 0.91 s);
 * the median of 5 moves less, for about half a minute more in all (the long inputs keep 3).
 */
const DEFAULT_RUNS = 5;
/**
 * An input whose run takes longer than this is run at most 3 times: 5 runs of the large .tf and
 * plan inputs would add minutes, and their figures move less.
 */
const SLOW_RUN_S = 5;

/** What the JSON floor process runs: read and parse the file. */
const JSON_FLOOR_SCRIPT = "JSON.parse(require('node:fs').readFileSync(process.argv[1],'utf8'));";

/**
 * @typedef {{ name: string, ensure: (log: (m: string) => void) => { path: string, resources: number, bytes?: number },
 *   floor: string[], floorName: string }} Input
 */

/** @type {Input[]} */
const INPUTS = [
  {
    name: 'plan-one',
    ensure: () => {
      const path = join(OUT_DIR, 'plan-one.json');
      mkdirSync(OUT_DIR, { recursive: true });
      const resource = { address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', provider_name: 'registry.terraform.io/hashicorp/aws', values: { cidr_block: '10.0.0.0/16' } };
      writeFileSync(path, `${JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', planned_values: { root_module: { resources: [resource] } } }, null, 2)}\n`);
      return { path, resources: 1 };
    },
    floor: ['-e', '0'],
    floorName: 'node -e 0',
  },
  ...Object.keys(SIZES).map((size) => ({
    name: `plan-${size}`,
    ensure: (/** @type {(m: string) => void} */ log) => ensurePlan(/** @type {keyof typeof SIZES} */ (size), { log }),
    floor: ['-e', JSON_FLOOR_SCRIPT],
    floorName: 'read + JSON.parse',
  })),
  ...Object.keys(TF_SIZES).map((size) => ({
    name: `tf-${size}`,
    ensure: (/** @type {(m: string) => void} */ log) => ensureModule(/** @type {keyof typeof TF_SIZES} */ (size), { log }),
    floor: ['-e', TF_FLOOR_SCRIPT],
    floorName: 'HCL parser',
  })),
  ...Object.keys(TF_FLAT_SIZES).map((size) => ({
    name: `tf-flat-${size}`,
    ensure: (/** @type {(m: string) => void} */ log) => ensureFlatModule(/** @type {keyof typeof TF_FLAT_SIZES} */ (size), { log }),
    floor: ['-e', TF_FLOOR_SCRIPT],
    floorName: 'HCL parser',
  })),
  { name: CFN_SIZE, ensure: () => ensureTemplate(), floor: ['-e', CFN_FLOOR_SCRIPT], floorName: 'yaml parse' },
  { name: 'cfn-10k', ensure: () => ensureSizedTemplate('cfn-10k'), floor: ['-e', CFN_FLOOR_SCRIPT], floorName: 'yaml parse' },
  { name: 'cfn-json-10k', ensure: () => ensureSizedTemplate('cfn-json-10k'), floor: ['-e', JSON_FLOOR_SCRIPT], floorName: 'read + JSON.parse' },
  ...Object.keys(TOPOLOGIES).map((name) => ({
    name,
    ensure: (/** @type {(m: string) => void} */ log) => ensureTopology(/** @type {keyof typeof TOPOLOGIES} */ (name), { log }),
    floor: ['-e', JSON_FLOOR_SCRIPT],
    floorName: 'read + JSON.parse',
  })),
];
const NAMES = INPUTS.map((i) => i.name);

/**
 * Runs node to completion, timing it from spawn to exit.
 * @param {string[]} args arguments to `node`
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ code: number, wall: number, stdout: string, stderr: string }>}
 */
function runNode(args, env = process.env) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      resolvePromise({ code: code ?? (signal ? 128 : 1), wall, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/** @param {string[]} argv */
function parseArgs(argv) {
  let sizes = NAMES;
  let runs = DEFAULT_RUNS;
  let update = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') {
      const wanted = value().split(',');
      for (const s of wanted) if (!NAMES.includes(s)) throw new Error(`unknown input ${s}; expected ${NAMES.join(', ')}`);
      sizes = NAMES.filter((n) => wanted.includes(n));
    } else if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
    } else if (arg === '--update-findings') {
      update = true;
    } else {
      throw new Error(`unknown option ${arg}`);
    }
  }
  return { sizes, runs, update };
}

/** What a finding, an unresolved check and an error are, in the JSON report (other fields may come and go). */
const FINDING_KEYS = ['id', 'rule', 'severity', 'message', 'resource', 'related', 'location', 'fingerprint'];
const UNRESOLVED_KEYS = ['id', 'rule', 'resource', 'reason', 'location'];
const ERROR_KEYS = ['file', 'line', 'column', 'message'];

/** @param {unknown[]} list @param {string[]} keys */
function project(list, keys) {
  return list.map((x) => Object.fromEntries(keys.map((k) => [k, /** @type {Record<string, unknown>} */ (x)[k]])));
}

/**
 * A digest of the findings, unresolved checks and errors of a JSON report: only the fields that
 * say what was found and where, so that a field added to the report format is not a change.
 * @param {string} stdout
 */
function findingsDigest(stdout) {
  try {
    const json = /** @type {{ findings?: unknown[], unresolved?: unknown[], errors?: unknown[] }} */ (JSON.parse(stdout));
    const kept = {
      findings: project(json.findings ?? [], FINDING_KEYS),
      unresolved: project(json.unresolved ?? [], UNRESOLVED_KEYS),
      errors: project(json.errors ?? [], ERROR_KEYS),
    };
    return {
      sha256: createHash('sha256').update(JSON.stringify(kept)).digest('hex'),
      findings: kept.findings.length,
      unresolved: kept.unresolved.length,
      errors: kept.errors.length,
    };
  } catch {
    return undefined;
  }
}

/**
 * @typedef {{ name: string, resources: number, fileMB: number, wall: number, floor: number, floorName: string,
 *   rssMB: number, runs: number, digest: ReturnType<typeof findingsDigest> }} Row
 */

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const cli = resolve(REPO, process.env.VPCLINT_BENCH_CLI ?? 'dist/cli.js');
  if (!existsSync(cli)) {
    process.stderr.write(`bench: ${cli} does not exist; run \`npm run build\`, or set VPCLINT_BENCH_CLI to a CLI to measure.\n`);
    return 2;
  }
  const log = (/** @type {string} */ m) => process.stdout.write(`${m}\n`);
  const inputs = INPUTS.filter((i) => opts.sizes.includes(i.name)).map((i) => ({ ...i, ...i.ensure(log) }));
  const started = machineLoad();
  /** @type {number[]} */
  const startups = [];
  const tmp = mkdtempSync(join(tmpdir(), 'vpclint-bench-'));
  /** @type {Row[]} */
  const rows = [];
  try {
    for (const input of inputs) {
      const fileMB = (input.bytes ?? statSync(input.path).size) / 1e6;
      /** @type {number[]} */
      const floors = [];
      /** @type {number[]} */
      const walls = [];
      /** @type {number[]} */
      const rss = [];
      /** @type {ReturnType<typeof findingsDigest>} */
      let digest;
      for (let i = 0; i < opts.runs; i++) {
        const f = await runNode([...input.floor, input.path]);
        if (f.code !== 0) throw new Error(`the floor process failed on ${input.path}: ${f.stderr}`);
        floors.push(f.wall);
        startups.push((await runNode(['-e', '0'])).wall);
        // The one-resource plan measures start-up: no probe preloaded there.
        const rssFile = join(tmp, `rss-${input.name}-${i}`);
        const probe = input.name === 'plan-one' ? [] : ['--require', PROBE];
        const r = await runNode([...probe, cli, '--format', 'json', input.path], { ...process.env, VPCLINT_BENCH_RSS_FILE: rssFile });
        if (r.code === 2) {
          process.stderr.write(`bench: the CLI failed (exit code 2) on ${input.path}:\n${r.stderr}`);
          return 2;
        }
        walls.push(r.wall);
        if (existsSync(rssFile)) rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
        digest ??= findingsDigest(r.stdout);
        if (r.wall > LONG_RUN_S || (r.wall > SLOW_RUN_S && walls.length >= 3)) break;
      }
      rows.push({
        name: input.name,
        resources: input.resources,
        fileMB,
        wall: median(walls),
        floor: median(floors),
        floorName: input.floorName,
        rssMB: rss.length > 0 ? Math.max(...rss) : NaN,
        runs: walls.length,
        digest,
      });
    }
    const plan10k = inputs.find((i) => i.name === 'plan-10k');
    if (plan10k !== undefined) {
      try {
        intentCost = await measureIntents(cli, plan10k.path, opts.runs, tmp);
      } catch (e) {
        intentCost = { error: e instanceof Error ? e.message : String(e) };
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  printTable(rows, median(startups), cli, opts.update, { start: started, end: machineLoad() });
  return 0;
}

/**
 * Issue 15: what checking a few network intents (`intents` in the configuration, rule NET501) adds
 * to a run of the 10k plan. The plan is linted with a configuration holding four intents (subnet
 * to subnet, subnet to security group, two spokes, VPC to VPC: every subnet pair) and with one
 * holding none, interleaved, so that both read a configuration file and differ only by the intents.
 * The difference is a few percent, less than what other processes on a busy machine add to one
 * run's wall time, so the target compares the CPU time (user + system) each run reports on exit,
 * the fastest of at least five runs of each; the wall times are shown beside it.
 * A CLI that fails on the configuration (one that predates intents) is a FAIL with its message.
 * @type {{ cpuWith: number, cpuWithout: number, wallWith: number, wallWithout: number, runs: number } | { error: string } | undefined}
 */
let intentCost;

const BENCH_INTENTS = `intents:
  - { name: spoke to hub, from: vpc-0001-a, to: 'module.vpc_legacy["vpc-0000"].aws_subnet.this[0]', port: 443, expect: allow }
  - { name: hub to workloads, from: 'module.vpc_legacy["vpc-0000"].aws_subnet.this[1]', to: vpc-0001-workloads, port: 22, expect: deny }
  - { name: spokes apart, from: vpc-0002-b, to: vpc-0001-workloads, port: 22, expect: deny }
  - { name: hub reaches spoke, from: 'module.vpc_legacy["vpc-0000"].aws_vpc.this', to: 'module.vpc["vpc-0001"].aws_vpc.this', protocol: all, expect: allow }
`;

/** Preloaded into the measured process: writes its CPU time (user + system, seconds) on exit. */
const CPU_PROBE = `'use strict';
const out = process.env.VPCLINT_BENCH_CPU_FILE;
if (out) process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').writeFileSync(out, String((u.user + u.system) / 1e6)); });
`;

/** @param {string} cli @param {string} plan @param {number} runs @param {string} tmp */
async function measureIntents(cli, plan, runs, tmp) {
  const withFile = join(tmp, 'intents.yml');
  const withoutFile = join(tmp, 'no-intents.yml');
  const probe = join(tmp, 'cpu-probe.cjs');
  const cpuFile = join(tmp, 'cpu');
  writeFileSync(withFile, BENCH_INTENTS);
  writeFileSync(withoutFile, 'rules: {}\n');
  writeFileSync(probe, CPU_PROBE);
  /** @param {string} config */
  const once = async (config) => {
    rmSync(cpuFile, { force: true });
    const r = await runNode(['--require', probe, cli, '--format', 'json', '--config', config, plan], { ...process.env, VPCLINT_BENCH_CPU_FILE: cpuFile });
    // Exit 2 with intents: an endpoint the plan does not resolve (or a CLI that predates intents).
    if (r.code === 2) throw new Error(`the CLI failed (exit code 2) on ${plan} with ${config}:\n${r.stderr}`);
    return { wall: r.wall, cpu: Number(readFileSync(cpuFile, 'utf8')) };
  };
  /** @type {{ wall: number, cpu: number }[]} */
  const withRuns = [];
  /** @type {{ wall: number, cpu: number }[]} */
  const withoutRuns = [];
  for (let i = 0; i < Math.max(runs, 5); i++) {
    withoutRuns.push(await once(withoutFile));
    withRuns.push(await once(withFile));
  }
  const fastest = (/** @type {{ wall: number, cpu: number }[]} */ xs, /** @type {'wall' | 'cpu'} */ k) => Math.min(...xs.map((x) => x[k]));
  return {
    cpuWith: fastest(withRuns, 'cpu'),
    cpuWithout: fastest(withoutRuns, 'cpu'),
    wallWith: fastest(withRuns, 'wall'),
    wallWithout: fastest(withoutRuns, 'wall'),
    runs: withRuns.length,
  };
}

/** The time and the load averages over 1, 5 and 15 minutes: the figures mean little on a busy machine. */
function machineLoad() {
  return `${new Date().toISOString().slice(0, 19)}Z, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

/** @param {Row[]} rows @param {number} startup @param {string} cli @param {boolean} update @param {{ start: string, end: string }} load */
function printTable(rows, startup, cli, update, load) {
  /** @type {Record<string, { sha256: string, findings: number, unresolved: number, errors: number }>} */
  const stored = existsSync(FINDINGS_FILE) ? JSON.parse(readFileSync(FINDINGS_FILE, 'utf8')) : {};
  const findingsCheck = (/** @type {Row} */ r) => {
    if (r.digest === undefined) return 'no JSON';
    const want = stored[r.name];
    if (want === undefined) return 'not stored';
    return want.sha256 === r.digest.sha256 ? 'same' : 'DIFF';
  };
  const header = ['input', 'resources', 'file MB', 'vpclint wall s', 'floor', 'floor wall s', 'wall / floor', 'peak RSS MB', 'RSS / file', 'findings', 'vs stored'];
  const body = rows.map((r) => [
    r.name,
    String(r.resources),
    r.fileMB.toFixed(1),
    `${r.wall.toFixed(3)}${r.runs < 3 ? ` (${r.runs} run${r.runs === 1 ? '' : 's'})` : ''}`,
    r.floorName,
    r.floor.toFixed(3),
    (r.wall / r.floor).toFixed(2),
    Number.isNaN(r.rssMB) ? 'n/a' : r.rssMB.toFixed(0),
    Number.isNaN(r.rssMB) ? 'n/a' : (r.rssMB / r.fileMB).toFixed(2),
    r.digest === undefined ? '?' : `${r.digest.findings}/${r.digest.unresolved}/${r.digest.errors}`,
    findingsCheck(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => /** @type {string} */ (row[i]).length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => (i === 0 || i === 4 || i === 10 ? c.padEnd(/** @type {number} */ (widths[i])) : c.padStart(/** @type {number} */ (widths[i])))).join(' | ')} |`;
  const out = [];
  out.push(
    '',
    `vpclint: ${cli}`,
    `started ${load.start}; ended ${load.end} (over 1, 5 and 15 minutes; the bench's own runs raise it towards 2 on 2 cores).`,
    `node ${process.version}, start-up (node -e 0) ${startup.toFixed(3)} s. Every floor is a process of its own, timed like vpclint from spawn to exit and interleaved with its runs; wall and floor are medians, RSS the highest run. findings: findings/unresolved/errors.`,
    '',
  );
  out.push(line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line), '');

  const by = new Map(rows.map((r) => [r.name, r]));
  /** @type {Array<[string, boolean | undefined, string]>} */
  const targets = [];
  const within = (/** @type {string} */ name, /** @type {number} */ k) => {
    const r = by.get(name);
    targets.push([
      `${name} wall <= ${k} x floor (${r?.floorName ?? '-'})`,
      r && r.wall <= k * r.floor,
      r ? `${r.wall.toFixed(3)} s vs ${k} x ${r.floor.toFixed(3)} = ${(k * r.floor).toFixed(3)} s (${(r.wall / r.floor).toFixed(2)} x)` : 'not measured',
    ]);
  };
  const ratio = (/** @type {string} */ a, /** @type {string} */ b, /** @type {number} */ k) => {
    const ra = by.get(a);
    const rb = by.get(b);
    targets.push([
      `T(${a}) / T(${b}) <= ${k}`,
      ra && rb ? ra.wall / rb.wall <= k : undefined,
      ra && rb ? `${ra.wall.toFixed(3)} s / ${rb.wall.toFixed(3)} s = ${(ra.wall / rb.wall).toFixed(2)}` : 'not measured',
    ]);
  };
  within('plan-one', 1.6);
  within('plan-10k', 2);
  within('plan-100k', 2);
  const big = by.get('plan-100k');
  targets.push([
    'plan-100k peak RSS <= 4.5 x file size (highest run)',
    big && !Number.isNaN(big.rssMB) ? big.rssMB <= 4.5 * big.fileMB : undefined,
    big && !Number.isNaN(big.rssMB) ? `${big.rssMB.toFixed(0)} MB vs 4.5 x ${big.fileMB.toFixed(0)} = ${(4.5 * big.fileMB).toFixed(0)} MB (${(big.rssMB / big.fileMB).toFixed(2)} x)` : 'not measured',
  ]);
  ratio('tf-flat-20k', 'tf-flat-10k', 2.2);
  ratio('tf-flat-10k', 'tf-flat-1k', 11);
  within('tf-flat-10k', 1.2);
  within('cfn-json-10k', 3);
  within('cfn-10k', 1.3);
  within('mesh-200', 3);
  within('hub-4000', 3);
  targets.push([
    'plan-10k: 4 intents cost < 10% of the run, in CPU time (issue 15)',
    intentCost === undefined ? undefined : 'error' in intentCost ? false : intentCost.cpuWith - intentCost.cpuWithout < 0.1 * intentCost.cpuWithout,
    intentCost === undefined
      ? 'not measured'
      : 'error' in intentCost
        ? intentCost.error.split('\n').slice(0, 2).join(' ')
        : `CPU ${intentCost.cpuWith.toFixed(3)} s with vs ${intentCost.cpuWithout.toFixed(3)} s without: ${intentCost.cpuWith >= intentCost.cpuWithout ? '+' : ''}${(((intentCost.cpuWith - intentCost.cpuWithout) / intentCost.cpuWithout) * 100).toFixed(1)}%; ` +
        `wall ${intentCost.wallWith.toFixed(3)} s vs ${intentCost.wallWithout.toFixed(3)} s (fastest of ${intentCost.runs} interleaved runs each)`,
  ]);
  const unchanged = rows.filter((r) => findingsCheck(r) === 'same').length;
  targets.push([
    'findings identical to bench/findings.json',
    rows.length === 0 ? undefined : unchanged === rows.length,
    `${unchanged} of ${rows.length} inputs the same${rows.some((r) => findingsCheck(r) !== 'same') ? `; ${rows.filter((r) => findingsCheck(r) !== 'same').map((r) => `${r.name}: ${findingsCheck(r)}`).join(', ')}` : ''}`,
  ]);
  for (const [name, ok, detail] of targets) out.push(`${ok === undefined ? 'SKIP' : ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  if (update) {
    const next = { ...stored };
    for (const r of rows) if (r.digest !== undefined) next[r.name] = r.digest;
    const sorted = Object.fromEntries(NAMES.filter((n) => n in next).map((n) => [n, next[n]]));
    mkdirSync(dirname(FINDINGS_FILE), { recursive: true });
    writeFileSync(FINDINGS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
    out.push('', `stored the findings of ${rows.length} inputs in ${FINDINGS_FILE}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

process.exitCode = await main();
