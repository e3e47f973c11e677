/**
 * `npm run bench`: measures vpclint on synthetic Terraform plans of about 1k, 10k and 100k
 * resources (generated into bench/out/ by scripts/bench/gen-plan.js when missing or stale) and
 * compares it with what no implementation can beat: Node start-up plus reading and `JSON.parse`-ing
 * the same file. Prints one table and PASS/FAIL per target. It is a measurement, not a test: the
 * exit code is 0 whatever the numbers, and 2 only when the CLI fails (exit code 2) or is missing.
 *
 * It also measures a generated CloudFormation template of about 1,000 resources (`cfn-1k`,
 * scripts/bench/gen-cfn.js) against the time Node needs to load `yaml` and parse it.
 *
 * And generated Terraform module directories (`.tf`, scripts/bench/gen-tf.js) of about 100 and
 * 1,000 resources (`tf-100`, `tf-1k`) against the time Node needs to start the HCL parser and
 * parse their files.
 *
 * Options: `--sizes 1k,10k` to measure fewer sizes (`cfn-1k` names the template, `tf-1k` the module directory), `--runs N` (default 3; the median is reported).
 * `VPCLINT_BENCH_CLI=path` runs another CLI than dist/cli.js (e.g. a stub while it is being built).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZES, ensurePlan } from './bench/gen-plan.js';
import { CFN_FLOOR_SCRIPT, CFN_SIZE, ensureTemplate } from './bench/gen-cfn.js';
import { TF_FLOOR_SCRIPT, TF_SIZES, ensureModule } from './bench/gen-tf.js';

const TF = Object.keys(TF_SIZES).map((k) => `tf-${k}`);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = join(REPO, 'scripts', 'bench', 'rss-probe.cjs');
/** A single run longer than this is not repeated. */
const LONG_RUN_S = 20;

/** What the floor process runs: read and parse the file, print the seconds it took. */
const FLOOR_SCRIPT =
  "const fs=require('node:fs');const t=process.hrtime.bigint();" +
  "JSON.parse(fs.readFileSync(process.argv[1],'utf8'));" +
  'process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e9));';

/**
 * Runs a command to completion, timing it from spawn to exit.
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
      resolvePromise({
        code: code ?? (signal ? 128 : 1),
        wall,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
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
  let sizes = /** @type {string[]} */ ([...Object.keys(SIZES), CFN_SIZE, ...TF]);
  let runs = 3;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') {
      const wanted = value().split(',');
      for (const s of wanted) if (!Object.hasOwn(SIZES, s) && s !== CFN_SIZE && !TF.includes(s)) throw new Error(`unknown size ${s}; expected ${[...Object.keys(SIZES), CFN_SIZE, ...TF].join(', ')}`);
      sizes = wanted;
    } else if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
    } else {
      throw new Error(`unknown option ${arg}`);
    }
  }
  return { sizes, runs };
}

/**
 * @typedef {{ size: string, resources: number, fileMB: number, wall: number, rssMB: number,
 *   floor: number, findings: string, runs: number }} Row
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
  // The CloudFormation template (cfn-1k) is measured like a plan, against a YAML parse floor.
  const plans = opts.sizes.map((size) =>
    size === CFN_SIZE
      ? { size, ...ensureTemplate(), floorScript: CFN_FLOOR_SCRIPT }
      : TF.includes(size)
        ? { size, ...ensureModule(/** @type {keyof typeof TF_SIZES} */ (size.slice(3)), { log }), floorScript: TF_FLOOR_SCRIPT }
        : { size, ...ensurePlan(/** @type {keyof typeof SIZES} */ (size), { log }), floorScript: FLOOR_SCRIPT },
  );

  /** @type {number[]} */
  const startups = [];
  for (let i = 0; i < Math.max(3, opts.runs); i++) startups.push((await runNode(['-e', '0'])).wall);
  const startup = median(startups);

  const tmp = mkdtempSync(join(tmpdir(), 'vpclint-bench-'));
  /** @type {Row[]} */
  const rows = [];
  try {
    for (const plan of plans) {
      // A module directory's size is that of its .tf files.
      const fileMB = ('bytes' in plan && typeof plan.bytes === 'number' ? plan.bytes : statSync(plan.path).size) / 1e6;
      /** @type {number[]} */
      const floors = [];
      for (let i = 0; i < opts.runs; i++) {
        const r = await runNode(['-e', plan.floorScript, plan.path]);
        if (r.code !== 0) throw new Error(`the parse-floor process failed on ${plan.path}: ${r.stderr}`);
        floors.push(Number(r.stdout));
      }
      /** @type {number[]} */
      const walls = [];
      /** @type {number[]} */
      const rss = [];
      let findings = '?';
      for (let i = 0; i < opts.runs; i++) {
        const rssFile = join(tmp, `rss-${plan.size}-${i}`);
        const r = await runNode(['--require', PROBE, cli, '--format', 'json', plan.path], {
          ...process.env,
          VPCLINT_BENCH_RSS_FILE: rssFile,
        });
        if (r.code === 2) {
          process.stderr.write(`bench: the CLI failed (exit code 2) on ${plan.path}:\n${r.stderr}`);
          return 2;
        }
        walls.push(r.wall);
        if (existsSync(rssFile)) rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
        try {
          const json = /** @type {{ findings?: unknown[] }} */ (JSON.parse(r.stdout));
          if (Array.isArray(json.findings)) findings = String(json.findings.length);
        } catch {
          findings = '?';
        }
        if (r.wall > LONG_RUN_S) break;
      }
      rows.push({
        size: plan.size,
        resources: plan.resources,
        fileMB,
        wall: median(walls),
        rssMB: rss.length > 0 ? Math.max(...rss) : NaN,
        floor: median(floors),
        findings,
        runs: walls.length,
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  printTable(rows, startup, cli);
  return 0;
}

/** @param {Row[]} rows @param {number} startup @param {string} cli */
function printTable(rows, startup, cli) {
  const header = ['size', 'resources', 'file MB', 'vpclint wall s', 'peak RSS MB', 'RSS / file', 'parse floor s', 'wall / (floor + startup)', 'findings'];
  const body = rows.map((r) => [
    r.size,
    String(r.resources),
    r.fileMB.toFixed(1),
    `${r.wall.toFixed(3)}${r.runs < 3 ? ` (${r.runs} run${r.runs === 1 ? '' : 's'})` : ''}`,
    Number.isNaN(r.rssMB) ? 'n/a' : r.rssMB.toFixed(0),
    Number.isNaN(r.rssMB) ? 'n/a' : (r.rssMB / r.fileMB).toFixed(2),
    r.floor.toFixed(3),
    (r.wall / (r.floor + startup)).toFixed(2),
    r.findings,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => /** @type {string} */ (row[i]).length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(/** @type {number} */ (widths[i])) : c.padStart(/** @type {number} */ (widths[i])))).join(' | ')} |`;
  const out = [];
  out.push('', `vpclint: ${cli}`, `node ${process.version}, start-up (node -e 0) ${startup.toFixed(3)} s; wall and floor are medians, RSS the highest run`, '');
  out.push(line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line), '');

  const by = new Map(rows.map((r) => [r.size, r]));
  const big = by.get('100k');
  const mid = by.get('10k');
  const cfn = by.get(CFN_SIZE);
  const planRows = rows.filter((r) => r.size !== CFN_SIZE && !TF.includes(r.size));
  const tf = by.get('tf-1k');
  const largest = planRows.reduce((a, b) => (b.resources > a.resources ? b : a), /** @type {Row} */ (planRows[0]));
  /** @type {Array<[string, boolean | undefined, string]>} */
  const targets = [
    [
      '100k wall <= 3 x parse floor + start-up',
      big && big.wall <= 3 * big.floor + startup,
      big ? `${big.wall.toFixed(2)} s vs ${(3 * big.floor + startup).toFixed(2)} s` : 'not measured',
    ],
    ['10k wall < 1 s', mid && mid.wall < 1, mid ? `${mid.wall.toFixed(2)} s` : 'not measured'],
    [`${CFN_SIZE} (CloudFormation YAML) wall < 0.5 s`, cfn && cfn.wall < 0.5, cfn ? `${cfn.wall.toFixed(2)} s` : 'not measured'],
    ['tf-1k (.tf module directory) wall < 1 s', tf && tf.wall < 1, tf ? `${tf.wall.toFixed(2)} s` : 'not measured'],
    [
      `peak RSS < 5 x file size (at ${largest?.size ?? '-'})`,
      largest && !Number.isNaN(largest.rssMB) ? largest.rssMB < 5 * largest.fileMB : undefined,
      largest && !Number.isNaN(largest.rssMB) ? `${largest.rssMB.toFixed(0)} MB vs ${(5 * largest.fileMB).toFixed(0)} MB` : 'not measured',
    ],
    [
      '100k wall / 10k wall <= 12',
      big && mid ? big.wall / mid.wall <= 12 : undefined,
      big && mid ? `${(big.wall / mid.wall).toFixed(1)}` : 'not measured',
    ],
  ];
  for (const [name, ok, detail] of targets) out.push(`${ok === undefined ? 'SKIP' : ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

process.exitCode = await main();
